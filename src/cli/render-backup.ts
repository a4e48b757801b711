// A backup's issue as the Markdown file the options page exports: the same core code, the backup's
// templates merged over the defaults.
import { randomUUID } from 'node:crypto';
import { fromBackupFile, parseBackup } from '../core/backup-format';
import { renderIssue } from '../core/render-issue';
import { mergeSettings } from '../core/settings';
import type { Issue } from '../core/types';
import { describeProblem } from './describe-problem';

export type RenderResult = { ok: true; markdown: string; issue: Issue } | { ok: false; message: string };

function listIssues(issues: readonly Issue[]): string {
  return issues.length === 0
    ? 'it has no issue'
    : `its issues: ${issues.map((issue) => `${issue.id} (${issue.status}, ${issue.date})`).join(', ')}`;
}

/** The most recently updated draft, which is what the curator is working on. */
function latestDraft(issues: readonly Issue[]): Issue | undefined {
  return issues.filter((issue) => issue.status === 'draft').sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export function renderBackup(text: string, issueId?: string): RenderResult {
  const parsed = parseBackup(text);
  if (!parsed.ok) return { ok: false, message: describeProblem(parsed.problem) };
  const settings = mergeSettings(parsed.file.settings);
  const data = fromBackupFile(parsed.file, { defaultLanguage: settings.language, now: Date.now(), newId: randomUUID });

  const issue = issueId === undefined ? latestDraft(data.issues) : data.issues.find((candidate) => candidate.id === issueId);
  if (!issue) {
    const wanted = issueId === undefined ? 'no draft issue: choose one with --issue ID' : `no issue with the id "${issueId}"`;
    return { ok: false, message: `the backup has ${wanted}; ${listIssues(data.issues)}` };
  }
  try {
    const markdown = renderIssue({
      issue,
      blocks: data.blocks.filter((block) => block.issueId === issue.id),
      picks: new Map(data.picks.map((pick) => [pick.id, pick])),
      templates: settings.templates,
    });
    return { ok: true, markdown, issue };
  } catch (error) {
    return { ok: false, message: `issue "${issue.id}" cannot be rendered: ${error instanceof Error ? error.message : String(error)}` };
  }
}
