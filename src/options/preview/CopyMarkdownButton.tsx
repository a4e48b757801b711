import { useState } from 'preact/hooks';
import type { JSX } from 'preact';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';

export interface CopyMarkdownButtonProps {
  /** The text to copy, read when the button is pressed (null: nothing to copy now). */
  markdown: () => Promise<string | null>;
}

type CopyState = 'idle' | 'copied' | 'failed';

export function CopyMarkdownButton({ markdown }: CopyMarkdownButtonProps): JSX.Element {
  const [state, setState] = useState<CopyState>('idle');

  async function copy(): Promise<void> {
    const text = await markdown();
    if (text === null) return;
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Clipboard access can be refused (unfocused page, policy): the Markdown tab still lets the user copy by hand.
      setState('failed');
    }
  }

  return (
    <div class="preview-copy">
      <button type="button" onClick={() => copy().catch(reportActionFailure)}>{t('prev_copy')}</button>
      <span role="status" class={state === 'failed' ? 'preview-error' : undefined}>
        {state === 'copied' ? t('prev_copied') : state === 'failed' ? t('prev_copyFailed') : ''}
      </span>
    </div>
  );
}
