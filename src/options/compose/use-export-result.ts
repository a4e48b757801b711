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
   * The export of the draft as it is now: `result` when it is up to date, else rendered at once. What
   * "Download" and "Copy Markdown" save, never a result that a change has overtaken.
   */
  current: () => Promise<ExportResult | undefined>;
}

export function useExportResult(doc: IssueDocument | undefined): ExportState {
  const [shown, setShown] = useState<{ doc: IssueDocument; result: ExportResult } | undefined>(undefined);
  const cost = useRef(0);
  // The blocks of the last render: an unchanged block is not rendered again (core/render-issue).
  const cache = useRef<BlockRenderCache>(new Map());
  const latest = useRef({ doc, shown });
  latest.current = { doc, shown };

  const render = useCallback(async (next: IssueDocument): Promise<ExportResult> => {
    const { renderForExport } = await import('./export-file');
    const start = performance.now();
    const result = renderForExport(next, cache.current);
    cost.current = performance.now() - start;
    // A render for a document since replaced is not shown over the newer one's.
    if (latest.current.doc === next) setShown({ doc: next, result });
    return result;
  }, []);

  useEffect(() => {
    if (!doc) return;
    // After a pause in the changes as long as the last render took (nothing for a short issue, nor for
    // a long one whose blocks are mostly unchanged), so that typing does not render at every keystroke.
    const timer = setTimeout(() => {
      // The first render waits for the blocks and the inbox to be on screen (first-screen.ts).
      firstScreenShown.then(() => (latest.current.doc === doc ? render(doc) : undefined)).catch(reportActionFailure);
    }, Math.min(cost.current, MAX_WAIT_MS));
    return () => clearTimeout(timer);
  }, [doc, render]);

  const current = useCallback(async (): Promise<ExportResult | undefined> => {
    const { doc, shown } = latest.current;
    if (!doc) return shown?.result;
    return shown?.doc === doc ? shown.result : render(doc);
  }, [render]);
  return { result: shown?.result, current };
}
