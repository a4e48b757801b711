// In-place editing of a pick: the same record, and the same command, the popup writes.
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { PICK_KINDS, type Pick, type PickKind } from '../../core/types';
import { updatePick, type PickChanges } from '../../db/picks';
import { t } from '../../platform/i18n';
import { useWriteStatus } from '../../ui/use-write-status';
import { Field } from './Field';
import { KIND_LABELS } from './labels';
import { formatTags, parseTags } from './tags';

export interface PickEditorProps {
  pick: Pick;
}

export function PickEditor({ pick }: PickEditorProps): JSX.Element {
  const kindId = useId();
  const write = (changes: PickChanges): Promise<boolean> => updatePick(pick.id, changes);
  const kindStatus = useWriteStatus();
  return (
    <div class="pick-editor">
      <Field label={t('opt_pickTitle')} value={pick.title} onWrite={(title) => write({ title })} />
      <Field label={t('opt_pickUrl')} type="url" value={pick.url} onWrite={(url) => write({ url })} />
      <Field label={t('opt_pickBlurb')} multiline rows={4} value={pick.blurb} onWrite={(blurb) => write({ blurb })} />
      <div class="field-row">
        <Field class="field-emoji" label={t('opt_pickEmoji')} value={pick.emoji} onWrite={(emoji) => write({ emoji })} />
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
      <Field label={t('opt_pickTags')} value={formatTags(pick.tags)} onWrite={(text) => write({ tags: parseTags(text) })} />
      <Field
        label={t('opt_pickImage')}
        type="url"
        value={pick.image ?? ''}
        onWrite={(image) => write({ image: image.trim() === '' ? null : image })}
      />
    </div>
  );
}
