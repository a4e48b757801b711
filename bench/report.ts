// Writes docs/benchmarks.md (the table people read) and docs/benchmarks.json (the raw samples).
import { readFileSync, writeFileSync } from 'node:fs';
import type { PageBundle } from './bundle';
import type { MoveRun, RenderRun } from './core';
import type { GitBenchRun } from './git';
import type { SyncBenchRun } from './sync';
import type { ImportBenchRun } from './import';
import type { OptionsRun } from './options';
import type { PopupRun } from './popup';
import type { RestoreRun } from './restore';
import type { TenTimesRun } from './ten-times';
import { designLines } from './design-cost';
import { ms, spread, summarize, type Summary } from './stats';

export interface BenchResults {
  date: string;
  machine: string;
  popup: PopupRun[];
  bundles: { popup: PageBundle; options: PageBundle };
  options: OptionsRun;
  tenTimes: TenTimesRun;
  restore?: RestoreRun;
  /** `uptime`'s load averages when the run started and ended: other work on the machine. */
  load?: { start: number[]; end: number[] };
  render: RenderRun[];
  move: MoveRun;
  git?: GitBenchRun;
  sync?: SyncBenchRun;
  /** Sections that failed in this run (with the first line of their error): not measured. */
  missing?: string[];
  /** Sections skipped (`BENCH_SKIP`): the report keeps their previous text. */
  notRerun?: string[];
  /** Issue 9: importing 250 past issues, and the popup with their 7,500 links stored (vs an empty database). */
  import?: { run: ImportBenchRun; popup: [PopupRun, PopupRun]; date: string; load: { start: number[]; end: number[] } };
}

export function importLines(part: BenchResults['import']): string[] {
  if (!part) return [];
  const { run, popup } = part;
  const [empty, full] = popup.map((entry) => summarize(entry.popup)) as [Summary, Summary];
  const [emptyFloor, fullFloor] = popup.map((entry) => summarize(entry.floor)) as [Summary, Summary];
  const row = (what: string, time: Summary, target: boolean): string => `| ${what} | ${ms(time.median)} | ${spread(time)} | ${target ? `≤ 3 s: ${verdict(time.median <= 3000)}` : '—'} |`;
  return [
    '## Importing past issues',
    `Measured on ${part.date}; machine load ${part.load.start.join(' / ')} at the start, ${part.load.end.join(' / ')} at the end (shared machine:`,
    `absolute times are inflated). ${run.issues} past issues of ${run.links / run.issues} links each (${run.links.toLocaleString('en')} links: 25 link items from the`,
    'default templates and 5 links in prose per issue, bench/past-issues.ts), all new, then the same files again (all unchanged).',
    'Command line: the real `bin/gleaner.js` on a `_posts` folder, whole process (Node start, reading, importing, writing the',
    'backup), `--into` the first run\'s backup for "again". Browser: Archive → Import in Chromium, from handing the files to the',
    'file input to the report on screen, timed by the driver (25 files per transaction, each file whole or not at all).',
    '',
    '| measure | median | p25–p75 | target |',
    '|---|---:|---|---|',
    row(`\`gleaner import\`, ${run.issues} new issues`, run.cli.first, true),
    row(`\`gleaner import --into\`, the same ${run.issues} again`, run.cli.again, false),
    row(`options page import, ${run.issues} new issues`, run.browser.first, true),
    row(`options page import, the same ${run.issues} again`, run.browser.again, false),
    ...(run.before ? [
      row(`options page import, ${run.issues} new issues, build before (${run.before.label})`, run.before.first, true),
      row(`options page import, the same ${run.issues} again, build before (${run.before.label})`, run.before.again, false),
    ] : []),
    '',
    `Ratios of medians in this run (the load inflates both sides alike): options page / \`gleaner import\` process, new issues:`,
    `${(run.browser.first.median / run.cli.first.median).toFixed(2)}; options page / the import's CPU time in process: ${(run.browser.first.median / run.cli.cpu.median).toFixed(2)}` +
      (run.before ? `; build before / this build: ${(run.before.first.median / run.browser.first.median).toFixed(1)} (new), ${(run.before.again.median / run.browser.again.median).toFixed(1)} (again).` : '.'),
    `Longest main-thread task during an import of new issues, the driver's own first task left out (how long the page could not answer a click): median`,
    `${ms(run.browser.longestTask.median)} (${spread(run.browser.longestTask)})` +
      (run.before ? `; build before: ${ms(run.before.longestTask.median)}.` : '.'),
    '',
    'What the machine\'s load cannot inflate as much, for the same imports of new issues: the CPU time of the command run in',
    `the bench's own process (no Node start-up): median ${ms(run.cli.cpu.median)} (${spread(run.cli.cpu)}); the options page's main-thread`,
    `task time over the import (CDP \`TaskDuration\`; IndexedDB's own work runs elsewhere): median ${ms(run.browser.busy.median)} (${spread(run.browser.busy)}).`,
    '',
    `Popup ready with ${(popup[1].linksStored ?? 0).toLocaleString('en')} imported links stored (${popup[1].picksStored} other picks), the article being one of`,
    'them (the popup says "Already published in …"), against an empty database, in the same run: the lookup reads the',
    '`linkKeys` multi-entry index (db/page-lookup.ts), never the issues.',
    '',
    '| database | popup median | p25–p75 | floor median | popup / floor |',
    '|---|---:|---|---:|---:|',
    `| empty | ${ms(empty.median)} | ${spread(empty)} | ${ms(emptyFloor.median)} | ${(empty.median / emptyFloor.median).toFixed(2)} |`,
    `| ${run.issues} imported issues | ${ms(full.median)} | ${spread(full)} | ${ms(fullFloor.median)} | ${(full.median / fullFloor.median).toFixed(2)} |`,
    '',
    `Ratio of medians, imported / empty: ${(full.median / empty.median).toFixed(2)}. The popup's bytes do not depend on the data (its budget is checked in`,
    '`npm test`, test/budget).',
    '',
  ];
}

