// Records as the data branch stores them: the backup format's shapes (docs/backup-format.md), one per file,
// written deterministically (keys sorted, two-space indent, trailing newline) so that the same record is
// the same bytes on every device and git sees a change only where there is one.
import { z } from 'zod';
import { blockSchema, formatPath, issueSchema, pickSchema, settingsSchema } from '../backup-format';
import { jsonShapeProblems } from '../json-shape';
import { isOrderKey } from '../order-key';
import type { Block, Issue, Pick } from '../types';
import { normalizeUrl } from '../url-key';
import { type RecordRef, type SyncKind } from './layout';
import { errorMessage } from '../redact';

/** A record's fields as written to its file; every kind carries `updatedAt` for the later-edit-wins rule. */
export type SyncRecord = Readonly<Record<string, unknown>> & { readonly updatedAt: number };

export type SyncEntry =
  | { ref: RecordRef; deleted: false; record: SyncRecord }
  | { ref: RecordRef; deleted: true; deletedAt: number };

/** A setting as a row: one concern (templates, front matter defaults, language…) under its key. */
export interface SettingRecord {
  key: string;
  value: unknown;
  updatedAt?: number;
}

/** The database rows of each kind. */
export interface SyncRows {
  picks: Pick;
  issues: Issue;
  blocks: Block;
  settings: SettingRecord;
}

/** The stored form of a database row. Derived fields (a pick's `urlKey` and `issueId`) are left out. */
export function entryOfRow<K extends SyncKind>(kind: K, row: SyncRows[K]): SyncEntry {
  const record = { ...row } as Record<string, unknown>;
  if (kind === 'picks') {
    delete record.urlKey;
    delete record.issueId;
    if (Array.isArray(record.history) && record.history.length === 0) delete record.history;
  }
  const id = kind === 'settings' ? (row as SettingRecord).key : (row as { id: string }).id;
  const updatedAt = typeof record.updatedAt === 'number' ? record.updatedAt : 0;
  return { ref: { kind, id }, deleted: false, record: { ...record, updatedAt } };
}

/**
 * The database row of a stored record. A pick comes back in the inbox (`issueId` ''): which issue shows
 * it is decided by the blocks, once they are all known (see normalize).
 */
export function rowOfRecord<K extends SyncKind>(kind: K, record: SyncRecord): SyncRows[K] {
  if (kind === 'picks') {
    const pick = record as unknown as Pick;
    return { ...pick, urlKey: normalizeUrl(pick.url), issueId: '' } as SyncRows[K];
  }
  return { ...record } as unknown as SyncRows[K];
}

export function tombstone(ref: RecordRef, deletedAt: number): SyncEntry {
  return { ref, deleted: true, deletedAt };
}

/** When the entry was last written: the record's `updatedAt`, or the deletion's time. */
export function entryTime(entry: SyncEntry): number {
  return entry.deleted ? entry.deletedAt : entry.record.updatedAt;
}

function sortedKeys(value: Readonly<Record<string, unknown>>): Record<string, unknown> {
  // Only the top level is sorted: nested objects (front matter) keep the curator's key order, which is data.
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) if (value[key] !== undefined) sorted[key] = value[key];
  return sorted;
}

/** The exact text of the entry's file. */
export function serializeEntry(entry: SyncEntry): string {
  const body = entry.deleted
    ? { deletedAt: entry.deletedAt, id: entry.ref.id, kind: entry.ref.kind }
    : sortedKeys(entry.record);
  return `${JSON.stringify(body, null, 2)}\n`;
}

const timestamp = z.number().finite().nonnegative();
const tombstoneSchema = z.strictObject({ kind: z.string(), id: z.string(), deletedAt: timestamp });
const issueFileSchema = issueSchema.omit({ blocks: true });
const blockPlaceSchema = z.object({ issueId: z.string().min(1), id: z.string().min(1), order: z.string().refine(isOrderKey, 'expected an order key') });
const settingFileSchema = z.strictObject({ key: z.string().min(1), value: z.json(), updatedAt: timestamp.optional() });

export type ParseEntryResult = { ok: true; entry: SyncEntry } | { ok: false; message: string };

function failure(error: z.ZodError): ParseEntryResult {
  const first = error.issues[0];
  return { ok: false, message: `${first?.path.join('.') || 'file'}: ${first?.message ?? 'invalid'}` };
}

function parseRecord(kind: SyncKind, json: unknown): { ok: true; record: Record<string, unknown> } | ParseEntryResult {
  const fields = json !== null && typeof json === 'object' ? (json as Record<string, unknown>) : {};
  switch (kind) {
    case 'picks': {
      const result = pickSchema.safeParse(json);
      return result.success ? { ok: true, record: result.data } : failure(result.error);
    }
    case 'issues': {
      const result = issueFileSchema.safeParse(json);
      return result.success ? { ok: true, record: { ...result.data, publishedAt: result.data.publishedAt ?? null } } : failure(result.error);
    }
    case 'blocks': {
      const { issueId, ...block } = fields;
      const place = blockPlaceSchema.safeParse({ ...block, issueId });
      if (!place.success) return failure(place.error);
      const result = blockSchema.safeParse(block);
      return result.success ? { ok: true, record: { ...result.data, issueId } } : failure(result.error);
    }
    case 'settings': {
      const result = settingFileSchema.safeParse(json);
      if (!result.success) return failure(result.error);
      const value = settingsSchema.safeParse({ [result.data.key]: result.data.value });
      return value.success ? { ok: true, record: result.data } : failure(value.error);
    }
  }
}

/**
 * Reads the file of `ref` (from its path). A file that is not valid JSON in the expected shape, or that
 * names another record than its path, is refused with a one-line reason: sync then leaves that record as
 * it is on this device rather than guess.
 */
export function parseEntry(ref: RecordRef, tombstoneFile: boolean, text: string): ParseEntryResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `not JSON: ${errorMessage(error)}` };
  }
  // The backup validator's check, before zod walks the value: a file nested thousands of levels deep
  // (another device's bug, or a hostile push to the data branch) is refused, not a stack overflow.
  const [shape] = jsonShapeProblems(json);
  if (shape) return { ok: false, message: `${formatPath(shape.path) || 'file'}: ${shape.message}` };
  if (tombstoneFile) {
    const result = tombstoneSchema.safeParse(json);
    if (!result.success) return failure(result.error);
    if (result.data.kind !== ref.kind || result.data.id !== ref.id) return { ok: false, message: 'the tombstone names another record than its file' };
    return { ok: true, entry: tombstone(ref, result.data.deletedAt) };
  }
  const parsed = parseRecord(ref.kind, json);
  if (!('record' in parsed)) return parsed;
  const id = ref.kind === 'settings' ? parsed.record.key : parsed.record.id;
  if (id !== ref.id) return { ok: false, message: `the file holds "${String(id)}", not the record its name says` };
  const updatedAt = typeof parsed.record.updatedAt === 'number' ? parsed.record.updatedAt : 0;
  const record: Record<string, unknown> = { ...parsed.record, updatedAt };
  // The backup format lets a hand-written pick or issue leave its creation time out; the database needs one.
  if ((ref.kind === 'picks' || ref.kind === 'issues') && record.createdAt === undefined) record.createdAt = updatedAt;
  return { ok: true, entry: { ref, deleted: false, record: record as SyncRecord } };
}
