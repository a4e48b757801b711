// The request/denial logic of the repository's host permission, with a fake permissions API (a headless
// browser can never answer the real prompt).
import { describe, expect, it, vi } from 'vitest';
vi.mock('../../src/platform/browser', () => ({ browser: {} }));
const { forgetOrigin, hasOrigin, originPattern, requestOrigin, requestOrigins } = await import('../../src/platform/host-permission');

function fakePermissions(answer: boolean | Error) {
  const granted = new Set<string>();
  const calls: string[] = [];
  return {
    calls,
    granted,
    api: {
      contains: async ({ origins }: { origins: string[] }) => origins.every((origin) => granted.has(origin)),
      request: async ({ origins }: { origins: string[] }) => {
        calls.push(`request ${origins.join()}`);
        if (answer instanceof Error) throw answer;
        if (answer) origins.forEach((origin) => granted.add(origin));
        return answer;
      },
      remove: async ({ origins }: { origins: string[] }) => {
        calls.push(`remove ${origins.join()}`);
        return origins.map((origin) => granted.delete(origin)).every(Boolean);
      },
    },
  };
}

describe('originPattern', () => {
  it('is the scheme and host of the repository, any path, any port', () => {
    expect(originPattern('https://github.com/rudeops/blog.git')).toBe('https://github.com/*');
    expect(originPattern('http://127.0.0.1:8711/blog.git')).toBe('http://127.0.0.1/*');
  });
});

describe('requestOrigin', () => {
  it('asks for exactly that one origin and reports the grant', async () => {
    const fake = fakePermissions(true);
    expect(await requestOrigin('https://gitlab.com/me/blog.git', fake.api)).toBe(true);
    expect(fake.calls).toEqual(['request https://gitlab.com/*']);
    expect(await hasOrigin('https://gitlab.com/other/repo', fake.api)).toBe(true);
  });
  it('a refusal, or a request outside a gesture (it throws), is a plain false', async () => {
    expect(await requestOrigin('https://github.com/x', fakePermissions(false).api)).toBe(false);
    expect(await requestOrigin('https://github.com/x', fakePermissions(new Error('This function must be called during a user gesture')).api)).toBe(false);
  });
});

describe('requestOrigins', () => {
  it('asks for the images\' hosts in one request, each once; none to ask for is a yes', async () => {
    const fake = fakePermissions(true);
    expect(await requestOrigins(['https://cdn.example.org/a.png', 'https://cdn.example.org/b.png', 'http://127.0.0.1:8000/c.svg'], fake.api)).toBe(true);
    expect(fake.calls).toEqual(['request https://cdn.example.org/*,http://127.0.0.1/*']);
    const none = fakePermissions(false);
    expect(await requestOrigins([], none.api)).toBe(true);
    expect(none.calls).toEqual([]);
    expect(await requestOrigins(['https://x.example/a.png'], fakePermissions(new Error('no gesture')).api)).toBe(false);
  });
});

describe('forgetOrigin', () => {
  it('removes the origin on disconnect', async () => {
    const fake = fakePermissions(true);
    await requestOrigin('https://github.com/x', fake.api);
    expect(await forgetOrigin('https://github.com/x', fake.api)).toBe(true);
    expect(await hasOrigin('https://github.com/x', fake.api)).toBe(false);
  });
});
