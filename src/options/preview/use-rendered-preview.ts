// Parsing and sanitising a long issue is costly (a 5,000-block issue: about a second to parse, 4 ms a
// block to sanitise), so it never runs in the way of the curator (docs/performance.md):
// - it starts in a task of its own after the page has painted, and after a pause in the changes of four
//   times the last parse, all its slices counted (instant for a short issue; typing in a long one, or
//   moving its blocks one after the other, does not re-parse it between the changes: while changes keep
//   coming, the preview takes at most a fifth of the page's time);
// - blocks are parsed a slice of a few ms at a time, and sanitised: in order until the first showing (a
//   short issue is done by then), then the ones on screen first, the rest when the page is idle; each
//   sanitised block is reused while it is unchanged.
// The renderer (markdown-it, DOMPurify) is loaded on demand, off the page's start-up path.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { reportActionFailure } from '../action-failure';
import type { LineSpan, PreviewJob, RenderedPreview } from './render-preview';

/** Longest stretch of work in one task (shorter in idle time: a click may come meanwhile), and how often a preview in progress is shown. */
const SLICE_MS = 8;
const IDLE_SLICE_MS = 4;
const SHOW_EVERY_MS = 250;
/** The pause a change waits for, in multiples of the last parse's time, and at most. */
const WAIT_PER_PARSE = 4;
const MAX_WAIT_MS = 1_000;

export interface RenderedPreviewState {
  rendered: RenderedPreview | null;
  /** The Rendered tab shows chunks `from`…`to`, at the file's `lines`: those not sanitised yet go first. */
  onWindow: (from: number, to: number, lines: LineSpan) => void;
}

export function useRenderedPreview(markdown: string): RenderedPreviewState {
  const [rendered, setRendered] = useState<RenderedPreview | null>(null);
  /** The main thread's time the last run took until every block was parsed (or until cut short, if longer). */
  const parseCost = useRef(0);
  const onScreen = useRef<LineSpan | null>(null);
  const active = useRef<{ job: PreviewJob; wake: () => void } | null>(null);
  useEffect(() => {
    let timer = 0;
    let idle = 0;
    let current = true;
    let shownAt = performance.now();
    // This run's time so far, until every block is parsed: the pause before the next run.
    let busy = 0;
    let parsed = false;
    const count = (since: number, job: PreviewJob): void => {
      if (parsed) return;
      busy += performance.now() - since;
      parsed = job.idle();
      if (parsed) parseCost.current = busy;
    };
    const schedule = (job: PreviewJob): void => {
      if (job.idle()) idle = requestIdleCallback((deadline) => run(job, Math.min(IDLE_SLICE_MS, Math.max(1, deadline.timeRemaining()))));
      else timer = window.setTimeout(() => run(job, SLICE_MS), 0);
    };
    const run = (job: PreviewJob, budget: number): void => {
      timer = 0;
      idle = 0;
      if (!current) return;
      const urgent = !job.idle();
      const start = performance.now();
      const finished = job.step(budget);
      count(start, job);
      // Shown when done, when the blocks asked for are ready, and every so often while parsing: each showing
      // lays out the panel's window again, so not after every slice (nor while the rest fills in, off screen).
      if (finished || (urgent && (job.idle() || performance.now() - shownAt > SHOW_EVERY_MS))) {
        setRendered(job.current());
        shownAt = performance.now();
      }
      if (!finished) schedule(job);
    };
    timer = window.setTimeout(() => {
      import('./render-preview').then(({ startPreview }) => {
        if (!current) return;
        const start = performance.now();
        const job = startPreview(markdown, onScreen.current);
        count(start, job);
        shownAt = start;
        // Asked for while it waits for idle time: the blocks on screen come now.
        active.current = {
          job,
          wake: () => {
            if (idle === 0 || job.idle()) return;
            cancelIdleCallback(idle);
            idle = 0;
            schedule(job);
          },
        };
        run(job, SLICE_MS);
      }).catch(reportActionFailure);
    }, Math.min(WAIT_PER_PARSE * parseCost.current, MAX_WAIT_MS));
    return () => {
      current = false;
      // Cut short by a change: it took at least this long.
      if (!parsed) parseCost.current = Math.max(parseCost.current, busy);
      active.current = null;
      clearTimeout(timer);
      if (idle !== 0) cancelIdleCallback(idle);
    };
  }, [markdown]);
  const onWindow = useCallback((from: number, to: number, lines: LineSpan): void => {
    onScreen.current = lines;
    active.current?.job.prioritise(from, to);
    active.current?.wake();
  }, []);
  return { rendered, onWindow };
}