function gitLines(git: GitBenchRun | undefined): string[] {
  if (!git) return [];
  return [
    '## Blog repository (git)',
    `Against \`git http-backend\` on 127.0.0.1 (test/git-server) holding a Jekyll blog of ${git.posts} posts of 30 links each; the`,
    'git layer in Node with memfs (the options page runs the same code over LightningFS in memory). Each publish is a',
    'whole one: list refs, shallow fetch of the branch, commit, push to a new branch.',
    '',
    '| measure | median | p25–p75 |',
    '|---|---:|---|',
    `| publish a 30-link issue to a new branch | ${ms(git.publish.median)} | ${spread(git.publish)} |`,
    `| read the ${git.posts} posts (first import) | ${ms(git.importAll.median)} | ${spread(git.importAll)} |`,
    `| read again, nothing changed (blob ids compared) | ${ms(git.importAgain.median)} | ${spread(git.importAgain)} |`,
    '',
  ];
}

/** The sync section (issue 12), also printed alone by bench/sync.bench.ts. */
export function syncLines(sync: SyncBenchRun | undefined): string[] {
  if (!sync) return [];
  const row = (label: string, run: Summary | undefined, limit: number): string => (run
    ? `| ${label} | ${ms(run.median)} | ${spread(run)} | ≤ ${limit / 1000} s: ${verdict(run.median <= limit)} |`
    : `| ${label} | not measured | — | ≤ ${limit / 1000} s |`);
  const { browser } = sync;
  return [
    `## Sync, ${sync.picks.toLocaleString('en')} picks`,
    'One device syncing with the data branch (docs/sync.md) on `git http-backend` on 127.0.0.1. **Node**: `syncWithBranch`',
    'with its kept copy of the branch, as the worker runs it, with memfs for the copy and fake-indexeddb for the database.',
    '**Browser**: two Chromium profiles with the built extension (bench/sync-browser.ts), syncing in the worker (LightningFS',
    'in IndexedDB for the copy, the extension\'s database), timed from the click in Settings (turning sync on, or "Sync now")',
    'to the end of the sync the worker reports. First syncs: a device holding the picks and an empty branch (every file goes',
    `out), then a new device joining (every file comes in), ${sync.firstPush.n} runs each in Node${browser ? `, ${browser.firstPush.n} in the browser` : ''}.`,
    `Incremental: one pick edited here, then received by the other device, ${sync.incremental.n} runs each in Node${browser ? `, ${browser.incremental.n} in the browser` : ''}.`,
    `Machine load (\`uptime\`) around this section: ${sync.load.start.join(' / ')} at its start, ${sync.load.end.join(' / ')} at its end.`,
    '',
    '| measure | median | p25–p75 | target |',
    '|---|---:|---|---|',
    row('Node: first sync, every pick goes out', sync.firstPush, 30_000),
    row('Node: first sync of a new device, every pick comes in', sync.firstPull, 30_000),
    row('Node: one pick edited here', sync.incremental, 2_000),
    row('Node: one pick pushed by another device', sync.incrementalReceive, 2_000),
    row('browser: first sync, every pick goes out', browser?.firstPush, 30_000),
    row('browser: first sync of a new device, every pick comes in', browser?.firstPull, 30_000),
    row('browser: one pick edited here', browser?.incremental, 2_000),
    row('browser: that pick received by the other device', browser?.incrementalReceive, 2_000),
    '',
  ];
}

