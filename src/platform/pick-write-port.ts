// Every write the popup makes is done by the background, not by the popup itself. Closing a popup tears
// its page down, and Chromium aborts that page's IndexedDB transactions still in flight: measured, the last
// keystrokes typed before a close were lost. A message posted on a port before the close is still
// delivered, and the background lives on to write it. It also keeps Dexie out of the popup's script.
// Messages are handled in the order they arrive (IndexedDB then runs the writes in that order), so a
// pick's creation always lands before the edits typed right after it.
import type { PickChanges } from '../core/capture';
import type { Pick } from '../core/types';
import type { StorageFailure } from '../db/errors';
// A type only (erased from the build): the popup still never loads Dexie.
import type { RemovedPick } from '../db/picks';
import { browser, type Runtime } from './browser';

const PORT_NAME = 'gleaner-pick-writes';

export type WriteOutcome =
  | { ok: true }
  | { ok: false; failure: StorageFailure; message: string }
  | { ok: false; failure: 'gone' };

/** A delete's outcome carries what it removed, for "Undo" (null: there was nothing to delete). */
export type DeleteOutcome = { ok: true; removed: RemovedPick | null } | Exclude<WriteOutcome, { ok: true }>;

export type { RemovedPick };

/** The writes, by name, with what each carries. */
export interface PickCommands {
  /** Stores a whole pick the popup built (again, if a first attempt failed). */
  store: { pick: Pick };
  /** Changes some fields; 'gone' if the pick was deleted meanwhile (it is not recreated). */
  update: { pickId: string; changes: PickChanges };
  delete: { pickId: string };
  /** Puts back what a delete removed (the toast's "Undo"). */
  restore: { removed: RemovedPick };
}
export type PickCommand = keyof PickCommands;
export type PickWrite = PickCommands['update'];

/** What each command answers: a delete says what it removed. */
type PickReplies = { [Name in PickCommand]: Name extends 'delete' ? DeleteOutcome : WriteOutcome };

export type PickHandlers = { [Name in PickCommand]: (args: PickCommands[Name]) => Promise<PickReplies[Name]> };

type Request = { [Name in PickCommand]: { seq: number; command: Name; args: PickCommands[Name] } }[PickCommand];
type AnyOutcome = PickReplies[PickCommand];
interface Reply {
  seq: number;
  outcome: AnyOutcome;
}

/** The popup's end: each command resolves with what the background made of it. */
export function connectPickWrites(): PickHandlers {
  const port = browser.runtime.connect({ name: PORT_NAME });
  const waiting = new Map<number, (outcome: AnyOutcome) => void>();
  let seq = 0;
  port.onMessage.addListener((message) => {
    const reply = message as Reply;
    waiting.get(reply.seq)?.(reply.outcome);
    waiting.delete(reply.seq);
  });
  port.onDisconnect.addListener(() => {
    const outcome: WriteOutcome = { ok: false, failure: 'other', message: 'background unreachable' };
    for (const settle of waiting.values()) settle(outcome);
    waiting.clear();
  });
  const send = <Name extends PickCommand>(command: Name) => (args: PickCommands[Name]): Promise<PickReplies[Name]> =>
    new Promise((settle) => {
      const request = { seq: ++seq, command, args } as Request;
      waiting.set(request.seq, settle as (outcome: AnyOutcome) => void);
      port.postMessage(request);
    });
  return { store: send('store'), update: send('update'), delete: send('delete'), restore: send('restore') };
}

function isRequest(message: unknown): message is Request {
  const candidate = message as Partial<Request> | null;
  return typeof candidate?.seq === 'number' && typeof candidate.command === 'string' &&
    ['store', 'update', 'delete', 'restore'].includes(candidate.command) && typeof candidate.args === 'object' && candidate.args !== null;
}

/**
 * The background's end. Commands start in the order they arrive, and each reply goes back unless the popup
 * is gone, in which case nobody is left to tell.
 */
export function servePickWrites(handlers: PickHandlers): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== PORT_NAME) return;
    let open = true;
    port.onDisconnect.addListener(() => {
      open = false;
    });
    port.onMessage.addListener((message) => {
      if (!isRequest(message)) return;
      const handler = handlers[message.command] as (args: Request['args']) => Promise<AnyOutcome>;
      const reply = (outcome: AnyOutcome): void => {
        if (open) port.postMessage({ seq: message.seq, outcome } satisfies Reply);
      };
      // Handlers never reject; should one, the popup still hears of it instead of waiting forever.
      handler(message.args).then(reply, (error: unknown) => reply({ ok: false, failure: 'other', message: String(error) }));
    });
  });
}
