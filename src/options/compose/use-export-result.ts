// The issue as it would be exported, computed after the page has painted and with the renderer (and its
// YAML library) loaded on demand: the composer shows blocks first, then the export buttons and preview.
import { useEffect, useState } from 'preact/hooks';
import type { IssueDocument } from '../../core/render-issue';
import { reportActionFailure } from '../action-failure';
import type { ExportResult } from './export-file';

/** undefined until the first result; then the latest (a previous one stays shown while the next renders). */
export function useExportResult(doc: IssueDocument | undefined): ExportResult | undefined {
  const [result, setResult] = useState<ExportResult | undefined>(undefined);
  useEffect(() => {
    if (!doc) return;
    let current = true;
    import('./export-file').then(({ renderForExport }) => {
      if (current) setResult(renderForExport(doc));
    }).catch(reportActionFailure);
    return () => {
      current = false;
    };
  }, [doc]);
  return result;
}
