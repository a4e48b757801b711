// The issue as it would be exported, computed once the blocks and the inbox are on screen and with the
// renderer (and its YAML library) loaded on demand: the composer shows them first, then the export buttons
// and the preview.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { BlockRenderCache, IssueDocument } from '../../core/render-issue';
import { reportActionFailure } from '../action-failure';
import { firstScreenShown } from '../first-screen';
import type { ExportResult } from './export-file';

/** The longest a change waits before the export follows it. */
const MAX_WAIT_MS = 1_000;

export interface ExportState {
  /** undefined until the first result; then the latest (a previous one stays shown while the next renders). */
  result: ExportResult | undefined;
  /**
   * Renders `doc` at once (reusing the blocks of the last render): what "Download" and "Copy Markdown" save
   * is the draft as it is at the click, never a result that a pause in the changes left behind.
   */
  renderNow: (doc: IssueDocument) => Promise<ExportResult>;
}

export function useExportResult(doc: IssueDocument | undefined): ExportState {
  const [result, setResult] = useState<ExportResult | undefined>(undefined);
  const cost = useRef(0);
  // The blocks of the last render: an unchanged block is not rendered again (core/render-issue).
  const cache = useRef<BlockRenderCache>(new Map());
  const latest = useRef(doc);
  latest.current = doc;

  const render = useCallback(async (next: IssueDocument): Promise<ExportResult> => {
    const { renderForExport } = await import('./export-file');
    const start = performance.now();
    const rendered = renderForExport(next, cache.current);
    cost.current = performance.now() - start;
    // A render for a document since replaced (or read afresh for a download) is not shown over the latest one's.
    if (latest.current === next) setResult(rendered);
    return rendered;
  }, []);

  useEffect(() => {
    if (!doc) return;
    // After a pause in the changes as long as the last render took (nothing for a short issue, nor for
    // a long one whose blocks are mostly unchanged), so that typing does not render at every keystroke.
    const timer = setTimeout(() => {
      // The first render waits for the blocks and the inbox to be on screen (first-screen.ts).
      firstScreenShown.then(() => (latest.current === doc ? render(doc) : undefined)).catch(reportActionFailure);
    }, Math.min(cost.current, MAX_WAIT_MS));
    return () => clearTimeout(timer);
  }, [doc, render]);

  return { result, renderNow: render };
}
