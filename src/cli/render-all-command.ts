// `gleaner render BACKUP.json --all --out-dir DIR`: every issue of a backup, each under its Jekyll file name
// (an imported issue under the name it came with, byte for byte the file it came from), e.g. to rebuild a
// blog's `_posts/` from a backup. Everything is rendered before anything is written: an issue that cannot be
// rendered, or two issues that would share one file, stop the command with nothing written.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { issueFileName } from '../core/file-name';
import { echo } from '../core/limits';
import { compareKeys } from '../core/order-key';
import type { Block, Issue } from '../core/types';
import type { CliIo } from './main';
import { overwrittenInput, reason } from './output';
import { readBackup } from './read-backup';
import { renderOne } from './render-backup';

export const RENDER_ALL_USAGE = `Usage: gleaner render BACKUP.json --all --out-dir DIR

Writes every issue of the backup, drafts included, to DIR/YYYY-MM-DD-slug.md (an imported issue under the
file name it was imported from), exactly as the options page exports each one, and prints each path.
`;

function usageError(io: CliIo, message: string): number {
  io.stderr(`gleaner: ${message}\n\n${RENDER_ALL_USAGE}`);
  return 2;
}

function described(issue: Issue): string {
  return `${echo(issue.id)} (${issue.status}, ${issue.date})`;
}

export async function renderAllCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { all: { type: 'boolean' }, 'out-dir': { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    return usageError(io, reason(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(RENDER_ALL_USAGE);
    return 0;
  }
  const [backupPath, extra] = positionals;
  if (backupPath === undefined) return usageError(io, 'render needs the path of a backup file');
  if (extra !== undefined) return usageError(io, `unexpected argument "${echo(extra)}"`);
  if (!values.all) return usageError(io, '--out-dir goes with --all (one issue: --out FILE)');
  const dir = values['out-dir'];
  if (dir === undefined || dir === '') return usageError(io, '--all needs --out-dir DIR');

  const backup = await readBackup(io, backupPath);
  if (!backup) return 1;
  const { data, settings } = backup;
  // One pass over the blocks, not one per issue: a backup may hold thousands of issues.
  const blocksOf = new Map<string, Block[]>();
  for (const block of data.blocks) {
    const list = blocksOf.get(block.issueId);
    if (list) list.push(block);
    else blocksOf.set(block.issueId, [block]);
  }
  const picks = new Map(data.picks.map((pick) => [pick.id, pick]));
  const issues = [...data.issues].sort((a, b) => compareKeys(a.date, b.date) || compareKeys(issueFileName(a), issueFileName(b)));

  const files = new Map<string, { issue: Issue; markdown: string }>();
  for (const issue of issues) {
    const name = issueFileName(issue);
    const taken = files.get(name);
    if (taken) {
      io.stderr(`gleaner: ${described(taken.issue)} and ${described(issue)} would both be written to ${echo(name)}: nothing written (render one of them with --issue ID --out FILE)\n`);
      return 1;
    }
    const result = renderOne(issue, blocksOf.get(issue.id) ?? [], picks, settings.templates);
    if (!result.ok) {
      io.stderr(`gleaner: ${echo(backupPath)}: ${result.message}; nothing written\n`);
      return 1;
    }
    files.set(name, { issue, markdown: result.markdown });
  }
  if (files.size === 0) {
    io.stderr(`gleaner: ${echo(backupPath)} has no issue: nothing written\n`);
    return 1;
  }
  const paths = [...files.keys()].map((name) => join(dir, name));
  if (await overwrittenInput(io, backupPath, paths) !== undefined) {
    io.stderr(`gleaner: an issue would be written onto the backup file itself: choose another --out-dir\n`);
    return 2;
  }
  try {
    await io.makeDir(dir);
    for (const [name, { markdown }] of files) {
      await io.writeFile(join(dir, name), markdown);
      io.stdout(`${join(dir, name)}\n`);
    }
  } catch (error) {
    io.stderr(`gleaner: cannot write to ${echo(dir)}: ${reason(error)}\n`);
    return 1;
  }
  return 0;
}
