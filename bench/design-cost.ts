// What the options page's redesign (issue 10: tokens, light and dark, compact blocks, sticky preview and
// export bar) cost, measured once by an A/B of the options bench on builds of main just before and just
// after it, alternated in one run on the same machine. Kept as data: `npm run bench` reprints it beside
// the options page's CSS of the day, so the report says what the design weighs now too.
import type { PageBundle } from './bundle';

const AB = {
  date: '2026-12-01',
  before: '46df1e5',
  after: 'dad740e',
  cssGzip: { before: 2_498, after: 3_889 },
  cssRaw: { before: 8_021, after: 15_609 },
  codeGzip: { before: 91_458, after: 93_954 },
  /** 14 opens each (two rounds of 7, alternated), machine load ≈ 15 on 2 cores: the rounds disagree. */
  readyMedian: { before: 734.5, after: 552.5 },
};

function kB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function designLines(options: PageBundle): string[] {
  const css = options.files.filter((file) => file.path.endsWith('.css'));
  const cssGzip = css.reduce((sum, file) => sum + file.gzip, 0);
  return [
    '## Redesign of the options page (issue 10)',
    `A/B on ${AB.date}, main at ${AB.before} (before) and ${AB.after} (after), the options bench above run on both,`,
    'alternated (ready only: 5,000 archived picks, 300 in the inbox, a 200-block draft; 14 opens each). The machine',
    'was loaded (≈ 15 on 2 cores): both medians are far above their quiet-machine value and the two rounds disagreed',
    '(before 655 / 817 ms, after 981 / 495 ms), so no cost in ready time is measurable; the target is not re-checked.',
    'The Settings tab\'s own sheet, loaded with that tab, went from 0.6 to 0.7 KiB gzip.',
    '',
    '| measure | before | after |',
    '|---|---:|---:|',
    `| options page CSS (statically loaded), gzip | ${kB(AB.cssGzip.before)} | ${kB(AB.cssGzip.after)} |`,
    `| options page CSS, raw | ${kB(AB.cssRaw.before)} | ${kB(AB.cssRaw.after)} |`,
    `| options page JS + CSS, gzip | ${kB(AB.codeGzip.before)} | ${kB(AB.codeGzip.after)} |`,
    `| ready with 5,000 picks (median) | ${AB.readyMedian.before.toFixed(1)} ms | ${AB.readyMedian.after.toFixed(1)} ms |`,
    '',
    `Today the options page loads ${kB(cssGzip)} of CSS (gzip) in ${css.length} file(s). The popup's CSS did not grow: the`,
    'tokens it shares with the options page (src/ui/tokens.css) are unchanged, and what only the options page',
    'needs lives in its own sheets.',
    '',
  ];
}