export function restoreLines(restore: RestoreRun | undefined): string[] {
  if (!restore) return [];
  const empty = restore.replaceEmpty;
  const [read, replaceEmpty, replace, merge, exported] = [restore.read, empty, restore.replace, restore.merge, restore.export].map(summarize) as [Summary, Summary, Summary, Summary, Summary];
  const changed = summarize(restore.replaceChanged);
  const total = summarize(restore.read.map((time, i) => time + empty[i]!));
  const floor = summarize(restore.floor);
  const ratio = (times: number[]): Summary => summarize(restore.floor.map((time, i) => times[i]! / time));
  const ratioCell = (times: number[]): string => { const each = ratio(times); return `${each.median.toFixed(2)} | ${each.p25.toFixed(2)}–${each.p75.toFixed(2)}`; };
  return [
    '## Restore and export, 50,000 picks',
    `A backup of ${restore.picks.toLocaleString('en')} picks (45,000 in 2,250 published issues, 5,000 in the inbox), ${(restore.bytes / 1e6).toFixed(1)} MB,`,
    'restored through the Settings tab as the curator does it, timed in the page: from the file input\'s change to the summary',
    '(decode, validate, convert), then from "Restore" to the report (one transaction). Each run starts in a new browser',
    'profile: a replace into the empty database (a new device), the same file replaced again over the data it left (a',
    'replace writes only the rows that differ), then a second file whose 50,000 picks and 2,250 issues are all retitled',
    '(every one of their rows written over the stored one; the blocks are the same). Merge: that file again into the',
    `database that holds it (every record compared, none written). Export: from the click to its message. ${restore.read.length} runs.`,
    'The floor: right after the replace into the empty database, the same picks, issues and blocks written by plain IndexedDB',
    'into a database with no index, in one transaction, in the same page; what writing these rows costs on this machine at',
    'that moment, whoever writes them. Ratios to the floor are what to read when the machine is loaded.',
    '',
    '| measure | median | p25–p75 | target |',
    '|---|---:|---|---|',
    `| read the file (summary shown) | ${ms(read.median)} | ${spread(read)} | — |`,
    `| replace everything, into an empty database (report shown) | ${ms(replaceEmpty.median)} | ${spread(replaceEmpty)} | — |`,
    `| restore, read + replace into an empty database | ${ms(total.median)} | ${spread(total)} | ≤ 3 s: ${verdict(total.median <= 3000)} |`,
    `| replace again, over the same data | ${ms(replace.median)} | ${spread(replace)} | — |`,
    `| replace by the retitled file, over the first one's data | ${ms(changed.median)} | ${spread(changed)} | — |`,
    ...(floor.n > 0 ? [
      `| floor: the same rows, plain IndexedDB, no index | ${ms(floor.median)} | ${spread(floor)} | — |`,
      '',
      '| ratio to the floor of its run | median | p25–p75 |',
      '|---|---:|---|',
      `| replace into an empty database | ${ratioCell(empty)} |`,
      `| replace over the same data | ${ratioCell(restore.replace)} |`,
      `| replace over changed data | ${ratioCell(restore.replaceChanged)} |`,
      '',
      '| measure | median | p25–p75 | target |',
      '|---|---:|---|---|',
    ] : []),
    `| merge into the same data | ${ms(merge.median)} | ${spread(merge)} | — |`,
    `| export backup | ${ms(exported.median)} | ${spread(exported)} | — |`,
    '',
  ];
}

const kB = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const verdict = (ok: boolean): string => (ok ? 'met' : '**not met**');

function popupRows(runs: PopupRun[]): string[] {
  return runs.map((run) => {
    const popup = summarize(run.popup);
    const floor = summarize(run.floor);
    const ratio = popup.median / floor.median;
    return `| ${run.picksStored} | ${ms(popup.median)} | ${spread(popup)} | ${ms(floor.median)} | ${spread(floor)} | ${ratio.toFixed(2)} | ≤ 1.40: ${verdict(ratio <= 1.4)} |`;
  });
}

