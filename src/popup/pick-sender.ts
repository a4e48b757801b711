// Where the popup's writes go. A pick captured by opening the popup is built here and stored by the
// background (platform/pick-write-port); until that store succeeds (a full disk, say), every change stores
// the whole pick again, with everything typed since, so nothing typed is lost and no edit is sent for a
// pick that does not exist yet. The background may answer with another pick (a second popup on the same
// page stored first): from then on this popup edits that one. Once stored, the pick is watched, so the
// popup hears of edits made elsewhere.
import type { PickChanges } from '../core/capture';
import type { Pick } from '../core/types';
import type { PickConnection, PickWrite, WriteOutcome } from '../platform/pick-write-port';
import { logWarning } from '../platform/log';

export type PickEdit = Omit<PickWrite, 'pickId'>;

export class PickSender {
  private record: Pick;
  private needsStore: boolean;
  /** Every field set since the pick was built: what a store adds to a pick another popup stored first. */
  private changed: PickChanges = {};
  private readonly listeners: Array<(pick: Pick) => void> = [];
  /** The first store of a new pick (ok at once for a pick that was already stored). */
  readonly stored: Promise<WriteOutcome>;

  constructor(private readonly writes: PickConnection, pick: Pick, isNew: boolean) {
    this.record = pick;
    this.needsStore = isNew;
    writes.onPick((stored) => {
      if (stored.id === this.record.id) this.tell(stored);
    });
    this.stored = isNew ? this.store() : this.watch();
  }

  get pickId(): string {
    return this.record.id;
  }

  /** Called with the pick as stored whenever it changes (here or elsewhere). */
  onPick(listener: (pick: Pick) => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners.splice(this.listeners.indexOf(listener), 1);
    };
  }

  /** Hands one change over at once (PickWriter calls this on every input event). */
  readonly send = (edit: PickEdit): Promise<WriteOutcome> => {
    this.record = { ...this.record, ...edit.changes };
    this.changed = { ...this.changed, ...edit.changes };
    return this.needsStore ? this.store() : this.writes.update({ pickId: this.record.id, ...edit });
  };

  private tell(pick: Pick): void {
    for (const listener of this.listeners) listener(pick);
  }

  private watch(): Promise<WriteOutcome> {
    return this.writes.watch({ pickId: this.record.id });
  }

  private store(): Promise<WriteOutcome> {
    return this.writes.store({ pick: { ...this.record, issueId: '' }, changed: this.changed }).then((outcome) => {
      if (outcome.ok && this.needsStore) {
        this.needsStore = false;
        if (outcome.pick) {
          this.record = outcome.pick;
          this.tell(outcome.pick);
        }
        // Not awaited: the store's answer is what the popup waits for; the watch only adds pushes.
        this.watch().then(() => undefined, (error: unknown) => logWarning('could not watch the pick', error));
      }
      return outcome;
    });
  }
}
