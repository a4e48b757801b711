import { storageFailureOf } from '../db/errors';
import { updatePick } from '../db/picks';
import type { PickWrite, WriteOutcome } from '../platform/pick-write-port';

/** Writes one popup edit; never throws, the outcome says what happened. */
export async function writePickEdit({ pickId, changes }: PickWrite): Promise<WriteOutcome> {
  try {
    return (await updatePick(pickId, changes)) ? { ok: true } : { ok: false, failure: 'gone' };
  } catch (error) {
    return { ok: false, failure: storageFailureOf(error), message: error instanceof Error ? error.message : String(error) };
  }
}
