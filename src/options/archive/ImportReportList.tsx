// The import's report, one line per file, problems first (skipped, then changed files: what the curator has
// to look at, however far down the folder they were). A 2,000-file folder gives 2,000 lines: the list sits in
// a scroll box of a dozen lines and renders only those in view (lines have one fixed height and do not wrap;
// a long line scrolls sideways), so the page stays as light as for ten files.
import type { JSX } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ImportFileReport } from '../../db/import-issues';
import { t } from '../../platform/i18n';

export interface ImportReportListProps {
  files: readonly ImportFileReport[];
  lineText: (file: ImportFileReport) => string;
}

/** Lines the box shows at once (its height), and lines rendered beyond either edge while scrolling. */
const LINES_SHOWN = 12;
const OVERSCAN = 8;
/** A line's CSS height (1.75rem at the default font size), until a line is measured. */
const ESTIMATED_LINE_PX = 28;

const ORDER: Record<ImportFileReport['status'], number> = { skipped: 0, changed: 1, imported: 2, updated: 2, unchanged: 2 };

/** Skipped files, then changed ones, then the rest, each group in the order the files came. */
export function problemsFirst(files: readonly ImportFileReport[]): ImportFileReport[] {
  return files.map((file, index) => ({ file, index }))
    .sort((a, b) => ORDER[a.file.status] - ORDER[b.file.status] || a.index - b.index)
    .map(({ file }) => file);
}

export function ImportReportList({ files, lineText }: ImportReportListProps): JSX.Element {
  const lines = useMemo(() => problemsFirst(files), [files]);
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [linePx, setLinePx] = useState(ESTIMATED_LINE_PX);
  const hasLines = lines.length > 0;
  useLayoutEffect(() => {
    // Once, when the first line is on screen: every line has the same height.
    const height = box.current?.querySelector('li')?.getBoundingClientRect().height;
    if (height) setLinePx(height);
  }, [hasLines]);
  const first = Math.max(0, Math.floor(scrollTop / linePx) - OVERSCAN);
  const end = Math.min(lines.length, Math.ceil(scrollTop / linePx) + LINES_SHOWN + OVERSCAN);
  return (
    // Focusable: the box scrolls, also from the keyboard.
    <div ref={box} class="import-report-box" tabIndex={0} role="region" aria-label={t('imp_reportLabel')}
      style={{ maxHeight: `${LINES_SHOWN * linePx}px` }} onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}>
      <ul class="import-report" data-testid="import-report" style={{ paddingTop: `${first * linePx}px`, paddingBottom: `${(lines.length - end) * linePx}px` }}>
        {lines.slice(first, end).map((file, offset) => (
          <li key={`${first + offset}:${file.name}`} class={`import-${file.status}`} aria-posinset={first + offset + 1} aria-setsize={lines.length}>
            <code>{file.name}</code> {lineText(file)}
          </li>
        ))}
      </ul>
    </div>
  );
}
