import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { metadataChanges, parseTags, type PageMetadata } from '../../core/capture';
import { PICK_KINDS, type Pick, type PickKind } from '../../core/types';
import { t } from '../../platform/i18n';
import type { PickChanges } from '../../core/capture';
import type { WriteOutcome } from '../../platform/pick-write-port';
import { useAutoGrow } from '../../ui/use-auto-grow';
import type { PickSender } from '../pick-sender';
import { useLazyComponent } from '../use-lazy-component';
import { usePickWriter } from '../use-pick-writer';
import { ConflictNotices } from './ConflictNotices';
import { EmojiField } from './EmojiField';
import { Field } from './Field';
import { StatusArea } from './StatusArea';
import type { PageCardProps } from './PageCard';
import { TagsField } from './TagsField';
import { shownError } from '../../platform/log';

const loadPageCard = (): Promise<ComponentType<PageCardProps>> => import('./PageCard').then((module) => module.PageCard);

export interface CaptureFormProps {
  pick: Pick;
  /** Where the pick stands, said first in the status area. */
  notice: string;
  /** Page metadata, merged in when it arrives (null: the page could not be read). */
  metadata: Promise<PageMetadata | null>;
  isNew: boolean;
  tabUrl: string;
  tabTitle: string;
  /** Where writes go (the background's port), and where changes made elsewhere come from. */
  sender: PickSender;
  /** The store of a new pick: a refusal is shown like any failed write. */
  stored: Promise<WriteOutcome>;
  onDelete(): void;
}

type TextField = 'title' | 'url' | 'blurb';

const KIND_LABELS: Record<PickKind, string> = { link: 'popup_kindLink', featured: 'popup_kindFeatured', sponsor: 'popup_kindSponsor' };

function problemOf(outcome: WriteOutcome | null): string | undefined {
  if (!outcome || outcome.ok) return undefined;
  if (outcome.failure === 'gone') return t('popup_gone');
  if (outcome.failure === 'full') return t('popup_full');
  if (outcome.failure === 'unavailable') return t('popup_unavailable');
  return t('popup_writeFailed', outcome.message);
}

/** The pick being captured: every input event is written at once (see PickWriter). */
export function CaptureForm({ pick, notice, metadata, isNew, tabUrl, tabTitle, sender, stored, onDelete }: CaptureFormProps) {
  const [values, setValues] = useState<Pick>(pick);
  const [tagsText, setTagsText] = useState(pick.tags.join(', '));
  const [storeOutcome, setStoreOutcome] = useState<WriteOutcome | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  // Mirrors of state for callbacks that outlive a render (metadata arrives after several keystrokes).
  const current = useRef(pick);
  const touched = useRef(new Set<keyof Pick>());
  const blurbBox = useRef<HTMLTextAreaElement>(null);
  // The card shows what the page said about itself, which mostly arrives after the first paint.
  const PageCard = useLazyComponent(loadPageCard, Boolean(values.image || values.siteName || values.description));

  function change(changes: Partial<Pick>): void {
    current.current = { ...current.current, ...changes };
    setValues(current.current);
  }

  // Changes made elsewhere (the options page) show up in the fields the curator is not typing in.
  const { writer, outcome: writeOutcome, conflicts, keepMine } = usePickWriter(pick, sender, {
    apply: (changes) => {
      change(changes);
      if (changes.tags) setTagsText(changes.tags.join(', '));
    },
    isEditing: (field) => touched.current.has(field) && document.activeElement?.id === field,
  });
  const outcome = writeOutcome ?? storeOutcome;

  function edit<K extends keyof PickChanges>(field: K, value: Pick[K]): void {
    touched.current.add(field);
    change({ [field]: value });
    writer.write(field, value);
  }

  useAutoGrow(blurbBox, values.blurb);

  const onText = (field: TextField) => (event: Event) => edit(field, (event.currentTarget as HTMLInputElement).value);

  // Focus as the form commits (before the popup marks itself ready), not a frame later.
  useLayoutEffect(() => {
    const box = blurbBox.current;
    box?.focus();
    box?.setSelectionRange(box.value.length, box.value.length);
  }, []);

  useEffect(() => {
    stored.then((outcome) => {
      if (!outcome.ok) setStoreOutcome(outcome);
    }, (error: unknown) => setStoreOutcome({ ok: false, failure: 'other', message: shownError(error) }));
  }, [stored]);

  useEffect(() => {
    let live = true;
    metadata.then((meta) => {
      if (!live) return;
      if (!meta) {
        setUnreadable(true);
        return;
      }
      const changes = metadataChanges(meta, { current: current.current, touched: touched.current, isNew, tabUrl, tabTitle });
      if (Object.keys(changes).length === 0) return;
      change(changes);
      writer.writeAll(changes);
    }, () => {
      if (live) setUnreadable(true);
    });
    return () => {
      live = false;
    };
  }, [metadata, writer, isNew, tabUrl, tabTitle]);

  const notices = [notice, unreadable ? t('popup_unreadable') : ''].filter(Boolean).join(' ');
  return (
    <form class="capture" onSubmit={(event) => event.preventDefault()}>
      <StatusArea notice={notices} problem={problemOf(outcome)} />
      {PageCard && <PageCard url={values.url} image={values.image} siteName={values.siteName} description={values.description} />}
      <ConflictNotices conflicts={conflicts} onKeepMine={keepMine} />
      <Field id="title" label={t('popup_title')}>
        <input id="title" type="text" value={values.title} onInput={onText('title')} />
      </Field>
      <Field id="url" label={t('popup_url')}>
        <input id="url" type="url" value={values.url} onInput={onText('url')} spellcheck={false} />
      </Field>
      <Field id="blurb" label={t('popup_blurb')} hint={t('popup_blurbHint')}>
        <textarea id="blurb" ref={blurbBox} rows={3} value={values.blurb} onInput={onText('blurb')} aria-describedby="blurb-hint" />
      </Field>
      <div class="row">
        <EmojiField value={values.emoji} onChange={(emoji) => edit('emoji', emoji)} />
        <Field id="kind" label={t('popup_kind')}>
          <select id="kind" value={values.kind} onChange={(event) => edit('kind', (event.currentTarget as HTMLSelectElement).value as PickKind)}>
            {PICK_KINDS.map((kind) => <option key={kind} value={kind}>{t(KIND_LABELS[kind])}</option>)}
          </select>
        </Field>
      </div>
      {/* Only the featured and sponsor templates show an image: the field appears with them. */}
      {values.kind !== 'link' && (
        <Field id="image" label={t('popup_image')} hint={t('popup_imageHint')}>
          <input
            id="image" type="url" value={values.image ?? ''} spellcheck={false} aria-describedby="image-hint"
            onInput={(event) => edit('image', (event.currentTarget as HTMLInputElement).value.trim() || null)}
          />
        </Field>
      )}
      <TagsField
        text={tagsText}
        onText={(text) => {
          setTagsText(text);
          edit('tags', parseTags(text));
        }}
      />
      <div class="actions">
        {/* Everything is saved as it is typed: "Done" only closes the popup. */}
        <button type="button" class="primary" onClick={() => window.close()}>{t('popup_done')}</button>
        <button type="button" class="quiet-danger" onClick={onDelete}>{t('popup_delete')}</button>
      </div>
    </form>
  );
}
