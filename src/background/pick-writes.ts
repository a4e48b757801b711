// The background's side of the popup's writes (platform/pick-write-port): each never throws, the outcome
// says what happened, and the badge follows every pick that enters or leaves the inbox. One set of
// handlers per popup, since each popup watches its own pick.
import { liveQuery } from 'dexie';
import type { Pick } from '../core/types';
import { storageFailureOf } from '../db/errors';
import { storeCapturedPick } from '../db/pick-capture';
import { patchPick } from '../db/pick-patch';
import { deletePick, getPick } from '../db/picks';
import { restorePick } from '../db/restore';
import type { DeleteOutcome, PortHandlers, WriteOutcome } from '../platform/pick-write-port';
import { logWarning, shownError } from '../platform/log';

function failureOf(error: unknown): Exclude<WriteOutcome, { ok: true }> {
  return { ok: false, failure: storageFailureOf(error), message: shownError(error) };
}

async function outcomeOf<T extends WriteOutcome | DeleteOutcome>(write: () => Promise<T>): Promise<T | Exclude<WriteOutcome, { ok: true }>> {
  try {
    return await write();
  } catch (error) {
    return failureOf(error);
  }
}

export function pickWrites(push: (pick: Pick) => void): PortHandlers {
  let watching: { unsubscribe(): void } | null = null;
  return {
    store: ({ pick, changed }) => outcomeOf(async (): Promise<WriteOutcome> => {
      const stored = await storeCapturedPick(pick, changed);
      return { ok: true, pick: stored };
    }),
    update: ({ pickId, changes, base }) => outcomeOf(async (): Promise<WriteOutcome> => {
      const result = await patchPick(pickId, changes, base);
      return result ? { ok: true, pick: result.pick, stale: result.stale } : { ok: false, failure: 'gone' };
    }),
    // Answers with what was removed, so that the popup can offer "Undo".
    delete: ({ pickId }) => outcomeOf(async (): Promise<DeleteOutcome> => {
      const removed = await deletePick(pickId);
      return { ok: true, removed };
    }),
    restore: ({ removed }) => outcomeOf(async (): Promise<WriteOutcome> => {
      // Never over a pick stored again since the delete (another page, a forged message): nothing is written.
      const restored = await restorePick(removed);
      if (!restored.ok) return { ok: false, failure: 'refused', message: 'a pick with this id is stored again; nothing was restored' };
      return { ok: true };
    }),
    watch: ({ pickId }) => {
      watching?.unsubscribe();
      // liveQuery hears writes from every page of the extension (the options page included).
      watching = liveQuery(() => getPick(pickId)).subscribe({
        next: (pick) => { if (pick) push(pick); },
        error: (error: unknown) => logWarning('could not watch a pick', error),
      });
      return Promise.resolve({ ok: true });
    },
    close: () => watching?.unsubscribe(),
  };
}
