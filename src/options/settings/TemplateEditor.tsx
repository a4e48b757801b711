import { useId, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { renderBlock } from '../../core/render-issue';
import { defaultTemplates } from '../../core/language-defaults';
import { TEMPLATE_FIELDS, templateProblems } from '../../core/templates';
import type { Block, Pick, Templates } from '../../core/types';
import { resetTemplate, saveTemplate } from '../../db/settings';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { SAMPLE_HEADING, SAMPLE_PICK } from './template-sample';
import { saveErrorMessage } from '../../ui/save-error';
import { useSavedText } from '../../ui/use-saved-text';

export type TemplateKind = keyof Templates;

export interface TemplateEditorProps {
  kind: TemplateKind;
  /** The saved template, live. */
  stored: string;
  /** Language of new issues: its defaults are what "Reset to default" restores. */
  language: string;
}

/** What the template gives for a sample pick or heading; it cannot throw (unknown fields render empty). */
function sampleOutput(kind: TemplateKind, template: string, language: string): string {
  const templates = { ...defaultTemplates(language), [kind]: template };
  if (kind === 'heading') return renderBlock(SAMPLE_HEADING, new Map(), templates);
  const pick: Pick = { ...SAMPLE_PICK, kind };
  const block: Block = { id: 'sample', issueId: '', order: 'a0', type: 'pick', pickId: pick.id };
  return renderBlock(block, new Map([[pick.id, pick]]), templates);
}

export function TemplateEditor({ kind, stored, language }: TemplateEditorProps): JSX.Element {
  const id = useId();
  const name = t(`set_template_${kind}`);
  const draft = useSavedText(stored, (text) => saveTemplate(kind, text));
  // The text a reset replaced, offered back by "Undo" until the next reset or undo.
  const [replaced, setReplaced] = useState<string | null>(null);
  const [resetError, setResetError] = useState<string | null>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const problems = useMemo(() => templateProblems(draft.text, TEMPLATE_FIELDS[kind]), [draft.text, kind]);
  const example = useMemo(() => sampleOutput(kind, draft.text, language), [draft.text, kind, language]);

  async function reset(): Promise<void> {
    try {
      const previous = await resetTemplate(kind);
      draft.replace(defaultTemplates(language)[kind]);
      setResetError(null);
      setReplaced(previous);
      // Keep keyboard focus where the next useful action is.
      requestAnimationFrame(() => undoButton.current?.focus());
    } catch (error) {
      setResetError(saveErrorMessage(error));
    }
  }

  function undo(): void {
    if (replaced === null) return;
    draft.input(replaced);
    setReplaced(null);
  }

  const error = draft.error ?? resetError;
  return (
    <div class="template-editor" data-testid={`template-${kind}`}>
      <h3 id={`${id}-name`}>
        <label for={`${id}-text`}>{name}</label>
      </h3>
      <textarea
        id={`${id}-text`}
        class="template-text"
        rows={kind === 'heading' || kind === 'link' ? 2 : 7}
        spellcheck={false}
        value={draft.text}
        aria-describedby={problems.length > 0 ? `${id}-fields ${id}-problems` : `${id}-fields`}
        aria-invalid={problems.length > 0}
        onInput={(event) => draft.input(event.currentTarget.value)}
        onFocus={draft.onFocus}
        onBlur={draft.onBlur}
      />
      <p id={`${id}-fields`} class="template-fields">
        {t('set_fields')}{' '}
        {TEMPLATE_FIELDS[kind].map((field) => <code key={field}>{`{{${field}}}`}</code>)}
      </p>
      {problems.length > 0 && (
        // Not a live region: half-typed fields would be announced at every keystroke.
        <div class="settings-warning" id={`${id}-problems`}>
          <p>{t('set_problems')}</p>
          <ul>{problems.map((problem, index) => <li key={index}>{problem}</li>)}</ul>
        </div>
      )}
      {error !== null && <p class="settings-error" role="alert">{error}</p>}
      <details class="template-example">
        <summary>{t('set_example')}</summary>
        <pre data-testid={`template-example-${kind}`}>{example}</pre>
      </details>
      <div class="template-actions">
        <button type="button" aria-label={t('set_resetLabel', name)} onClick={() => reset().catch(reportActionFailure)}>
          {t('set_reset')}
        </button>
        <span role="status">
          {replaced !== null && (
            <>
              {t('set_resetDone', name)}{' '}
              <button type="button" ref={undoButton} aria-label={t('set_undoLabel', name)} onClick={undo}>
                {t('set_undo')}
              </button>
            </>
          )}
        </span>
      </div>
    </div>
  );
}
