// Every change is written as it is typed: one update per input event, started synchronously so that a
// popup closed right after the last keystroke has already handed its write to IndexedDB. A failed write
// keeps its fields pending; they go out again with the next change.
import type { Pick } from '../core/types';
import { storageFailureOf, type StorageFailure } from '../db/errors';
import { updatePick, type PickChanges } from '../db/picks';

export type WriteOutcome = { ok: true } | { ok: false; failure: StorageFailure; message: string } | { ok: false; failure: 'gone' };

type Field = keyof PickChanges;

export class PickWriter {
  private pending: PickChanges = {};
  /** For each field, the number of the last write that carried it: an older failure must not resurrect it. */
  private readonly lastWriteOf = new Map<Field, number>();
  private writes = 0;

  constructor(
    private readonly pickId: string,
    private readonly onOutcome: (outcome: WriteOutcome) => void,
  ) {}

  write<K extends Field>(field: K, value: Pick[K]): void {
    this.pending = { ...this.pending, [field]: value };
    this.flush();
  }

  writeAll(changes: PickChanges): void {
    this.pending = { ...this.pending, ...changes };
    this.flush();
  }

  private flush(): void {
    const changes = this.pending;
    this.pending = {};
    const number = ++this.writes;
    const fields = Object.keys(changes) as Field[];
    for (const field of fields) this.lastWriteOf.set(field, number);
    updatePick(this.pickId, changes).then(
      (found) => this.onOutcome(found ? { ok: true } : { ok: false, failure: 'gone' }),
      (error: unknown) => {
        for (const field of fields) {
          if (this.lastWriteOf.get(field) === number && !(field in this.pending)) {
            this.pending = { ...this.pending, [field]: changes[field] };
          }
        }
        const message = error instanceof Error ? error.message : String(error);
        this.onOutcome({ ok: false, failure: storageFailureOf(error), message });
      },
    );
  }
}
