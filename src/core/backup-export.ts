// "Export backup" never refuses to save the data there is (issue 8). Each record is checked on its own:
// a valid one is exported as it is; one whose only faults are in fields a restore can do without (times,
// unknown fields) is exported without them ("repaired"); any other is left out of the data ("set aside").
// Either way its original is kept, as JSON text, in the file's `quarantine` list (docs/backup-format.md),
// which a restore reports and does not write: nothing the database held is lost.
import type { z } from 'zod';
import {
  blockSchema, formatPath, issueSchema, pickSchema, settingsSchema, toBackupFile, type BackupData, type BackupFile, type QuarantineEntry,
} from './backup-format';
import { jsonShapeProblems } from './json-shape';
import { echo } from './limits';
import type { Block, Issue, Pick } from './types';

/** Fields a restore fills in by itself when they are missing. */
const OPTIONAL_FIELDS = new Set(['createdAt', 'updatedAt', 'publishedAt', 'history']);

type Check = { ok: true; record: Record<string, unknown>; problems: string[] } | { ok: false; problems: string[] };

function jsonText(record: unknown): string {
  try {
    return JSON.stringify(record) ?? String(record);
  } catch {
    return String(record);
  }
}

function describe(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => `${formatPath(issue.path) || '(record)'}: ${echo(issue.message, 200)}`);
}

/** Validates one record (without the fields the file leaves out), repairing what can be dropped safely. */
function check(record: unknown, schema: z.ZodType, derived: readonly string[]): Check {
  if (record === null || typeof record !== 'object' || Array.isArray(record)) return { ok: false, problems: ['(record): not an object'] };
  const shape = jsonShapeProblems(record);
  if (shape.length > 0) return { ok: false, problems: shape.map((problem) => `${formatPath(problem.path)}: ${problem.message}`) };
  const candidate: Record<string, unknown> = { ...record };
  for (const key of derived) delete candidate[key];
  const first = schema.safeParse(candidate);
  if (first.success) return { ok: true, record: record as Record<string, unknown>, problems: [] };
  const problems = describe(first.error.issues);
  for (const issue of first.error.issues) {
    const [top] = issue.path;
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) for (const key of issue.keys) delete candidate[key];
    else if (typeof top === 'string' && OPTIONAL_FIELDS.has(top)) delete candidate[top];
    else return { ok: false, problems };
  }
  if (!schema.safeParse(candidate).success) return { ok: false, problems };
  const repaired: Record<string, unknown> = { ...candidate };
  for (const key of derived) if (key in record) repaired[key] = (record as Record<string, unknown>)[key];
  return { ok: true, record: repaired, problems };
}

export interface SafeExport {
  file: BackupFile;
  /** Records exported without some of their fields, and records left out: all kept in `file.quarantine`. */
  quarantine: QuarantineEntry[];
}

/** The backup file of `data`, whatever `data` holds. */
export function safeBackupFile(data: BackupData, exportedAt: string): SafeExport {
  const quarantine: QuarantineEntry[] = [];
  const note = (table: QuarantineEntry['table'], record: unknown, problems: string[], repaired: boolean): void => {
    const id = record !== null && typeof record === 'object' ? (record as { id?: unknown; key?: unknown }).id : undefined;
    quarantine.push({ table, id: echo(String(id ?? ''), 256), repaired, problems, record: jsonText(record) });
  };
  const keep = <T>(table: QuarantineEntry['table'], rows: readonly T[], schema: z.ZodType, derived: readonly string[]): T[] =>
    rows.flatMap((row) => {
      const result = check(row, schema, derived);
      if (!result.ok) {
        note(table, row, result.problems, false);
        return [];
      }
      if (result.problems.length > 0) note(table, row, result.problems, true);
      return [result.record as T];
    });

  const picks = keep<Pick>('picks', data.picks, pickSchema, ['urlKey', 'issueId']);
  const issues = keep<Issue>('issues', data.issues, issueSchema.omit({ blocks: true }), []);
  const pickIds = new Set(picks.map((pick) => pick.id));
  const issueIds = new Set(issues.map((issue) => issue.id));
  const shown = new Set<string>();
  const blocks = keep<Block>('blocks', data.blocks, blockSchema, ['issueId'])
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .filter((block) => {
      const problem = !issueIds.has(block.issueId) ? `issueId: the issue "${echo(String(block.issueId))}" is not in the backup`
        : block.type === 'pick' && !pickIds.has(block.pickId) ? `pickId: the pick "${echo(String(block.pickId))}" is not in the backup`
        : block.type === 'pick' && shown.has(`${block.issueId}\u0000${block.pickId}`) ? `pickId: the pick "${echo(block.pickId)}" is already in this issue`
        : null;
      if (block.type === 'pick') shown.add(`${block.issueId}\u0000${block.pickId}`);
      if (problem !== null) note('blocks', block, [problem], false);
      return problem === null;
    });
  const settings: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data.settings)) {
    const result = check({ [key]: value }, settingsSchema, []);
    if (result.ok && result.problems.length === 0) settings[key] = value;
    else quarantine.push({ table: 'settings', id: echo(key, 256), repaired: false, problems: result.problems, record: jsonText(value) });
  }
  const file = toBackupFile({ picks, issues, blocks, settings }, exportedAt);
  return { file: quarantine.length > 0 ? { ...file, quarantine } : file, quarantine };
}