export function writeReport(results: BenchResults, markdownPath: string, jsonPath: string): string {
  const { bundles, options, tenTimes, render, move } = results;
  const big = {
    ready: summarize(tenTimes.ready), addText: summarize(tenTimes.addText), addPick: summarize(tenTimes.addPick),
    moveDown: summarize(tenTimes.moveDown), typing: summarize(tenTimes.longestTaskTyping),
  };
  const ready = summarize(options.ready);
  const longest = summarize(options.longestTaskDuringDrag);
  const heap = summarize(options.heapAtReady);
  const r1000 = render.find((run) => run.blocks === 1_000)!.time.median;
  const r10000 = render.find((run) => run.blocks === 10_000)!.time.median;
  const lines = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` on ${results.date} (${results.machine}); headless Chromium with the built`,
    '`dist/chrome`. Times are medians of one run; compare within a run (ratios), not across runs: these',
    'machines are shared and absolute times drift. Raw samples: `benchmarks.json`. What was done for each',
    'target, and what stands in the way of those not met: [performance.md](performance.md).',
    ...(results.load ? ['', `Machine load (\`uptime\`, 1/5/15-minute averages on ${results.machine.split(',')[0]}): ${results.load.start.join(' / ')} at the start,`,
      ...(Math.max(results.load.start[0] ?? 0, results.load.end[0] ?? 0) < Number.parseInt(results.machine, 10)
        ? [`${results.load.end.join(' / ')} at the end: below one runnable task per core throughout, a quiet machine; still, compare`,
          'within this run (popup / floor, restore / floor, growth with size).']
        : [`${results.load.end.join(' / ')} at the end: other sessions were building and testing on the same cores, so absolute`,
          'times are several times an idle machine\'s; read the ratios within this run (popup / floor, restore / floor, growth with size).'])] : []),
    ...(results.missing?.length ? ['', `Not measured in this run (the section failed): ${results.missing.join('; ')}.`] : []),
    ...(results.notRerun?.length ? ['', `Not rerun this time (\`BENCH_SKIP\`): ${results.notRerun.join(', ')}; their sections below are from their own earlier runs, dated in them.`] : []),
    '',
    '## Popup ready',
    'From opening `src/popup/index.html?tab=ID` in a background tab while a local article is the active tab',
    '(as a toolbar click does) to the popup\'s `gleaner:ready` mark: title and URL shown, the existing pick',
    'loaded into the form, the blurb focused. The floor is an extension page that only opens IndexedDB, reads',
    `one record and focuses a textarea. ${results.popup[0]?.popup.length ?? 0} opens after 2 warm-ups, popup and floor alternating.`,
    '',
    '| picks stored | popup median | popup p25–p75 | floor median | floor p25–p75 | popup / floor | target |',
    '|---:|---:|---|---:|---|---:|---|',
    ...popupRows(results.popup),
    '',
    '## Bytes loaded',
    'HTML + JS + CSS reachable from each page through static imports, raw and gzip -9.',
    '',
    '| page | files | raw | gzip | JS + CSS gzip | target |',
    '|---|---:|---:|---:|---:|---|',
    `| popup | ${bundles.popup.files.length} | ${kB(bundles.popup.raw)} | ${kB(bundles.popup.gzip)} | ${kB(bundles.popup.codeGzip)} | ≤ 45 KiB: ${verdict(bundles.popup.codeGzip <= 45 * 1024)} |`,
    `| options | ${bundles.options.files.length} | ${kB(bundles.options.raw)} | ${kB(bundles.options.gzip)} | ${kB(bundles.options.codeGzip)} | — |`,
    '',
    '## Options page with months of data',
    `5,000 archived picks (250 published issues), 300 inbox picks, a 200-block draft; ${options.ready.length} opens in a foreground tab`,
    `(the curator opens it to work in it) after a warm-up, in Playwright's default 1280 × 720 window. Ready: the draft's first`,
    `5 blocks and the inbox's first 5 picks on screen; both lists are windowed (the page rendered ${options.blocksShown} blocks and ${options.inboxShown} inbox picks).`,
    'The drag: the mouse presses the first block\'s grip and releases it over the end of the draft, which follows the',
    'window\'s bottom edge during a drag (nothing scrolls). Long tasks are counted from the press until 300 ms after the',
    'block left the top: the write, the re-render, the preview.',
    '',
    '| measure | median | p25–p75 | target |',
    '|---|---:|---|---|',
    `| ready | ${ms(ready.median)} | ${spread(ready)} | ≤ 300 ms: ${verdict(ready.median <= 300)} |`,
    options.longestTaskDuringDrag.length === 0
      ? `| longest task while dragging the first block to the end | not measured: the scripted drag did not move the block in ${options.dragsMissed} tries | — | ≤ 50 ms: not measured |`
      : `| longest task while dragging the first block to the end (${options.longestTaskDuringDrag.length} drags${options.dragsMissed > 0 ? `, ${options.dragsMissed} that did not land left out` : ''}) | ${ms(longest.median)} | ${spread(longest)} | ≤ 50 ms: ${verdict(longest.max <= 50)} |`,
    `| JS heap at ready (after GC) | ${kB(heap.median)} | — | — |`,
    '',
    ...designLines(bundles.options),
    '## Ten times the data',
    `${tenTimes.inboxPicks.toLocaleString('en')} picks in the inbox and a ${tenTimes.draftBlocks.toLocaleString('en')}-block draft (issue 8); a 1400 × 1000 window.`,
    `Ready: the draft's first blocks and the inbox's first picks on screen (the page rendered ${tenTimes.blocksRendered} blocks and`,
    `${tenTimes.inboxRendered} picks: both lists are windowed). Actions are timed in the page from the click to the result on screen:`,
    'the new block focused ("Add text", "Add to issue"), the moved block below its old neighbour ("Move down").',
    '"Add to issue", "Move up" (not timed) and "Move down" are clicked back to back, each as soon as the one before shows.',
    '',
    '| measure | median | p25–p75 | target |',
    '|---|---:|---|---|',
    `| ready | ${ms(big.ready.median)} | ${spread(big.ready)} | ≤ 300 ms: ${verdict(big.ready.median <= 300)} |`,
    `| Add text | ${ms(big.addText.median)} | ${spread(big.addText)} | ≤ 50 ms: ${verdict(big.addText.median <= 50)} |`,
    `| Add to issue | ${ms(big.addPick.median)} | ${spread(big.addPick)} | ≤ 50 ms: ${verdict(big.addPick.median <= 50)} |`,
    `| Move down | ${ms(big.moveDown.median)} | ${spread(big.moveDown)} | ≤ 50 ms: ${verdict(big.moveDown.median <= 50)} |`,
    `| longest task while typing in a text block (40 keys, 50 ms apart, + 2 s) | ${ms(big.typing.median)} | ${spread(big.typing)} | — |`,
    '',
    ...restoreLines(results.restore),
    '## Core',
    'Rendering an issue of N blocks (links with a heading every 10), in Node.',
    '',
    '| blocks | median | p25–p75 | ratio to previous size |',
    '|---:|---:|---|---:|',
    ...render.map((run, i) => `| ${run.blocks} | ${ms(run.time.median)} | ${spread(run.time)} | ${i === 0 ? '—' : (run.time.median / render[i - 1]!.time.median).toFixed(1)} |`),
    '',
    `Targets: 1,000 blocks ≤ 20 ms: ${verdict(r1000 <= 20)}; 10,000 ≤ 10 × 1,000: ${verdict(r10000 <= 10 * r1000)} (${(r10000 / r1000).toFixed(1)} ×).`,
    '',
    `Moving one block from the top to the bottom of a ${move.blocks}-block issue (fake-indexeddb): ${move.rowsWritten} row(s) written`,
    `(target 2: the block's row and its sync mark: ${verdict(move.rowsWritten === 2)}), median ${ms(move.time.median)} (${spread(move.time)}).`,
    '',
    ...gitLines(results.git),
    ...syncLines(results.sync),
    ...importLines(results.import),
  ];
  const markdown = lines.join('\n');
  writeFileSync(markdownPath, markdown);
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  return markdown;
}

