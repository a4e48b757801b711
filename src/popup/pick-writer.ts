// Every change is written as it is typed: one update per input event, handed over synchronously (to the
// background, see platform/pick-write-port) so that a popup closed right after the last keystroke loses
// nothing. A failed write keeps its fields pending; they go out again with the next change.
// Each write carries, per field, the value this popup believes is stored (its base): the background does
// not overwrite a field another page changed since (issue 8). Such a field takes the other page's text and
// the curator is shown theirs, to put back with one click (`onConflict`). Changes made elsewhere to fields
// the curator is not editing are taken as they come (`received`).
import type { PickChanges } from '../core/capture';
import type { Pick } from '../core/types';
import type { PickField, WriteOutcome } from '../platform/pick-write-port';
import type { PickEdit } from './pick-sender';
import { shownError } from '../platform/log';

export const EDITABLE: readonly PickField[] = ['url', 'title', 'blurb', 'emoji', 'kind', 'tags', 'image', 'description', 'siteName', 'quote'];

export interface PickWriterEvents {
  /** Every write's outcome (the status area shows failures). */
  onOutcome(outcome: WriteOutcome): void;
  /** Stored values the form should show: changed elsewhere, on fields not being edited. */
  onAdopt(changes: PickChanges): void;
  /** `field` was changed elsewhere while typed in here: the form now shows theirs; `mine` was not stored. */
  onConflict<K extends PickField>(field: K, mine: Pick[K], theirs: Pick[K]): void;
  /** Whether the curator is typing in `field` now (it then keeps its text). */
  isEditing(field: PickField): boolean;
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export class PickWriter {
  private pending: PickChanges = {};
  /** Per field, the value last known to be stored. */
  private stored: PickChanges;
  /** Per field, the value of the last write that carried it. */
  private readonly sent: PickChanges = {};
  /** For each field, the number of the last write that carried it: an older outcome must not resurrect it. */
  private readonly lastWriteOf = new Map<PickField, number>();
  /** For a field found changed elsewhere: outcomes of its writes up to this number belong to that conflict. */
  private readonly conflictUpTo = new Map<PickField, number>();
  private writes = 0;
  private settled = 0;

  constructor(pick: Pick, private readonly send: (edit: PickEdit) => Promise<WriteOutcome>, private readonly events: PickWriterEvents) {
    this.stored = Object.fromEntries(EDITABLE.map((field) => [field, pick[field]]));
  }

  write<K extends PickField>(field: K, value: Pick[K]): void {
    this.pending = { ...this.pending, [field]: value };
    this.flush();
  }

  writeAll(changes: PickChanges): void {
    this.pending = { ...this.pending, ...changes };
    this.flush();
  }

  /** The pick as stored now (pushed by the background): take what changed elsewhere, unless it is being edited. */
  received(pick: Pick): void {
    const adopted: Record<string, unknown> = {};
    for (const field of EDITABLE) {
      if (same(pick[field], this.stored[field])) continue;
      if (this.inFlight(field) || field in this.pending || this.events.isEditing(field)) continue;
      adopted[field] = pick[field];
    }
    if (Object.keys(adopted).length === 0) return;
    this.stored = { ...this.stored, ...adopted };
    this.events.onAdopt(adopted as PickChanges);
  }

  private inFlight(field: PickField): boolean {
    return (this.lastWriteOf.get(field) ?? 0) > this.settled;
  }

  private flush(): void {
    const changes = this.pending;
    const fields = Object.keys(changes) as PickField[];
    if (fields.length === 0) return;
    this.pending = {};
    // What storage will hold for each field once the writes already sent have landed.
    const base = Object.fromEntries(fields.map((field) => [field, this.inFlight(field) ? this.sent[field] : this.stored[field]]));
    const number = ++this.writes;
    for (const field of fields) {
      this.lastWriteOf.set(field, number);
      Object.assign(this.sent, { [field]: changes[field] });
    }
    this.send({ changes, base })
      .then((outcome) => this.settle(number, changes, outcome), (error: unknown) => this.settle(number, changes, { ok: false, failure: 'other', message: shownError(error) }));
  }

  private settle(number: number, changes: PickChanges, outcome: WriteOutcome): void {
    this.settled = Math.max(this.settled, number);
    const fields = Object.keys(changes) as PickField[];
    const isLatest = (field: PickField): boolean => this.lastWriteOf.get(field) === number && !(field in this.pending);
    if (!outcome.ok) {
      if (outcome.failure !== 'gone') {
        for (const field of fields) if (isLatest(field)) this.pending = { ...this.pending, [field]: changes[field] };
      }
      this.events.onOutcome(outcome);
      return;
    }
    const stale = new Set(outcome.stale ?? []);
    let retry = false;
    for (const field of fields) {
      if (!stale.has(field)) {
        this.stored = { ...this.stored, [field]: changes[field] };
        continue;
      }
      if ((this.conflictUpTo.get(field) ?? 0) >= number) continue;
      const theirs = outcome.pick?.[field];
      if (same(theirs, this.stored[field])) {
        // Storage still holds what this popup last stored: an earlier write of ours failed, nobody else wrote.
        if (isLatest(field)) {
          this.pending = { ...this.pending, [field]: changes[field] };
          retry = true;
        }
        continue;
      }
      // Another page wrote this field: its text stays, and the curator is shown theirs beside their own.
      const mine = this.pending[field] ?? this.sent[field];
      this.conflictUpTo.set(field, this.lastWriteOf.get(field) ?? number);
      const { [field]: _dropped, ...rest } = this.pending;
      this.pending = rest;
      this.stored = { ...this.stored, [field]: theirs };
      this.events.onAdopt({ [field]: theirs } as PickChanges);
      this.events.onConflict(field, mine as never, theirs as never);
    }
    this.events.onOutcome(outcome);
    if (retry) this.flush();
  }
}
