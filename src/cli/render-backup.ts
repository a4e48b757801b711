// A backup's issue as the Markdown file the options page exports: the same core code, the backup's
// templates merged over the defaults.
import { randomUUID } from 'node:crypto';
import { parseBackupBytes } from '../core/backup-bytes';
import { fromBackupFile } from '../core/backup-format';
import { echo } from '../core/limits';
import { renderIssue } from '../core/render-issue';
import { mergeSettings } from '../core/settings';
import type { Block, Issue, Pick, Templates } from '../core/types';
import { describeProblem } from './describe-problem';
import { errorMessage } from '../core/redact';

export type RenderResult = { ok: true; markdown: string; issue: Issue } | { ok: false; message: string };

/** At most this many issues are listed when the wanted one is missing: a message, not a dump. */
const MAX_LISTED_ISSUES = 10;

function listIssues(issues: readonly Issue[]): string {
  if (issues.length === 0) return 'it has no issue';
  const listed = issues.slice(0, MAX_LISTED_ISSUES).map((issue) => `${echo(issue.id)} (${issue.status}, ${issue.date})`);
  const more = issues.length > MAX_LISTED_ISSUES ? ` and ${issues.length - MAX_LISTED_ISSUES} more` : '';
  return `its issues: ${listed.join(', ')}${more}`;
}

/** The most recently updated draft, which is what the curator is working on. */
function latestDraft(issues: readonly Issue[]): Issue | undefined {
  return issues.filter((issue) => issue.status === 'draft').sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

/** Renders an issue of the backup file whose bytes are `bytes` (see core/backup-bytes for encodings). */
export function renderBackup(bytes: Uint8Array, issueId?: string): RenderResult {
  const parsed = parseBackupBytes(bytes);
  if (!parsed.ok) return { ok: false, message: describeProblem(parsed.problem) };
  const settings = mergeSettings(parsed.file.settings);
  const data = fromBackupFile(parsed.file, { defaultLanguage: settings.language, now: Date.now(), newId: randomUUID });

  const issue = issueId === undefined ? latestDraft(data.issues) : data.issues.find((candidate) => candidate.id === issueId);
  if (!issue) {
    const wanted = issueId === undefined ? 'no draft issue: choose one with --issue ID' : `no issue with the id "${echo(issueId)}"`;
    return { ok: false, message: `the backup has ${wanted}; ${listIssues(data.issues)}` };
  }
  return renderOne(issue, data.blocks.filter((block) => block.issueId === issue.id), new Map(data.picks.map((pick) => [pick.id, pick])), settings.templates);
}

/** One issue's Markdown, or why it cannot be rendered. `blocks` are the issue's, in order. */
export function renderOne(issue: Issue, blocks: Block[], picks: ReadonlyMap<string, Pick>, templates: Templates): RenderResult {
  try {
    return { ok: true, markdown: renderIssue({ issue, blocks, picks, templates }), issue };
  } catch (error) {
    const detail = errorMessage(error);
    return { ok: false, message: `issue "${echo(issue.id)}" cannot be rendered: ${echo(detail, 200)}` };
  }
}
