// `gleaner find URL BACKUP.json`: the published issues of a backup that link to a page, found by its
// normalised URL (core/url-key) exactly as the popup's "Already published in …" finds them: its picks, and
// every link of an imported issue. Exit 0 when some issue has it, 1 when none does.
import { parseArgs } from 'node:util';
import { placeOf } from '../core/capture';
import { issueFileName } from '../core/file-name';
import { echo } from '../core/limits';
import { compareKeys } from '../core/order-key';
import { withPublishedLinks } from '../core/published-links';
import type { Issue } from '../core/types';
import { normalizeUrl } from '../core/url-key';
import type { CliIo } from './main';
import { reason } from './output';
import { readBackup } from './read-backup';

export const FIND_USAGE = `Usage: gleaner find URL BACKUP.json

Prints the published issues of the backup that link to URL (compared as the popup compares pages: no
tracking parameters, no fragment, http or https), one a line: date, title, file name, separated by tabs.
Exit 0 when found, 1 when no published issue links to it.
`;

function usageError(io: CliIo, message: string): number {
  io.stderr(`gleaner: ${message}\n\n${FIND_USAGE}`);
  return 2;
}

/** Tabs and line breaks of a title would break the one-line, tab-separated answer. */
function field(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export async function findCommand(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: { help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return usageError(io, reason(error));
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(FIND_USAGE);
    return 0;
  }
  const [url, backupPath, extra] = positionals;
  if (url === undefined || url.trim() === '' || backupPath === undefined) return usageError(io, 'find needs a URL and the path of a backup file');
  if (extra !== undefined) return usageError(io, `unexpected argument "${echo(extra)}"`);
  const backup = await readBackup(io, backupPath);
  if (!backup) return 1;

  const key = normalizeUrl(url);
  const issues = new Map(backup.data.issues.map((issue) => [issue.id, issue]));
  const placed = backup.data.picks.filter((pick) => pick.urlKey === key).map((pick) => ({ pick, place: placeOf(pick, issues) }));
  const linking = backup.data.issues.filter((issue) => issue.linkKeys?.includes(key));
  const found = new Map<string, Issue>();
  for (const { place } of withPublishedLinks(url, placed, linking)) {
    if (place.kind === 'published') found.set(place.issueId, issues.get(place.issueId)!);
  }
  if (found.size === 0) {
    const drafts = placed.filter(({ place }) => place.kind === 'draft').length;
    const note = drafts > 0 ? ` (a draft has it)` : placed.length > 0 ? ' (it waits in the inbox)' : '';
    io.stderr(`gleaner: no published issue of ${echo(backupPath)} links to ${echo(key, 200)}${note}\n`);
    return 1;
  }
  const newestFirst = [...found.values()].sort((a, b) => compareKeys(b.date, a.date) || compareKeys(issueFileName(a), issueFileName(b)));
  for (const issue of newestFirst) {
    const title = typeof issue.frontMatter.title === 'string' ? issue.frontMatter.title : issue.date;
    io.stdout(`${issue.date}\t${field(title)}\t${issueFileName(issue)}\n`);
  }
  return 0;
}
