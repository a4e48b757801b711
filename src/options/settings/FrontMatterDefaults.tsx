import { useId } from 'preact/hooks';
import type { JSX } from 'preact';
import { parseTags } from '../../core/capture';
import { localIsoDate } from '../../core/dates';
import { formatIssueTitle } from '../../core/issue-title';
import type { FrontMatter, FrontMatterValue } from '../../core/types';
import { saveFrontMatterDefault } from '../../db/settings';
import { t } from '../../platform/i18n';
import { useSavedText } from '../../ui/use-saved-text';
import { useWriteStatus } from '../../ui/use-write-status';

export interface FrontMatterDefaultsProps {
  defaults: FrontMatter;
  /** Language of new issues: the title example is written in it. */
  language: string;
}

function textOf(value: FrontMatterValue | undefined): string {
  if (Array.isArray(value)) return value.join(', ');
  return value === undefined || value === null ? '' : String(value);
}

interface TextDefaultProps {
  fieldKey: string;
  label: string;
  value: FrontMatterValue | undefined;
  /** Turns the typed text into the stored value (tags: a list). */
  parse?: (text: string) => FrontMatterValue;
  help?: string;
}

function TextDefault({ fieldKey, label, value, parse = (text) => text, help }: TextDefaultProps): JSX.Element {
  const id = useId();
  const draft = useSavedText(textOf(value), (text) => saveFrontMatterDefault(fieldKey, parse(text)));
  return (
    <div class="settings-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={draft.text}
        aria-describedby={help === undefined ? undefined : `${id}-help`}
        onInput={(event) => draft.input(event.currentTarget.value)}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
      />
      {help !== undefined && <p id={`${id}-help`} class="settings-help">{help}</p>}
      {draft.error !== null && <p class="settings-error" role="alert">{draft.error}</p>}
    </div>
  );
}

function CheckboxDefault({ fieldKey, label, value }: { fieldKey: string; label: string; value: FrontMatterValue | undefined }): JSX.Element {
  const id = useId();
  const { error, track } = useWriteStatus();
  return (
    <div class="settings-field settings-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        onChange={(event) => track(saveFrontMatterDefault(fieldKey, event.currentTarget.checked))}
      />
      <label for={id}>{label}</label>
      {error !== null && <p class="settings-error" role="alert">{error}</p>}
    </div>
  );
}

export function FrontMatterDefaults({ defaults, language }: FrontMatterDefaultsProps): JSX.Element {
  const id = useId();
  const today = localIsoDate();
  const titleExample = formatIssueTitle(textOf(defaults.title), today, language);
  return (
    <section class="settings-section" aria-labelledby={id}>
      <h2 id={id}>{t('set_fmHeading')}</h2>
      <TextDefault fieldKey="layout" label={t('set_fmLayout')} value={defaults.layout} />
      <TextDefault
        fieldKey="title"
        label={t('set_fmTitle')}
        value={defaults.title}
        help={t('set_fmTitleHelp', titleExample)}
      />
      <TextDefault fieldKey="author" label={t('set_fmAuthor')} value={defaults.author} />
      <TextDefault fieldKey="tags" label={t('set_fmTags')} value={defaults.tags} parse={parseTags} />
      <CheckboxDefault fieldKey="comments" label={t('set_fmComments')} value={defaults.comments} />
      <CheckboxDefault fieldKey="mathjax" label={t('set_fmMathjax')} value={defaults.mathjax} />
    </section>
  );
}
