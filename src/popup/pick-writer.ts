// Every change is written as it is typed: one update per input event, handed over synchronously (to the
// background, see platform/pick-write-port) so that a popup closed right after the last keystroke loses
// nothing. A failed write keeps its fields pending; they go out again with the next change.
import type { Pick } from '../core/types';
import type { PickChanges } from '../core/capture';
import type { PickWrite, WriteOutcome } from '../platform/pick-write-port';

type Field = keyof PickChanges;

export class PickWriter {
  private pending: PickChanges = {};
  /** For each field, the number of the last write that carried it: an older failure must not resurrect it. */
  private readonly lastWriteOf = new Map<Field, number>();
  private writes = 0;

  constructor(
    private readonly pickId: string,
    private readonly send: (write: PickWrite) => Promise<WriteOutcome>,
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
    const settle = (outcome: WriteOutcome): void => {
      if (!outcome.ok && outcome.failure !== 'gone') {
        for (const field of fields) {
          if (this.lastWriteOf.get(field) === number && !(field in this.pending)) {
            this.pending = { ...this.pending, [field]: changes[field] };
          }
        }
      }
      this.onOutcome(outcome);
    };
    this.send({ pickId: this.pickId, changes })
      .then(settle, (error: unknown) => settle({ ok: false, failure: 'other', message: String(error) }));
  }
}
