// Every write the popup makes is done by the background, not by the popup itself. Closing a popup tears
// its page down, and Chromium aborts that page's IndexedDB transactions still in flight: measured, the last
// keystrokes typed before a close were lost. A message posted on a port before the close is still
// delivered, and the background lives on to write it. It also keeps Dexie out of the popup's script.
// Messages are handled in the order they arrive (IndexedDB then runs the writes in that order), so a
// pick's creation always lands before the edits typed right after it.
// The background also tells a popup of every change to the pick it shows (`watch`), so that a popup left
// open sees what the options page writes (issue 8).
import type { z } from 'zod';
import type { PickChanges } from '../core/capture';
// Types only: the schemas (and zod) stay out of the popup's script; the background checks (pick-write-serve).
import type { pickMessageSchemas, PickMessageName } from '../core/pick-messages';
import type { Pick } from '../core/types';
import type { StorageFailure } from '../db/errors';
// A type only (erased from the build): the popup still never loads Dexie.
import type { RemovedPick } from '../db/picks';
import { browser } from './native-browser';

export const PORT_NAME = 'gleaner-pick-writes';

export type PickField = keyof PickChanges;

export type WriteOutcome =
  /** `pick`: the pick as stored now; `stale`: fields not written, changed elsewhere since their base. */
  | { ok: true; pick?: Pick; stale?: PickField[] }
  | { ok: false; failure: StorageFailure; message: string }
  | { ok: false; failure: 'gone' }
  /** The message broke the rules (core/pick-messages); nothing was written. */
  | { ok: false; failure: 'refused'; message: string };

/** A delete's outcome carries what it removed, for "Undo" (null: there was nothing to delete). */
export type DeleteOutcome = { ok: true; removed: RemovedPick | null } | Exclude<WriteOutcome, { ok: true }>;

export type { RemovedPick };

/**
 * The writes, by name, with what each carries:
 * - store: a whole pick the popup built, and the fields it changed since (written on the page's pick being
 *   worked on instead, if another popup stored one first);
 * - update: some fields, each with the value the popup believes is stored (`base`);
 * - delete, answered with what it removed, and restore, which puts that back (the toast's "Undo");
 * - watch: from now on, push the pick as stored after every change (see `onPick`).
 */
export type PickCommands = { [Name in Exclude<PickMessageName, 'restore'>]: z.output<(typeof pickMessageSchemas)[Name]> } & {
  /** Checked by core/pick-messages (pick blocks of that pick only); typed as db/picks gives it. */
  restore: { removed: RemovedPick };
};
export type PickCommand = keyof PickCommands;
export type PickWrite = PickCommands['update'];

/** What each command answers: a delete says what it removed. */
export type PickReplies = { [Name in PickCommand]: Name extends 'delete' ? DeleteOutcome : WriteOutcome };
type AnyOutcome = PickReplies[PickCommand];

export type PickHandlers = { [Name in PickCommand]: (args: PickCommands[Name]) => Promise<PickReplies[Name]> };

/** The background's handlers for one port; `close` ends what `watch` started. */
export type PortHandlers = PickHandlers & { close(): void };

export interface Reply {
  seq: number;
  outcome: AnyOutcome;
}
export interface Push {
  pushed: Pick;
}

export interface PickConnection extends PickHandlers {
  /** Called with the pick as stored after each change, once `watch` was sent. */
  onPick(listener: (pick: Pick) => void): void;
}

/** The popup's end: each command resolves with what the background made of it. */
export function connectPickWrites(): PickConnection {
  const port = browser.runtime.connect({ name: PORT_NAME });
  const waiting = new Map<number, (outcome: AnyOutcome) => void>();
  const listeners: Array<(pick: Pick) => void> = [];
  let seq = 0;
  port.onMessage.addListener((message) => {
    if ((message as Partial<Push>).pushed) {
      for (const listener of listeners) listener((message as Push).pushed);
      return;
    }
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
      const id = ++seq;
      waiting.set(id, settle as (outcome: AnyOutcome) => void);
      port.postMessage({ seq: id, command, args });
    });
  return {
    store: send('store'), update: send('update'), delete: send('delete'), restore: send('restore'), watch: send('watch'),
    onPick: (listener) => listeners.push(listener),
  };
}
