// Where the popup's writes go. A pick captured by opening the popup is built here and stored by the
// background (platform/pick-write-port); until that store succeeds (a full disk, say), every change stores
// the whole pick again, with everything typed since, so nothing typed is lost and no edit is sent for a
// pick that does not exist yet.
import type { Pick } from '../core/types';
import type { PickHandlers, PickWrite, WriteOutcome } from '../platform/pick-write-port';

export class PickSender {
  private record: Pick;
  private needsStore: boolean;
  /** The first store of a new pick (ok at once for a pick that was already stored). */
  readonly stored: Promise<WriteOutcome>;

  constructor(private readonly writes: PickHandlers, pick: Pick, isNew: boolean) {
    this.record = pick;
    this.needsStore = isNew;
    this.stored = isNew ? this.store() : Promise.resolve({ ok: true });
  }

  /** Hands one change over at once (PickWriter calls this on every input event). */
  readonly send = (write: PickWrite): Promise<WriteOutcome> => {
    this.record = { ...this.record, ...write.changes };
    return this.needsStore ? this.store() : this.writes.update(write);
  };

  private store(): Promise<WriteOutcome> {
    return this.writes.store({ pick: this.record }).then((outcome) => {
      if (outcome.ok) this.needsStore = false;
      return outcome;
    });
  }
}
