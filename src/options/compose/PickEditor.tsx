// In-place editing of a pick: the same record, and the same command, the popup writes.
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { parseTags } from '../../core/capture';
import { PICK_KINDS, type Pick, type PickKind } from '../../core/types';
import { patchPick, type PickField } from '../../db/pick-patch';
import type { PickChanges } from '../../db/picks';
import { t } from '../../platform/i18n';
import { useWriteStatus } from '../../ui/use-write-status';
import { Field } from './Field';
import { KIND_LABELS } from './labels';
import { formatTags } from './tags';

export interface PickEditorProps {
  pick: Pick;
}

export function PickEditor({ pick }: PickEditorProps): JSX.Element {
  const kindId = useId();
  /**
   * A text field's save: written only over the text it replaces, since the popup may be editing the same
   * pick (db/pick-patch); otherwise the stored text comes back for the field to show.
   */
  const patch = <K extends PickField>(field: K, toValue: (text: string) => Pick[K], toText: (value: Pick[K]) => string) =>
    async (text: string, base: string): Promise<{ stale: string } | undefined> => {
      const result = await patchPick(pick.id, { [field]: toValue(text) }, { [field]: toValue(base) });
      return result?.stale.includes(field) ? { stale: toText(result.pick[field]) } : undefined;
    };
  const asText = (text: string): string => text;
  // A kind chosen from the list is meant as chosen, whatever was stored meanwhile: no base.
  const write = (changes: PickChanges): Promise<unknown> => patchPick(pick.id, changes, {});
  const kindStatus = useWriteStatus();
  return (
    <div class="pick-editor">
      <Field label={t('opt_pickTitle')} value={pick.title} onWrite={patch('title', asText, asText)} />
      <Field label={t('opt_pickUrl')} type="url" value={pick.url} onWrite={patch('url', asText, asText)} />
      <Field label={t('opt_pickBlurb')} multiline rows={4} value={pick.blurb} onWrite={patch('blurb', asText, asText)} />
      <div class="field-row">
        <Field class="field-emoji" label={t('opt_pickEmoji')} value={pick.emoji} onWrite={patch('emoji', asText, asText)} />
        <div class="field">
          <label for={kindId}>{t('opt_pickKind')}</label>
          <select
            id={kindId}
            value={pick.kind}
            onChange={(event) => kindStatus.track(write({ kind: event.currentTarget.value as PickKind }))}
          >
            {PICK_KINDS.map((kind) => <option key={kind} value={kind}>{t(KIND_LABELS[kind])}</option>)}
          </select>
          {kindStatus.error !== null && <p class="field-error" role="alert">{kindStatus.error}</p>}
        </div>
      </div>
      <Field label={t('opt_pickTags')} value={formatTags(pick.tags)} onWrite={patch('tags', parseTags, formatTags)} />
      <Field
        label={t('opt_pickImage')}
        type="url"
        value={pick.image ?? ''}
        onWrite={patch('image', (image) => (image.trim() === '' ? null : image), (image) => image ?? '')}
      />
    </div>
  );
}
