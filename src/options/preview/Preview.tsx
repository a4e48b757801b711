import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { JSX, TargetedKeyboardEvent } from 'preact';
import { t } from '../../platform/i18n';
import { reportActionFailure } from '../action-failure';
import { CopyMarkdownButton } from './CopyMarkdownButton';
import { FrontMatterTable } from './FrontMatterTable';
import type { RenderedPreview } from './render-preview';
import './preview.css';

export interface PreviewProps {
  /** The whole exported file: front matter and body. */
  markdown: string;
}

type View = 'rendered' | 'markdown';
const VIEWS: readonly View[] = ['rendered', 'markdown'];

const numberFormat = new Intl.NumberFormat();

/** Each chunk keyed by its HTML and, for repeats, its occurrence. */
function keyedChunks(chunks: readonly string[]): { key: string; html: string }[] {
  const seen = new Map<string, number>();
  return chunks.map((html) => {
    const count = seen.get(html) ?? 0;
    seen.set(html, count + 1);
    return { key: `${count}:${html}`, html };
  });
}

export function Preview({ markdown }: PreviewProps): JSX.Element {
  const [view, setView] = useState<View>('rendered');
  // Parsing and sanitising a 200-block issue is the costly part: redo it only when the Markdown changes,
  // and in a task of its own after the page has painted, so that opening the page, a drop or a keystroke
  // in the composer is never held up by the preview (docs/benchmarks.md). Changes in quick succession
  // render once.
  // The renderer (markdown-it, DOMPurify) is loaded on demand, off the page's start-up path.
  const [rendered, setRendered] = useState<RenderedPreview | null>(null);
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      import('./render-preview').then(({ renderPreview }) => {
        if (current) setRendered(renderPreview(markdown));
      }).catch(reportActionFailure);
    }, 0);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [markdown]);
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
        <CopyMarkdownButton markdown={markdown} />
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
      <div role="tabpanel" id={`${baseId}-panel`} aria-labelledby={`${baseId}-tab-${view}`} class="preview-panel">
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
                {keyedChunks(rendered.chunks).map(({ key, html }) => (
                  <div key={key} class="preview-chunk" dangerouslySetInnerHTML={{ __html: html }} />
                ))}
              </article>
            )}
          </>
        ) : view === 'markdown' && (
          <textarea
            class="preview-raw"
            data-testid="preview-raw"
            aria-label={t('prev_rawLabel')}
            readOnly
            spellcheck={false}
            rows={24}
            value={markdown}
          />
        )}
      </div>
    </section>
  );
}
