// The public backup format (docs/backup-format.md): one JSON file with every pick, issue and setting.
// Validation is zod's, so that a restore can name exactly what is wrong before it touches anything.
import { z } from 'zod';
import { isCalendarDate, isImpossibleDate } from './dates';
import { groupBy } from './group-by';
import { jsonShapeProblems } from './json-shape';
import {
  echo, MAX_BACKUP_BYTES, MAX_ID_LENGTH, MAX_TEMPLATE_LENGTH, MAX_TEXT_LENGTH, tooLongMessage,
} from './limits';
import { compareKeys, isOrderKey, keysBetween } from './order-key';
import type { Block, Issue, Pick } from './types';
import { PICK_KINDS } from './types';
import { normalizeUrl } from './url-key';
import { errorMessage } from './redact';

export const BACKUP_FORMAT = 'gleaner-backup';
/** Version 2 (issue 9) adds imported issues' fields; a version 1 file is read as it is (it has none). */
export const BACKUP_VERSION = 2;
const READABLE_VERSIONS = [1, 2] as const;

const timestamp = z.number().finite().nonnegative();
/** A string of at most `limit` characters; over it, a message that says how long it is (never the text). */
function bounded(limit: number, what: string): z.ZodString {
  return z.string().max(limit, {
    error: (issue) => tooLongMessage(what, typeof issue.input === 'string' ? issue.input.length : 0, limit),
  });
}
const text = bounded(MAX_TEXT_LENGTH, 'the text');
const id = bounded(MAX_ID_LENGTH, 'the id').min(1);
const frontMatterValue = z.union([text, z.number(), z.boolean(), z.null(), z.array(text)], {
  error: 'expected a string, number, boolean, null or list of strings',
});
// A `date` on a day the calendar lacks is refused like an issue's date; other forms stay (an imported post's
// own way of writing it), and rendering says if Jekyll could not read them (core/front-matter).
const frontMatter = z.record(bounded(MAX_ID_LENGTH, 'the key'), frontMatterValue).superRefine((values, context) => {
  if (isImpossibleDate(values.date)) {
    context.addIssue({ code: 'custom', path: ['date'], message: `expected a calendar date written YYYY-MM-DD, got "${echo(String(values.date))}"` });
  }
});
const template = bounded(MAX_TEMPLATE_LENGTH, 'the template');

// Objects are strict: a misspelt field ("blrub") must be reported, not silently dropped with its text.
export const pickHistoryEntrySchema = z.strictObject({ blurb: text, editedAt: timestamp });

export const pickSchema = z.strictObject({
  id,
  url: text.min(1),
  title: text.default(''),
  blurb: text.default(''),
  emoji: text.default(''),
  kind: z.enum(PICK_KINDS).default('link'),
  tags: z.array(text).default([]),
  image: text.nullable().default(null),
  description: text.default(''),
  siteName: text.default(''),
  quote: text.default(''),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
  history: z.array(pickHistoryEntrySchema).optional(),
});

const blockFields = {
  id: id.optional(),
  order: bounded(MAX_TEXT_LENGTH, 'the order key').min(1).optional(),
  updatedAt: timestamp.optional(),
  gap: bounded(MAX_TEXT_LENGTH, 'the gap').regex(/^\s*$/, 'expected only line breaks and spaces').optional(),
};
export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), markdown: text, ...blockFields }),
  z.strictObject({ type: z.literal('heading'), level: z.literal([1, 2, 3, 4, 5, 6]), text, ...blockFields }),
  z.strictObject({ type: z.literal('pick'), pickId: id, ...blockFields }),
], { error: 'expected a block of type "text", "heading" or "pick"' });

/** A day of the calendar written `YYYY-MM-DD`: Jekyll stops on `2025-13-45`. */
export const calendarDate = z.string().refine(isCalendarDate, {
  error: (issue) => `expected a calendar date written YYYY-MM-DD, got "${echo(String(issue.input))}"`,
});

