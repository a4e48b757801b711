import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { JSX, TargetedKeyboardEvent } from 'preact';
import { memo } from 'preact/compat';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { FrontMatterTable } from './FrontMatterTable';
import { chunkIndexAt, useFollow } from './use-follow';
import { splitAtLines } from './raw-lines';
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

/** Each chunk keyed by its HTML and, for repeats, its occurrence. */
function keyedChunks({ chunks, lines }: RenderedPreview): { key: string; html: string; line: number }[] {
  const seen = new Map<string, number>();
  return chunks.map((html, index) => {
    const count = seen.get(html) ?? 0;
    seen.set(html, count + 1);
    return { key: `${count}:${html}`, html, line: lines[index] ?? 0 };
  });
}

/**
 * One top-level block of the rendered issue. Memoised: a 5,000-block preview re-renders as it fills and
 * after every change, and an unchanged chunk must cost a comparison, not a diff of its HTML.
 */
const Chunk = memo(({ html, line, followed }: { html: string; line: number; followed: boolean }): JSX.Element => (
  <div class={followed ? 'preview-chunk is-followed' : 'preview-chunk'} data-line={line} dangerouslySetInnerHTML={{ __html: html }} />
));

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
      // Re-render the preview every so often, not after every slice: it holds every chunk rendered so far.
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
  const panelRef = useRef<HTMLDivElement>(null);
  useFollow(panelRef, followLine === null ? null : `${view}:${followLine}`, view === 'rendered' ? rendered : markdown);
  const followIndex = rendered && followLine !== null ? chunkIndexAt(rendered.lines, followLine) : -1;
  const keyed = useMemo(() => (rendered ? keyedChunks(rendered) : []), [rendered]);
  // The Markdown tab: the file in three text nodes, the block being edited marked (cheap for any length).
  const raw = useMemo(() => (view === 'markdown' && follow ? splitAtLines(markdown, follow) : null), [view, markdown, follow]);
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
              <article class="preview-rendered" data-testid="preview-rendered">
                {/* Keyed by content, so a moved block moves its node instead of rebuilding the preview.
                    Sanitised by DOMPurify in renderPreview (see core/sanitize-config for what survives). */}
                {keyed.map(({ key, html, line }, index) => (
                  <Chunk key={key} html={html} line={line} followed={index === followIndex} />
                ))}
              </article>
            )}
          </>
        ) : view === 'markdown' && (
          <pre class="preview-raw" data-testid="preview-raw">
            {raw ? <>{raw[0]}<mark class="is-followed">{raw[1]}</mark>{raw[2]}</> : markdown}
          </pre>
        )}
      </div>
    </section>
  );
}
