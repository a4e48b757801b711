// The background's side of the popup's writes (platform/pick-write-port): each never throws, the outcome
// says what happened, and the badge follows every pick that enters or leaves the inbox.
import { storageFailureOf } from '../db/errors';
import { deletePick, storePick, updatePick } from '../db/picks';
import type { PickHandlers, WriteOutcome } from '../platform/pick-write-port';
import { refreshInboxBadge } from './inbox-badge';

async function outcomeOf(write: () => Promise<boolean>): Promise<WriteOutcome> {
  try {
    return (await write()) ? { ok: true } : { ok: false, failure: 'gone' };
  } catch (error) {
    return { ok: false, failure: storageFailureOf(error), message: error instanceof Error ? error.message : String(error) };
  }
}

export const pickWrites: PickHandlers = {
  store: ({ pick }) => outcomeOf(async () => {
    await storePick(pick);
    await refreshInboxBadge();
    return true;
  }),
  update: ({ pickId, changes }) => outcomeOf(() => updatePick(pickId, changes)),
  delete: ({ pickId }) => outcomeOf(async () => {
    await deletePick(pickId);
    await refreshInboxBadge();
    return true;
  }),
};