export const issueSchema = z.strictObject({
  id,
  status: z.enum(['draft', 'published']),
  date: calendarDate,
  language: bounded(MAX_ID_LENGTH, 'the language').min(1).optional(),
  frontMatter: frontMatter.default({}),
  /** In issue order: the file's order wins over any `order` keys it carries. */
  blocks: z.array(blockSchema).default([]),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
  publishedAt: timestamp.nullable().optional(),
  publishedCommit: z.string().regex(/^[0-9a-f]{40,64}$/, 'expected a git commit id').optional(),
  publishedPath: z.string().min(1).optional(),
  fileName: bounded(MAX_ID_LENGTH, 'the file name').min(1).optional(),
  source: z.strictObject({ frontMatterText: text.nullable(), frontMatter, end: text }).optional(),
  linkKeys: z.array(text).optional(),
});

const templatesSchema = z.strictObject({
  link: template.optional(),
  featured: template.optional(),
  sponsor: template.optional(),
  heading: template.optional(),
});
// Known settings are checked; any other key is kept as it is, so newer settings survive a round trip.
export const settingsSchema = z.object({
  templates: templatesSchema.optional(),
  frontMatterDefaults: frontMatter.optional(),
  language: bounded(MAX_ID_LENGTH, 'the language').min(1).optional(),
}).catchall(z.json());

/** A record "Export backup" could not save as it was (core/backup-export); a restore reports it, never writes it. */
const quarantineSchema = z.strictObject({
  table: z.enum(['picks', 'issues', 'blocks', 'settings']),
  id: bounded(MAX_ID_LENGTH, 'the id'),
  /** True when a repaired copy is in the data; false when the record was left out. */
  repaired: z.boolean(),
  problems: z.array(text),
  /** The record as the database held it, as JSON text (never nested, whatever it holds). */
  record: z.string(),
});
export type QuarantineEntry = z.output<typeof quarantineSchema>;

export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(READABLE_VERSIONS),
  exportedAt: bounded(MAX_ID_LENGTH, 'the time').optional(),
  picks: z.array(pickSchema),
  issues: z.array(issueSchema),
  settings: settingsSchema.default({}),
  quarantine: z.array(quarantineSchema).optional(),
}).superRefine((file, context) => {
  const pickIds = new Set<string>();
  file.picks.forEach((pick, index) => {
    if (pickIds.has(pick.id)) context.addIssue({ code: 'custom', path: ['picks', index, 'id'], message: `another pick already has the id "${echo(pick.id)}"` });
    pickIds.add(pick.id);
  });
  const issueIds = new Set<string>();
  const blockIds = new Set<string>();
  file.issues.forEach((issue, index) => {
    if (issueIds.has(issue.id)) context.addIssue({ code: 'custom', path: ['issues', index, 'id'], message: `another issue already has the id "${echo(issue.id)}"` });
    issueIds.add(issue.id);
    // A pick shows once per issue: two blocks of one pick leave an orphan block when either is removed.
    const picksShown = new Map<string, number>();
    issue.blocks.forEach((block, blockIndex) => {
      const path = ['issues', index, 'blocks', blockIndex];
      if (block.id !== undefined && blockIds.has(block.id)) context.addIssue({ code: 'custom', path: [...path, 'id'], message: `another block already has the id "${echo(block.id)}"` });
      if (block.id !== undefined) blockIds.add(block.id);
      if (block.type !== 'pick') return;
      if (!pickIds.has(block.pickId)) context.addIssue({ code: 'custom', path: [...path, 'pickId'], message: `expected the id of a pick in "picks", got "${echo(block.pickId)}"` });
      const shownAt = picksShown.get(block.pickId);
      if (shownAt !== undefined) context.addIssue({ code: 'custom', path: [...path, 'pickId'], message: `the pick "${echo(block.pickId)}" is already in this issue (block ${shownAt})` });
      else picksShown.set(block.pickId, blockIndex);
    });
  });
});

export type BackupFile = z.output<typeof backupFileSchema>;
export type BackupSettings = BackupFile['settings'];

