// The draft's front matter as a form. Every field writes one key in place, so the order of keys stays
// the curator's, and fields typed in quick succession never overwrite each other.
import type { JSX } from 'preact';
import { useId } from 'preact/hooks';
import { parseTags } from '../../core/capture';
import type { FrontMatterValue, Issue } from '../../core/types';
import { setFrontMatterValue, updateIssueDate } from '../../db/issues';
import { t } from '../../platform/i18n';
import { useWriteStatus } from '../../ui/use-write-status';
import { ExtraKeys } from './ExtraKeys';
import { Field } from './Field';
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
  const set = (key: string, value: FrontMatterValue): Promise<void> => setFrontMatterValue(issue.id, key, value);
  const tags = fm.tags;

  return (
    <fieldset class="front-matter">
      <legend>{t('opt_frontMatter')}</legend>
      <div class="field-row">
        <Field class="field-grow" label={t('opt_fmTitle')} value={text(fm.title)} onWrite={(value) => set('title', value)} />
        <div class="field">
          <label for={dateId}>{t('opt_fmDate')}</label>
          <input
            id={dateId}
            type="date"
            value={issue.date}
            required
            // A date input reports '' while a part is missing: only a whole date is written.
            onInput={(event) => {
              const date = event.currentTarget.value;
              if (date) dateStatus.track(updateIssueDate(issue.id, date, titlePattern));
            }}
          />
          {dateStatus.error !== null && <p class="field-error" role="alert">{dateStatus.error}</p>}
        </div>
      </div>
      <div class="field-row">
        <Field label={t('opt_fmLayout')} value={text(fm.layout)} onWrite={(value) => set('layout', value)} />
        <Field label={t('opt_fmAuthor')} value={text(fm.author)} onWrite={(value) => set('author', value)} />
      </div>
      <Field
        label={t('opt_fmTags')}
        value={Array.isArray(tags) ? formatTags(tags) : text(tags)}
        onWrite={(value) => set('tags', parseTags(value))}
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
