// The issue as it would be exported, computed once the blocks and the inbox are on screen and with the
// renderer (and its YAML library) loaded on demand: the composer shows them first, then the export buttons
// and the preview.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { IssueDocument } from '../../core/render-issue';
import { reportActionFailure } from '../action-failure';
import { firstScreenShown } from '../first-screen';
import type { ExportResult } from './export-file';

/** The longest a change waits before the export follows it. */
const MAX_WAIT_MS = 1_000;

/** undefined until the first result; then the latest (a previous one stays shown while the next renders). */
export function useExportResult(doc: IssueDocument | undefined): ExportResult | undefined {
  const [result, setResult] = useState<ExportResult | undefined>(undefined);
  const cost = useRef(0);
  useEffect(() => {
    if (!doc) return;
    let current = true;
    // A 5,000-block issue takes a while to render: after a pause in the changes as long as the last render
    // took (nothing for a short issue), so that typing in a long draft does not render it at every keystroke.
    const timer = setTimeout(() => {
      // The first render waits for the blocks and the inbox to be on screen (first-screen.ts).
      firstScreenShown.then(() => import('./export-file')).then(({ renderForExport }) => {
        if (!current) return;
        const start = performance.now();
        const next = renderForExport(doc);
        cost.current = performance.now() - start;
        setResult(next);
      }).catch(reportActionFailure);
    }, Math.min(cost.current, MAX_WAIT_MS));
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [doc]);
  return result;
}