/**
 * Puts `section` (a `## Title` and its lines) into the report at `markdownPath` in place of the section of the
 * same title, or at the end: what `BENCH_FILE=bench/import.bench.ts` does without rerunning everything.
 */
export function spliceSection(markdownPath: string, section: string[]): void {
  const lines = readFileSync(markdownPath, 'utf8').split('\n');
  const start = lines.indexOf(section[0]!);
  const next = start < 0 ? -1 : lines.findIndex((line, index) => index > start && line.startsWith('## '));
  const kept = start < 0 ? lines : [...lines.slice(0, start), ...(next < 0 ? [] : lines.slice(next))];
  const at = start < 0 ? kept.length : start;
  const body = at === kept.length && kept[kept.length - 1] !== '' ? ['', ...section] : section;
  writeFileSync(markdownPath, [...kept.slice(0, at), ...body, ...kept.slice(at)].join('\n'));
}

/** The lines of the `## Title` section of a report (up to the next `## `), or null. */
export function sectionOf(markdown: string, title: string): string[] | null {
  const lines = markdown.split('\n');
  const start = lines.indexOf(title);
  if (start < 0) return null;
  const next = lines.findIndex((line, index) => index > start && line.startsWith('## '));
  return lines.slice(start, next < 0 ? lines.length : next);
}