/** What a restore writes: the database's own rows. `settings` holds one entry per settings row. */
export interface BackupData {
  picks: Pick[];
  issues: Issue[];
  blocks: Block[];
  settings: Record<string, unknown>;
  /** How many records the file's `quarantine` holds: reported by a restore, not written. */
  setAside?: number;
}

export interface BackupError {
  /** Where in the file, e.g. `issues[0].blocks[2].pickId` (empty for the whole file). */
  path: string;
  message: string;
}
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE';
export type BackupProblem =
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'not-text'; encoding: TextEncodingName }
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-backup' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; errors: BackupError[] };
export type BackupParseResult = { ok: true; file: BackupFile } | { ok: false; problem: BackupProblem };

/** `issues[0].frontMatter.title`; keys are cut short, so a message never echoes a huge key. */
export function formatPath(path: readonly PropertyKey[]): string {
  const text = path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${echo(String(part), 40)}`)).join('');
  return text.length <= 200 ? text : `${text.slice(0, 80)}…${text.slice(-100)}`;
}

/** One zod issue as a one-line error that never echoes more than a few words of the file. */
export function backupError(issue: z.core.$ZodIssue): BackupError {
  const message = issue.code === 'unrecognized_keys'
    ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.slice(0, 5).map((key) => `"${echo(key, 40)}"`).join(', ')}${issue.keys.length > 5 ? ', …' : ''}`
    : echo(issue.message, 200);
  return { path: formatPath(issue.path), message };
}

/** Validates a whole backup file. Nothing is converted or written unless this returns `ok`. */
export function parseBackup(text: string): BackupParseResult {
  // A UTF-8 file is at least as many bytes as its text has characters.
  if (text.length > MAX_BACKUP_BYTES) return { ok: false, problem: { kind: 'too-large', bytes: text.length, limit: MAX_BACKUP_BYTES } };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    // V8's message quotes the text near the error: cut it to one short line.
    const detail = errorMessage(error);
    return { ok: false, problem: { kind: 'not-json', detail: echo(detail.replace(/\s+/g, ' '), 160) } };
  }
  const header = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  if (header.format !== BACKUP_FORMAT) return { ok: false, problem: { kind: 'not-backup' } };
  // A newer version may mean fields this code would drop: refuse rather than lose them.
  if (typeof header.version === 'number' && header.version > BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version: header.version } };
  }
  // Depth first, without recursion: zod's JSON walker would overflow the stack on a deep settings value.
  const shape = jsonShapeProblems(json);
  const shapeErrors = shape.map((problem) => ({ path: formatPath(problem.path), message: problem.message }));
  if (shape.some((problem) => problem.kind === 'too-deep')) return { ok: false, problem: { kind: 'invalid', errors: shapeErrors } };
  const result = backupFileSchema.safeParse(json);
  const errors = [...shapeErrors, ...(result.error?.issues ?? []).map(backupError)];
  if (result.success && errors.length === 0) return { ok: true, file: result.data };
  return { ok: false, problem: { kind: 'invalid', errors } };
}

export interface FromBackupOptions {
  /** Language of issues that carry none, when the file's settings name none either. */
  defaultLanguage: string;
  /** Time given to records without `createdAt` / `updatedAt`. */
  now: number;
  newId: () => string;
}

/** The file's order keys if they are valid and already ascending, else fresh keys in file order. */
function orderKeys(blocks: BackupFile['issues'][number]['blocks']): string[] {
  const given = blocks.map((block) => block.order);
  const usable = given.every((key): key is string => key !== undefined && isOrderKey(key)) &&
    given.every((key, index) => index === 0 || compareKeys(given[index - 1]!, key!) < 0);
  return usable ? (given as string[]) : keysBetween(null, null, blocks.length);
}

/**
 * A pick belongs to one issue. Should several show it, the most recently updated one (then the greater
 * id) claims it: a rule that does not depend on the order of issues in the file, so a round trip keeps it.
 */
function laterIssue(current: Issue | undefined, candidate: Issue): Issue {
  if (!current) return candidate;
  const newer = candidate.updatedAt - current.updatedAt || compareKeys(candidate.id, current.id);
  return newer > 0 ? candidate : current;
}

