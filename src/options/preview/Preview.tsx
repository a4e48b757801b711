import { useId, useRef, useState } from 'preact/hooks';
import type { JSX, TargetedKeyboardEvent } from 'preact';
import { memo } from 'preact/compat';
import { t } from '../../platform/i18n';
import { FrontMatterTable } from './FrontMatterTable';
import { RawText } from './RawText';
import { RenderedChunks } from './RenderedChunks';
import { useRenderedPreview } from './use-rendered-preview';
import type { LineRange } from '../../core/render-issue';
import './preview.css';

export interface PreviewProps {
  /** The whole exported file: front matter and body. */
  markdown: string;
  /** The lines of `markdown` where the block being edited stands: both tabs keep them in view. */
  follow?: LineRange | null;
}

type View = 'rendered' | 'markdown';
const VIEWS: readonly View[] = ['rendered', 'markdown'];

const numberFormat = new Intl.NumberFormat();

/**
 * Memoised: the composer renders again at every change to the draft, and the preview's panel reads its
 * layout after each of its renders; it changes only when the exported file (or the followed block) does.
 */
export const Preview = memo(PreviewView);

function PreviewView({ markdown, follow = null }: PreviewProps): JSX.Element {
  const followLine = follow?.start ?? null;
  const [view, setView] = useState<View>('rendered');
  const { rendered, onWindow } = useRenderedPreview(markdown);
  // Both tabs render only what is on screen in this panel, whatever the length (use-panel-window).
  const panelRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const tabRefs = useRef<Record<View, HTMLButtonElement | null>>({ rendered: null, markdown: null });

  // Arrow keys move between tabs, as in the WAI-ARIA tabs pattern.
  function onTabKey(event: TargetedKeyboardEvent<HTMLButtonElement>): void {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = VIEWS[(VIEWS.indexOf(view) + 1) % VIEWS.length]!;
    setView(next);
    tabRefs.current[next]?.focus();
  }

  const words = rendered && t(rendered.words === 1 ? 'prev_wordsOne' : 'prev_wordsMany', numberFormat.format(rendered.words));
  return (
    <section class="preview" aria-labelledby={`${baseId}-heading`}>
      <div class="preview-header">
        {/* Level PREVIEW_HEADING_LEVEL: the issue's own headings are nested under it (render-preview). */}
        <h2 id={`${baseId}-heading`}>{t('prev_heading')}</h2>
        {rendered && (
          <p class="preview-stats" data-testid="preview-stats">
            <span>{words}</span> · <span>{t('prev_readingTime', String(rendered.minutes))}</span>
          </p>
        )}
      </div>
      <div role="tablist" aria-label={t('prev_views')} class="preview-tabs">
        {VIEWS.map((candidate) => (
          <button
            key={candidate}
            type="button"
            role="tab"
            id={`${baseId}-tab-${candidate}`}
            aria-controls={`${baseId}-panel`}
            aria-selected={view === candidate}
            tabIndex={view === candidate ? 0 : -1}
            ref={(element) => { tabRefs.current[candidate] = element; }}
            onClick={() => setView(candidate)}
            onKeyDown={onTabKey}
          >
            {t(candidate === 'rendered' ? 'prev_tabRendered' : 'prev_tabMarkdown')}
          </button>
        ))}
      </div>
      {/* Focusable in the Markdown tab: the panel scrolls and the text holds nothing to tab to. */}
      <div
        ref={panelRef}
        role="tabpanel"
        id={`${baseId}-panel`}
        aria-labelledby={`${baseId}-tab-${view}`}
        class="preview-panel"
        tabIndex={view === 'markdown' ? 0 : undefined}
      >
        {view === 'rendered' && rendered === null && <p class="preview-empty">{t('prev_rendering')}</p>}
        {view === 'rendered' && rendered !== null ? (
          <>
            {rendered.frontMatter && <FrontMatterTable {...rendered.frontMatter} />}
            {rendered.chunks.length === 0 ? (
              <p class="preview-empty">{t('prev_empty')}</p>
            ) : (
              <RenderedChunks panelRef={panelRef} rendered={rendered} followLine={followLine} onWindow={onWindow} />
            )}
          </>
        ) : view === 'markdown' && <RawText panelRef={panelRef} markdown={markdown} follow={follow} />}
      </div>
    </section>
  );
}
