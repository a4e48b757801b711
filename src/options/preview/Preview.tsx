import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { JSX, TargetedKeyboardEvent } from 'preact';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { FrontMatterTable } from './FrontMatterTable';
import { RawText } from './RawText';
import { RenderedChunks } from './RenderedChunks';
import type { PreviewJob, RenderedPreview } from './render-preview';
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

/** Longest stretch of sanitising in one task, and how often a preview in progress is shown. */
const SLICE_MS = 8;
const SHOW_EVERY_MS = 250;
/** The longest a change waits before the preview follows it. */
const MAX_WAIT_MS = 1_000;

export function Preview({ markdown, follow = null }: PreviewProps): JSX.Element {
  const followLine = follow?.start ?? null;
  const [view, setView] = useState<View>('rendered');
  // Parsing and sanitising a long issue is costly (a 5,000-block issue: about a second to parse, 4 ms a
  // block to sanitise), so it never runs in the way of the curator (docs/benchmarks.md):
  // - it starts in a task of its own after the page has painted, and after a pause in the changes as long
  //   as the last parse took (instant for a short issue; typing in a long one does not re-parse it at
  //   every keystroke);
  // - blocks are sanitised a slice of a few ms at a time, shown as they come, and reused when unchanged.
  // The renderer (markdown-it, DOMPurify) is loaded on demand, off the page's start-up path.
  const [rendered, setRendered] = useState<RenderedPreview | null>(null);
  const parseCost = useRef(0);
  useEffect(() => {
    let timer = 0;
    let current = true;
    const run = (job: PreviewJob, shownAt: number): void => {
      if (!current) return;
      const finished = job.step(SLICE_MS);
      // Re-render the preview every so often, not after every slice: each showing lays out the window again.
      if (finished || performance.now() - shownAt > SHOW_EVERY_MS) {
        setRendered(job.current());
        shownAt = performance.now();
      }
      if (!finished) timer = window.setTimeout(() => run(job, shownAt), 0);
    };
    timer = window.setTimeout(() => {
      import('./render-preview').then(({ startPreview }) => {
        if (!current) return;
        const start = performance.now();
        const job = startPreview(markdown);
        parseCost.current = performance.now() - start;
        run(job, start);
      }).catch(reportActionFailure);
    }, Math.min(parseCost.current, MAX_WAIT_MS));
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown]);
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
              <RenderedChunks panelRef={panelRef} rendered={rendered} followLine={followLine} />
            )}
          </>
        ) : view === 'markdown' && <RawText panelRef={panelRef} markdown={markdown} follow={follow} />}
      </div>
    </section>
  );
}
