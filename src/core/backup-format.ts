// The public backup format (docs/backup-format.md): one JSON file with every pick, issue and setting.
// Validation is zod's, so that a restore can name exactly what is wrong before it touches anything.
import { z } from 'zod';
import { compareKeys, isOrderKey, keysBetween } from './order-key';
import type { Block, Issue, Pick } from './types';
import { PICK_KINDS } from './types';
import { normalizeUrl } from './url-key';

export const BACKUP_FORMAT = 'gleaner-backup';
export const BACKUP_VERSION = 1;

const timestamp = z.number().finite().nonnegative();
const frontMatterValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())], {
  error: 'expected a string, number, boolean, null or list of strings',
});
const frontMatter = z.record(z.string(), frontMatterValue);

// Objects are strict: a misspelt field ("blrub") must be reported, not silently dropped with its text.
export const pickHistoryEntrySchema = z.strictObject({ blurb: z.string(), editedAt: timestamp });

export const pickSchema = z.strictObject({
  id: z.string().min(1),
  url: z.string().min(1),
  title: z.string().default(''),
  blurb: z.string().default(''),
  emoji: z.string().default(''),
  kind: z.enum(PICK_KINDS).default('link'),
  tags: z.array(z.string()).default([]),
  image: z.string().nullable().default(null),
  description: z.string().default(''),
  siteName: z.string().default(''),
  quote: z.string().default(''),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
  history: z.array(pickHistoryEntrySchema).optional(),
});

const blockFields = { id: z.string().min(1).optional(), order: z.string().min(1).optional(), updatedAt: timestamp.optional() };
export const blockSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('text'), markdown: z.string(), ...blockFields }),
  z.strictObject({ type: z.literal('heading'), level: z.literal([1, 2, 3, 4, 5, 6]), text: z.string(), ...blockFields }),
  z.strictObject({ type: z.literal('pick'), pickId: z.string().min(1), ...blockFields }),
], { error: 'expected a block of type "text", "heading" or "pick"' });

export const issueSchema = z.strictObject({
  id: z.string().min(1),
  status: z.enum(['draft', 'published']),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date written YYYY-MM-DD'),
  language: z.string().min(1).optional(),
  frontMatter: frontMatter.default({}),
  /** In issue order: the file's order wins over any `order` keys it carries. */
  blocks: z.array(blockSchema).default([]),
  createdAt: timestamp.optional(),
  updatedAt: timestamp.optional(),
  publishedAt: timestamp.nullable().optional(),
  publishedCommit: z.string().regex(/^[0-9a-f]{40,64}$/, 'expected a git commit id').optional(),
  publishedPath: z.string().min(1).optional(),
});

const templatesSchema = z.strictObject({
  link: z.string().optional(),
  featured: z.string().optional(),
  sponsor: z.string().optional(),
  heading: z.string().optional(),
});
// Known settings are checked; any other key is kept as it is, so newer settings survive a round trip.
export const settingsSchema = z.object({
  templates: templatesSchema.optional(),
  frontMatterDefaults: frontMatter.optional(),
  language: z.string().min(1).optional(),
}).catchall(z.json());

export const backupFileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.string().optional(),
  picks: z.array(pickSchema),
  issues: z.array(issueSchema),
  settings: settingsSchema.default({}),
}).superRefine((file, context) => {
  const pickIds = new Set<string>();
  file.picks.forEach((pick, index) => {
    if (pickIds.has(pick.id)) context.addIssue({ code: 'custom', path: ['picks', index, 'id'], message: `another pick already has the id "${pick.id}"` });
    pickIds.add(pick.id);
  });
  const issueIds = new Set<string>();
  const blockIds = new Set<string>();
  file.issues.forEach((issue, index) => {
    if (issueIds.has(issue.id)) context.addIssue({ code: 'custom', path: ['issues', index, 'id'], message: `another issue already has the id "${issue.id}"` });
    issueIds.add(issue.id);
    issue.blocks.forEach((block, blockIndex) => {
      const path = ['issues', index, 'blocks', blockIndex];
      if (block.id !== undefined && blockIds.has(block.id)) context.addIssue({ code: 'custom', path: [...path, 'id'], message: `another block already has the id "${block.id}"` });
      if (block.id !== undefined) blockIds.add(block.id);
      if (block.type === 'pick' && !pickIds.has(block.pickId)) context.addIssue({ code: 'custom', path: [...path, 'pickId'], message: `expected the id of a pick in "picks", got "${block.pickId}"` });
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
}

export interface BackupError {
  /** Where in the file, e.g. `issues[0].blocks[2].pickId` (empty for the whole file). */
  path: string;
  message: string;
}
export type BackupProblem =
  | { kind: 'not-json'; detail: string }
  | { kind: 'not-backup' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'invalid'; errors: BackupError[] };
export type BackupParseResult = { ok: true; file: BackupFile } | { ok: false; problem: BackupProblem };

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index ? '.' : ''}${String(part)}`)).join('');
}

/**
 * Paths of `__proto__` keys. zod (like any object-building code) would drop them without a word; a
 * restore must say so instead of losing a front matter key.
 */
function protoKeyPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (value === null || typeof value !== 'object') return [];
  const found: PropertyKey[][] = Object.hasOwn(value, '__proto__') ? [[...path, '__proto__']] : [];
  for (const [key, item] of Object.entries(value)) {
    found.push(...protoKeyPaths(item, [...path, Array.isArray(value) ? Number(key) : key]));
  }
  return found;
}

/** Validates a whole backup file. Nothing is converted or written unless this returns `ok`. */
export function parseBackup(text: string): BackupParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { kind: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const header = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  if (header.format !== BACKUP_FORMAT) return { ok: false, problem: { kind: 'not-backup' } };
  // A newer version may mean fields this code would drop: refuse rather than lose them.
  if (typeof header.version === 'number' && header.version > BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version: header.version } };
  }
  const result = backupFileSchema.safeParse(json);
  const errors = [
    ...protoKeyPaths(json).map((path) => ({ path: formatPath(path), message: 'the key "__proto__" cannot be restored: rename it' })),
    ...(result.error?.issues ?? []).map((issue) => ({ path: formatPath(issue.path), message: issue.message })),
  ];
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
  return { picks, issues, blocks, settings: { ...file.settings } };
}

/** The file a backup downloads: derived fields (`urlKey`, a pick's `issueId`) are left out. */
export function toBackupFile(data: BackupData, exportedAt: string): BackupFile {
  const picks = [...data.picks]
    .sort((a, b) => a.createdAt - b.createdAt || compareKeys(a.id, b.id))
    .map(({ urlKey: _urlKey, issueId: _issueId, ...pick }) => pick);
  const issues = [...data.issues]
    .sort((a, b) => compareKeys(a.date, b.date) || a.createdAt - b.createdAt || compareKeys(a.id, b.id))
    .map((issue) => ({
      ...issue,
      blocks: data.blocks
        .filter((block) => block.issueId === issue.id)
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
  };
}
