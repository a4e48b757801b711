// The background's side of the popup's writes (platform/pick-write-port): each never throws, the outcome
// says what happened, and the badge follows every pick that enters or leaves the inbox.
import { storageFailureOf } from '../db/errors';
import { deletePick, restorePick, storePick, updatePick } from '../db/picks';
import type { DeleteOutcome, PickHandlers, WriteOutcome } from '../platform/pick-write-port';
import { refreshInboxBadge } from './inbox-badge';

function failureOf(error: unknown): Exclude<WriteOutcome, { ok: true }> {
  return { ok: false, failure: storageFailureOf(error), message: error instanceof Error ? error.message : String(error) };
}

async function outcomeOf(write: () => Promise<boolean>): Promise<WriteOutcome> {
  try {
    return (await write()) ? { ok: true } : { ok: false, failure: 'gone' };
  } catch (error) {
    return failureOf(error);
  }
}

/** Deletes, and answers with what was removed so that the popup can offer "Undo". */
async function deleteOutcome(pickId: string): Promise<DeleteOutcome> {
  try {
    const removed = await deletePick(pickId);
    await refreshInboxBadge();
    return { ok: true, removed };
  } catch (error) {
    return failureOf(error);
  }
}

export const pickWrites: PickHandlers = {
  store: ({ pick }) => outcomeOf(async () => {
    await storePick(pick);
    await refreshInboxBadge();
    return true;
  }),
  update: ({ pickId, changes }) => outcomeOf(() => updatePick(pickId, changes)),
  delete: ({ pickId }) => deleteOutcome(pickId),
  restore: ({ removed }) => outcomeOf(async () => {
    await restorePick(removed);
    await refreshInboxBadge();
    return true;
  }),
};
