// The background's end of platform/pick-write-port: only Gleaner's own pages may connect, and every
// message is checked against core/pick-messages (zod) before a handler sees it (issue 8).
import { pickMessageSchemas, pickRequestSchema } from '../core/pick-messages';
import type { Pick } from '../core/types';
import { browser, type Runtime } from './browser';
import { PORT_NAME, type PickCommand, type PickCommands, type PortHandlers, type Push, type Reply } from './pick-write-port';
import { logWarning, shownError } from './log';

/** Only Gleaner's own pages may write: not a content script, not another extension, not a web page. */
function isOwnPage(sender: Runtime.MessageSender | undefined): boolean {
  if (sender?.id !== browser.runtime.id) return false;
  // Our own content scripts share our id but run in web pages: the page's origin tells them apart.
  const own = new URL(browser.runtime.getURL('/')).origin;
  try {
    return sender.url !== undefined && new URL(sender.url).origin === own;
  } catch {
    return false;
  }
}

type Validated = { [Name in PickCommand]: { seq: number; command: Name; args: PickCommands[Name] } }[PickCommand];

/** The request, checked against core/pick-messages; a one-line reason when it breaks the rules. */
function validate(message: unknown): { ok: true; request: Validated } | { ok: false; seq: number | null; reason: string } {
  const envelope = pickRequestSchema.safeParse(message);
  if (!envelope.success) {
    const seq = (message as { seq?: unknown } | null)?.seq;
    return { ok: false, seq: typeof seq === 'number' ? seq : null, reason: envelope.error.issues[0]?.message ?? 'invalid' };
  }
  const { seq, command, args } = envelope.data;
  const parsed = pickMessageSchemas[command].safeParse(args);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, seq, reason: `${command}: ${issue?.path.join('.') || 'message'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, request: { seq, command, args: parsed.data } as Validated };
}

/**
 * The background's end. Commands start in the order they arrive, and each reply goes back unless the popup
 * is gone, in which case nobody is left to tell. Ports from anywhere but Gleaner's own pages are dropped,
 * and every message is validated before a handler sees it.
 */
export function servePickWrites(open: (push: (pick: Pick) => void) => PortHandlers): void {
  browser.runtime.onConnect.addListener((port: Runtime.Port) => {
    if (port.name !== PORT_NAME) return;
    if (!isOwnPage(port.sender)) {
      logWarning('refused a write port from', port.sender?.url ?? port.sender?.id);
      port.disconnect();
      return;
    }
    let connected = true;
    const handlers = open((pick) => {
      if (connected) port.postMessage({ pushed: pick } satisfies Push);
    });
    port.onDisconnect.addListener(() => {
      connected = false;
      handlers.close();
    });
    port.onMessage.addListener((message) => {
      const reply = (seq: number, outcome: Reply['outcome']): void => {
        if (connected) port.postMessage({ seq, outcome } satisfies Reply);
      };
      const checked = validate(message);
      if (!checked.ok) {
        logWarning('refused a write', checked.reason);
        if (checked.seq !== null) reply(checked.seq, { ok: false, failure: 'refused', message: checked.reason });
        return;
      }
      const { seq, command, args } = checked.request;
      const handler = handlers[command] as (args: PickCommands[PickCommand]) => Promise<Reply['outcome']>;
      // Handlers never reject; should one, the popup still hears of it instead of waiting forever.
      handler(args).then((outcome) => reply(seq, outcome), (error: unknown) => reply(seq, { ok: false, failure: 'other', message: shownError(error) }));
    });
  });
}
