// The draft's front matter as a form. Every field writes one key in place, so the order of keys stays
// the curator's, and fields typed in quick succession never overwrite each other.
import type { JSX } from 'preact';
import { useId, useState } from 'preact/hooks';
import { parseTags } from '../../core/capture';
import { isCalendarDate } from '../../core/dates';
import type { FrontMatterValue, Issue } from '../../core/types';
import { setFrontMatterValue, updateIssueDate } from '../../db/issues';
import { t } from '../../platform/i18n';
import { useWriteStatus } from '../../ui/use-write-status';
import { ExtraKeys } from './ExtraKeys';
import { Field } from './Field';
import { frontMatterSave } from './front-matter-write';
import { formatTags } from './tags';

export interface FrontMatterFormProps {
  issue: Issue;
  /** The settings' title pattern, so a new date can rewrite a title that still follows it. */
  titlePattern: string | null;
}

/** Keys with their own control; every other key is an extra key/value row. */
export const KNOWN_KEYS = ['layout', 'title', 'tags', 'author', 'comments', 'mathjax'] as const;

function text(value: FrontMatterValue | undefined): string {
  if (value === undefined || value === null) return '';
  return Array.isArray(value) ? formatTags(value) : String(value);
}

export function FrontMatterForm({ issue, titlePattern }: FrontMatterFormProps): JSX.Element {
  const dateId = useId();
  const fm = issue.frontMatter;
  const dateStatus = useWriteStatus();
  // A date the calendar lacks (31 February) is never written; the input keeps what was typed and says why.
  // While focused or invalid it is left uncontrolled, so a re-render never puts the stored date back over
  // what the curator is typing (the same rule as every other field: ui/use-saved-text).
  const [badDate, setBadDate] = useState(false);
  const [editingDate, setEditingDate] = useState(false);
  const set = (key: string, value: FrontMatterValue): Promise<void> => setFrontMatterValue(issue.id, key, value);
  const tags = fm.tags;
  const tagsText = (value: FrontMatterValue | undefined): string => (Array.isArray(value) ? formatTags(value) : text(value));
  /** A text field's save, over the text it replaces (another tab may be typing in it too). */
  const save = (key: string) => frontMatterSave(issue.id, () => key, (value) => value, text);

  return (
    <fieldset class="front-matter">
      <legend>{t('opt_frontMatter')}</legend>
      <div class="field-row">
        <Field class="field-grow" label={t('opt_fmTitle')} value={text(fm.title)} onWrite={save('title')} />
        <div class="field">
          <label for={dateId}>{t('opt_fmDate')}</label>
          <input
            id={dateId}
            type="date"
            value={badDate || editingDate ? undefined : issue.date}
            required
            aria-invalid={badDate || dateStatus.error !== null}
            aria-describedby={badDate ? `${dateId}-error` : undefined}
            // A date input reports '' while a part is missing or the day does not exist: only a whole,
            // real date is written. Whether the typed one is impossible is told once the field is left.
            onInput={(event) => {
              const date = event.currentTarget.value;
              if (date === '' || !isCalendarDate(date)) return;
              setBadDate(false);
              dateStatus.track(updateIssueDate(issue.id, date, titlePattern));
            }}
            onFocus={() => setEditingDate(true)}
            onBlur={(event) => {
              setEditingDate(false);
              setBadDate(event.currentTarget.validity.badInput);
            }}
          />
          {badDate && <p class="field-error" id={`${dateId}-error`} role="alert">{t('opt_fmDateInvalid', issue.date)}</p>}
          {dateStatus.error !== null && <p class="field-error" role="alert">{dateStatus.error}</p>}
        </div>
      </div>
      <div class="field-row">
        <Field label={t('opt_fmLayout')} value={text(fm.layout)} onWrite={save('layout')} />
        <Field label={t('opt_fmAuthor')} value={text(fm.author)} onWrite={save('author')} />
      </div>
      <Field
        label={t('opt_fmTags')}
        value={tagsText(tags)}
        onWrite={frontMatterSave(issue.id, () => 'tags', parseTags, tagsText)}
      />
      <div class="field-row checkboxes">
        {(['comments', 'mathjax'] as const).map((key) => (
          <FrontMatterCheckbox key={key} checked={fm[key] === true} label={t(key === 'comments' ? 'opt_fmComments' : 'opt_fmMathjax')}
            onWrite={(checked) => set(key, checked)} />
        ))}
      </div>
      <ExtraKeys issue={issue} known={KNOWN_KEYS} />
    </fieldset>
  );
}

interface FrontMatterCheckboxProps {
  checked: boolean;
  label: string;
  onWrite: (checked: boolean) => Promise<void>;
}

function FrontMatterCheckbox({ checked, label, onWrite }: FrontMatterCheckboxProps): JSX.Element {
  const status = useWriteStatus();
  return (
    <label class="checkbox">
      <input type="checkbox" checked={checked} onChange={(event) => status.track(onWrite(event.currentTarget.checked))} />
      {label}
      {status.error !== null && <span class="field-error" role="alert">{status.error}</span>}
    </label>
  );
}
