import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CONNECTION } from '../../src/git/connection';
vi.mock('../../src/platform/browser', () => ({ browser: {} }));
const store = await import('../../src/platform/repository-store');

function memoryArea() {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (keys: string | string[]) => Object.fromEntries([keys].flat().filter((key) => items.has(key)).map((key) => [key, structuredClone(items.get(key))])),
    set: async (values: Record<string, unknown>) => { for (const [key, value] of Object.entries(values)) items.set(key, structuredClone(value)); },
    remove: async (keys: string | string[]) => { for (const key of [keys].flat()) items.delete(key); },
  };
}

const connection = { ...DEFAULT_CONNECTION, url: 'https://github.com/rudeops/blog.git' };

describe('repository store', () => {
  it('keeps the token apart and shows only its hint', async () => {
    const area = memoryArea();
    await store.saveRepository(connection, 'ghp_abcdefgh1234', area);
    expect(await store.loadRepository(area)).toEqual({ connection, tokenHint: '••••1234' });
    expect(await store.loadToken(area)).toBe('ghp_abcdefgh1234');
    expect(JSON.stringify((await store.loadRepository(area))!)).not.toContain('abcdefgh');
  });
  it('a blank token field keeps the stored token', async () => {
    const area = memoryArea();
    await store.saveRepository(connection, 'ghp_abcdefgh1234', area);
    await store.saveRepository({ ...connection, branch: 'gh-pages' }, '', area);
    expect(await store.loadToken(area)).toBe('ghp_abcdefgh1234');
  });
  it('disconnect forgets the token, the connection and the imported blob ids', async () => {
    const area = memoryArea();
    await store.saveRepository(connection, 'ghp_abcdefgh1234', area);
    await store.saveImportedBlobs({ 'a.md': 'abc' }, area);
    await store.forgetRepository(area);
    expect(area.items.size).toBe(0);
    expect(await store.loadRepository(area)).toBeNull();
  });
  it('another repository starts the import afresh', async () => {
    const area = memoryArea();
    await store.saveRepository(connection, 'ghp_abcdefgh1234', area);
    await store.saveImportedBlobs({ 'a.md': 'abc' }, area);
    await store.saveRepository({ ...connection, url: 'https://gitlab.com/me/blog.git' }, undefined, area);
    expect(await store.loadImportedBlobs(area)).toEqual({});
  });
  it('short tokens show nothing of themselves', () => {
    expect(store.tokenHint('abc')).toBe('••••');
    expect(store.tokenHint('')).toBe('');
  });
});
