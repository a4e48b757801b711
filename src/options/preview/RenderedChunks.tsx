// The Rendered tab's issue: one item per top-level block of the rendered issue, windowed in the preview
// panel (use-panel-window). Each chunk's HTML was sanitised by DOMPurify in render-preview before it gets
// here (see core/sanitize-config for what survives).
import type { JSX, RefObject } from 'preact';
import { memo } from 'preact/compat';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { chunkIndexAt, useFollow } from './use-follow';
import { usePanelWindow } from './use-panel-window';
import type { LineSpan, RenderedPreview } from './render-preview';

export interface RenderedChunksProps {
  panelRef: RefObject<HTMLElement | null>;
  rendered: RenderedPreview;
  /** The first line of the block being edited, or null. */
  followLine: number | null;
  /** Told which chunks the window shows (indexes and the file's lines), as it changes. */
  onWindow?: (from: number, to: number, lines: LineSpan) => void;
}

interface ChunkProps {
  /** null while it waits to be sanitised: a placeholder of its estimated height stands in for it. */
  html: string | null;
  line: number;
  index: number;
  offset: number;
  followed: boolean;
  measure: (element: Element | null) => void;
}

/** Each chunk keyed by its HTML and, for repeats, its occurrence (one not sanitised yet, by its place). */
function keyedChunks({ chunks }: RenderedPreview): string[] {
  const seen = new Map<string, number>();
  return chunks.map((html, index) => {
    if (html === null) return `pending:${index}`;
    const count = seen.get(html) ?? 0;
    seen.set(html, count + 1);
    return `${count}:${html}`;
  });
}

/** A chunk's height before it is measured: a line per ~160 characters of its HTML, tags included. */
function estimateHeight(html: string | null): number {
  return 40 + 24 * Math.floor((html ?? '').length / 160);
}

/** One top-level block. Memoised: an unchanged chunk must cost a comparison, not a diff of its HTML. */
const Chunk = memo(({ html, line, index, offset, followed, measure }: ChunkProps): JSX.Element => (html === null ? (
  <div
    ref={measure}
    data-index={index}
    class={followed ? 'preview-chunk is-pending is-followed' : 'preview-chunk is-pending'}
    data-line={line}
    style={{ transform: `translateY(${offset}px)`, height: `${estimateHeight(null)}px` }}
  />
) : (
  <div
    ref={measure}
    data-index={index}
    class={followed ? 'preview-chunk is-followed' : 'preview-chunk'}
    data-line={line}
    style={{ transform: `translateY(${offset}px)` }}
    dangerouslySetInnerHTML={{ __html: html }}
  />
)));

export function RenderedChunks({ panelRef, rendered, followLine, onWindow }: RenderedChunksProps): JSX.Element {
  const keys = useMemo(() => keyedChunks(rendered), [rendered]);
  const latest = useRef(rendered);
  latest.current = rendered;
  const list = usePanelWindow<HTMLElement>({
    scrollRef: panelRef,
    count: keys.length,
    keyAt: (index) => keys[index] ?? String(index),
    keysVersion: keys,
    estimateAt: (index) => estimateHeight(latest.current.chunks[index] ?? ''),
  });
  const followIndex = followLine === null ? -1 : chunkIndexAt(rendered.lines, followLine);
  const first = list.items[0]?.index ?? -1;
  const last = list.items.at(-1)?.index ?? -1;
  useEffect(() => {
    if (first >= 0) onWindow?.(first, last, { from: rendered.lines[first] ?? 0, to: rendered.lines[last] ?? 0 });
  }, [first, last, rendered, onWindow]);
  useFollow(panelRef, list.scrollToIndex, followLine === null ? null : `rendered:${followLine}`, followIndex, rendered);
  return (
    <article ref={list.listRef} class="preview-rendered" data-testid="preview-rendered" style={{ height: `${list.totalSize}px` }}>
      {/* Keyed by content, so a moved block moves its node instead of rebuilding it. */}
      {list.items.map((item) => (
        <Chunk
          key={keys[item.index]}
          html={rendered.chunks[item.index] ?? null}
          line={rendered.lines[item.index] ?? 0}
          index={item.index}
          offset={list.offsetOf(item)}
          followed={item.index === followIndex}
          measure={list.measure}
        />
      ))}
    </article>
  );
}
