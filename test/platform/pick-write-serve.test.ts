// Who may open the background's write port (issue 8 item 3): only Gleaner's own pages. A content script
// shares the extension's id but runs in a web page; another extension has its own id; a sender may lack
// both. None of them gets a handler: the port is dropped before any message is read.
import { beforeEach, describe, expect, test, vi } from 'vitest';

const ID = 'gleanerextensionid';
let connect: ((port: unknown) => void) | undefined;
vi.mock('../../src/platform/browser', () => ({
  browser: {
    runtime: {
      id: ID,
      getURL: (path: string) => `chrome-extension://${ID}${path}`,
      onConnect: { addListener: (listener: (port: unknown) => void) => { connect = listener; } },
    },
  },
}));
const { servePickWrites } = await import('../../src/platform/pick-write-serve');
const { PORT_NAME } = await import('../../src/platform/pick-write-port');

function fakePort(sender: object | undefined, name = PORT_NAME) {
  return {
    name, sender,
    disconnect: vi.fn(),
    postMessage: vi.fn(),
    onMessage: { addListener: vi.fn() },
    onDisconnect: { addListener: vi.fn() },
  };
}

const open = vi.fn(() => ({ close: vi.fn() }));
beforeEach(() => {
  open.mockClear();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  servePickWrites(open as never);
});

describe('the write port', () => {
  test.each([
    ['a content script in a web page', { id: ID, url: 'https://evil.example/page' }],
    ['a content script in a page that names our origin in its path', { id: ID, url: `https://evil.example/chrome-extension://${ID}/` }],
    ['another extension\'s page', { id: 'otherextension', url: 'chrome-extension://otherextension/popup.html' }],
    ['another extension claiming our URL', { id: 'otherextension', url: `chrome-extension://${ID}/src/popup/index.html` }],
    ['our id with no URL', { id: ID }],
    ['our id with a URL that does not parse', { id: ID, url: 'not a url' }],
    ['no sender at all', undefined],
  ])('from %s is dropped before any message is read', (_who, sender) => {
    const port = fakePort(sender);
    connect!(port);
    expect(port.disconnect).toHaveBeenCalledOnce();
    expect(port.onMessage.addListener).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
  test('from Gleaner\'s own popup is served', () => {
    const port = fakePort({ id: ID, url: `chrome-extension://${ID}/src/popup/index.html?tab=3` });
    connect!(port);
    expect(port.disconnect).not.toHaveBeenCalled();
    expect(port.onMessage.addListener).toHaveBeenCalledOnce();
    expect(open).toHaveBeenCalledOnce();
  });
  test('a port of another name is left to its own listener', () => {
    const port = fakePort({ id: 'otherextension' }, 'something-else');
    connect!(port);
    expect(port.disconnect).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
  });
});
