// Popup edits are written by the background, not by the popup itself. Closing a popup tears its page
// down, and Chromium aborts that page's IndexedDB transactions still in flight: measured, the last
// keystrokes typed before a close were lost. A message posted on a port before the close is still
// delivered, and the background lives on to write it.
import type { StorageFailure } from '../db/errors';
import type { PickChanges } from '../db/picks';
import { browser, type Runtime } from './browser';

const PORT_NAME = 'gleaner-pick-writes';

export type WriteOutcome =
  | { ok: true }
  | { ok: false; failure: StorageFailure; message: string }
  | { ok: false; failure: 'gone' };

export interface PickWrite {
  pickId: string;
  changes: PickChanges;
}

interface WriteRequest extends PickWrite {
  seq: number;
}
interface WriteReply {
  seq: number;
  outcome: WriteOutcome;
}

/** The popup's end: each write resolves with what the background made of it. */
export function connectPickWrites(): (write: PickWrite) => Promise<WriteOutcome> {
  const port = browser.runtime.connect({ name: PORT_NAME });
  const waiting = new Map<number, (outcome: WriteOutcome) => void>();
  let seq = 0;
  port.onMessage.addListener((message) => {
    const reply = message as WriteReply;
    waiting.get(reply.seq)?.(reply.outcome);
    waiting.delete(reply.seq);
  });
  port.onDisconnect.addListener(() => {
    const outcome: WriteOutcome = { ok: false, failure: 'other', message: 'background unreachable' };
    for (const settle of waiting.values()) settle(outcome);
    waiting.clear();
  });
  return (write) => new Promise((settle) => {
    const request: WriteRequest = { ...write, seq: ++seq };
    waiting.set(request.seq, settle);
    port.postMessage(request);
  });
}

function isWriteRequest(message: unknown): message is WriteRequest {
  const candidate = message as Partial<WriteRequest> | null;
  return typeof candidate?.seq === 'number' && typeof candidate.pickId === 'string' &&
    typeof candidate.changes === 'object' && candidate.changes !== null;
}

/**
 * The background's end. Writes start in the order they arrive (IndexedDB then runs them in that order),
 * and each reply goes back unless the popup is gone, in which case nobody is left to tell.
 */
export function servePickWrites(write: (request: PickWrite) => Promise<WriteOutcome>): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== PORT_NAME) return;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    port.onMessage.addListener((message) => {
      if (!isWriteRequest(message)) return;
      const { seq, pickId, changes } = message;
      void write({ pickId, changes }).then((outcome) => {
        if (open) port.postMessage({ seq, outcome } satisfies WriteReply);
      });
    });
  });
}