/** Turns a validated file into database rows, filling every default the format allows to leave out. */
export function fromBackupFile(file: BackupFile, options: FromBackupOptions): BackupData {
  const language = file.settings.language ?? options.defaultLanguage;
  const issueOfPick = new Map<string, Issue>();
  const issues: Issue[] = [];
  const blocks: Block[] = [];
  for (const { blocks: fileBlocks, ...issue } of file.issues) {
    const createdAt = issue.createdAt ?? options.now;
    const row: Issue = {
      id: issue.id,
      status: issue.status,
      date: issue.date,
      language: issue.language ?? language,
      frontMatter: issue.frontMatter,
      createdAt,
      updatedAt: issue.updatedAt ?? createdAt,
      publishedAt: issue.publishedAt ?? null,
      ...(issue.publishedCommit !== undefined && { publishedCommit: issue.publishedCommit }),
      ...(issue.publishedPath !== undefined && { publishedPath: issue.publishedPath }),
    };
    // Only what the file has: a restored issue stays deep-equal to the one that was backed up.
    if (issue.fileName !== undefined) row.fileName = issue.fileName;
    if (issue.source !== undefined) row.source = issue.source;
    if (issue.linkKeys !== undefined) row.linkKeys = issue.linkKeys;
    issues.push(row);
    const keys = orderKeys(fileBlocks);
    fileBlocks.forEach(({ id, order: _order, ...content }, index) => {
      const base = { id: id ?? options.newId(), issueId: issue.id, order: keys[index]! };
      blocks.push({ ...base, ...content });
      if (content.type === 'pick') issueOfPick.set(content.pickId, laterIssue(issueOfPick.get(content.pickId), row));
    });
  }
  const picks = file.picks.map((pick): Pick => {
    const createdAt = pick.createdAt ?? options.now;
    return {
      ...pick,
      urlKey: normalizeUrl(pick.url),
      issueId: issueOfPick.get(pick.id)?.id ?? '',
      createdAt,
      updatedAt: pick.updatedAt ?? createdAt,
    };
  });
  return { picks, issues, blocks, settings: { ...file.settings }, setAside: file.quarantine?.length ?? 0 };
}

/** The file a backup downloads: derived fields (`urlKey`, a pick's `issueId`) are left out. */
export function toBackupFile(data: BackupData, exportedAt: string): BackupFile {
  const picks = [...data.picks]
    .sort((a, b) => a.createdAt - b.createdAt || compareKeys(a.id, b.id))
    .map(({ urlKey: _urlKey, issueId: _issueId, ...pick }) => pick);
  // Blocks grouped once: filtering them per issue was quadratic (250 issues × 50,000 blocks).
  const blocksOf = groupBy(data.blocks, (block) => block.issueId);
  const issues = [...data.issues]
    .sort((a, b) => compareKeys(a.date, b.date) || a.createdAt - b.createdAt || compareKeys(a.id, b.id))
    .map((issue) => ({
      ...issue,
      blocks: (blocksOf.get(issue.id) ?? [])
        .sort((a, b) => compareKeys(a.order, b.order) || compareKeys(a.id, b.id))
        .map(({ issueId: _issueId, ...block }) => block),
    }));
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    picks,
    issues,
    settings: data.settings as BackupSettings,
  };
}

export interface BackupSummary {
  picks: number;
  inbox: number;
  drafts: number;
  published: number;
  blocks: number;
  hasTemplates: boolean;
  /** Records the file keeps in `quarantine`: not restored. */
  setAside: number;
}

/** What a restore is about to write, for the confirmation step. */
export function summarizeBackup(data: BackupData): BackupSummary {
  return {
    picks: data.picks.length,
    inbox: data.picks.filter((pick) => pick.issueId === '').length,
    drafts: data.issues.filter((issue) => issue.status === 'draft').length,
    published: data.issues.filter((issue) => issue.status === 'published').length,
    blocks: data.blocks.length,
    hasTemplates: data.settings.templates !== undefined,
    setAside: data.setAside ?? 0,
  };
}
