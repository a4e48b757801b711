// One device (this database, fake-indexeddb) syncing with git's own smart-HTTP server; the other devices
// and curators are the real git CLI pushing files to the same data branch.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpClient } from 'isomorphic-git';
import { describe, expect, test } from 'vitest';
import { nodeGitDeps } from '../../src/git/node-deps';
import { insertPickBlock } from '../../src/db/blocks';
import { db } from '../../src/db/db';
import { createDraft } from '../../src/db/issues';
import { createPick, getPick, updatePick } from '../../src/db/picks';
import { countPendingChanges } from '../../src/db/sync';
import { memoryGitStore } from '../../src/sync/git-store-node';
import { BranchRewrittenError, syncWithBranch } from '../../src/sync/run';
import { cloneBranch, git, headOf, pushFromElsewhere } from '../git-server/fixture';
import { problemOf } from '../git-server/served';
import { DATA_BRANCH, serveDataBranch } from './data-branch';

const served = serveDataBranch();

const defaults = { frontMatterDefaults: { layout: 'post' }, language: 'fr' };

function filesOf(dir: string, folder: string): string[] {
  try {
    return readdirSync(join(dir, folder)).sort();
  } catch {
    return [];
  }
}


describe('syncWithBranch', () => {
  test('the first sync puts every record on an orphan data branch, one file each, and leaves the site alone', async () => {
    const siteHead = headOf(served.repo, 'main');
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', blurb: '[Read] it' });
    const draft = await createDraft(defaults);
    const { block } = await insertPickBlock(draft.id, pick.id, 0);
    const report = await syncWithBranch(served.target);
    expect(report.sent).toBe(3);
    expect(await countPendingChanges()).toBe(0);
    const clone = cloneBranch(served.repo, DATA_BRANCH);
    expect(filesOf(clone, 'picks')).toEqual([`${pick.id}.json`]);
    expect(filesOf(clone, 'blocks')).toEqual([`${block.id}.json`]);
    expect(filesOf(clone, '')).not.toContain('_config.yml');
    expect(git(clone, 'rev-list', '--count', 'HEAD').trim()).toBe('1');
    expect(JSON.parse(readFileSync(join(clone, 'picks', `${pick.id}.json`), 'utf8'))).toMatchObject({ id: pick.id, blurb: '[Read] it' });
    expect(headOf(served.repo, 'main')).toBe(siteHead);
    // Nothing changed since: the next sync pushes nothing.
    expect((await syncWithBranch(served.target)).sent).toBe(0);
    expect(headOf(served.repo, DATA_BRANCH)).toBe(report.commit);
  });

  test('a pick another device pushed arrives; an edit made here goes out; unrelated edits both stay', async () => {
    const mine = await createPick({ url: 'https://example.com/mine', title: 'Mine' });
    await syncWithBranch(served.target);
    const theirs = { id: 'from-desktop', url: 'https://example.com/theirs', title: 'Theirs', blurb: 'Hello', emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', createdAt: 1, updatedAt: 1 };
    pushFromElsewhere(served.repo, DATA_BRANCH, { 'picks/from-desktop.json': `${JSON.stringify(theirs, null, 2)}\n` });
    await updatePick(mine.id, { blurb: 'Edited on the laptop' });
    const report = await syncWithBranch(served.target);
    expect(report.received).toBe(1);
    expect(await getPick('from-desktop')).toMatchObject({ title: 'Theirs', issueId: '', urlKey: 'example.com/theirs' });
    const clone = cloneBranch(served.repo, DATA_BRANCH);
    expect(JSON.parse(readFileSync(join(clone, 'picks', `${mine.id}.json`), 'utf8')).blurb).toBe('Edited on the laptop');
    expect(filesOf(clone, 'picks')).toHaveLength(2);
  });

  test('the same blurb edited on both sides: the later wins and the other is in the pick\'s history', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A', blurb: 'First' }, 1000);
    await syncWithBranch(served.target);
    const onBranch = JSON.parse(readFileSync(join(cloneBranch(served.repo, DATA_BRANCH), 'picks', `${pick.id}.json`), 'utf8')) as Record<string, unknown>;
    pushFromElsewhere(served.repo, DATA_BRANCH, { [`picks/${pick.id}.json`]: `${JSON.stringify({ ...onBranch, blurb: 'Desktop text', updatedAt: 3000 }, null, 2)}\n` });
    await updatePick(pick.id, { blurb: 'Laptop text' }, 2000);
    await syncWithBranch(served.target);
    expect(await getPick(pick.id)).toMatchObject({ blurb: 'Desktop text', history: [{ blurb: 'Laptop text', editedAt: 2000 }] });
  });

  test('a push refused because the branch moved is fetched, merged and pushed again: no commit is lost', async () => {
    await createPick({ url: 'https://example.com/a', title: 'A' });
    await syncWithBranch(served.target);
    await createPick({ url: 'https://example.com/b', title: 'B' });
    let raced = false;
    const racing: HttpClient = {
      request: async (request) => {
        if (!raced && request.method === 'POST' && request.url.endsWith('git-receive-pack')) {
          raced = true;
          pushFromElsewhere(served.repo, DATA_BRANCH, { 'settings/language.json': '{\n  "key": "language",\n  "updatedAt": 5,\n  "value": "en"\n}\n' });
        }
        return served.target.deps.http.request(request);
      },
    };
    const report = await syncWithBranch({ ...served.target, deps: { ...served.target.deps, http: racing } });
    expect(raced).toBe(true);
    expect(report.received).toBe(1);
    const clone = cloneBranch(served.repo, DATA_BRANCH);
    expect(filesOf(clone, 'picks')).toHaveLength(2);
    expect(filesOf(clone, 'settings')).toEqual(['language.json']);
    expect(git(clone, 'log', '--format=%s').trim().split('\n')).toHaveLength(3);
  });

  test('a wrong token or a server that is down stops the sync with a reason, and nothing is lost', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A' });
    expect(await problemOf(syncWithBranch({ ...served.target, deps: nodeGitDeps('wrong') }))).toBe('wrong-token');
    expect(await problemOf(syncWithBranch({ ...served.target, url: 'http://127.0.0.1:9/blog.git' }))).toBe('unreachable');
    expect(await getPick(pick.id)).toBeDefined();
    expect(await countPendingChanges()).toBe(1);
    expect((await syncWithBranch(served.target)).sent).toBe(1);
  });

  test('a branch rewritten by force is detected; this device\'s data is only put back when the curator says so', async () => {
    const pick = await createPick({ url: 'https://example.com/a', title: 'A' });
    await syncWithBranch(served.target);
    const clone = cloneBranch(served.repo, DATA_BRANCH);
    git(clone, 'checkout', '-q', '--orphan', 'fresh');
    git(clone, 'rm', '-q', '-rf', '.');
    git(clone, 'commit', '-q', '--allow-empty', '-m', 'Start over');
    git(clone, 'push', '-q', '--force', 'origin', `fresh:${DATA_BRANCH}`);
    await expect(syncWithBranch(served.target)).rejects.toBeInstanceOf(BranchRewrittenError);
    expect(await getPick(pick.id)).toBeDefined();
    await syncWithBranch(served.target, { acceptRewrite: true });
    expect(filesOf(cloneBranch(served.repo, DATA_BRANCH), 'picks')).toEqual([`${pick.id}.json`]);
  });

  test('the kept copy: nothing is fetched while the branch stays put, only what changed when it moved; a broken copy is fetched again', async () => {
    for (let i = 0; i < 200; i++) await createPick({ url: `https://example.com/${i}`, title: `Pick ${i}`, blurb: `A blurb long enough to weigh something, number ${i}.` });
    const fetched: number[] = [];
    const counting: HttpClient = {
      request: async (request) => {
        const response = await served.target.deps.http.request(request);
        if (!request.url.endsWith('/git-upload-pack')) return response;
        const chunks: Uint8Array[] = [];
        for await (const chunk of response.body ?? []) chunks.push(chunk);
        fetched.push(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
        return { ...response, body: (async function* () { yield* chunks; })() };
      },
    };
    const store = memoryGitStore();
    const mine = { ...served.target, store, deps: { ...served.target.deps, http: counting } };
    await syncWithBranch(mine);
    const [first] = await db.picks.toArray();
    await updatePick(first!.id, { blurb: 'Edited here' });
    expect((await syncWithBranch(mine)).sent).toBe(1);
    expect(fetched).toEqual([]);

    const theirs = { id: 'from-desktop', url: 'https://example.com/theirs', title: 'Theirs', blurb: 'Hello', emoji: '', kind: 'link', tags: [], image: null, description: '', siteName: '', quote: '', createdAt: 1, updatedAt: 1 };
    pushFromElsewhere(served.repo, DATA_BRANCH, { 'picks/from-desktop.json': `${JSON.stringify(theirs, null, 2)}\n` });
    expect((await syncWithBranch(mine)).received).toBe(1);
    expect(fetched).toHaveLength(1);
    // What this device pushed (its own packs, src/git/pack.ts) is sound for git itself.
    expect(git(served.repo.bare, 'fsck', '--strict', '--no-dangling')).toBe('');
    const whole = cloneBranch(served.repo, DATA_BRANCH);
    // The 201 files of the branch take several times more than the one that changed (and its folders).
    expect(fetched[0]).toBeLessThan(Number(git(whole, 'count-objects', '-v').match(/size-pack: (\d+)/)?.[1] ?? 0) * 1024 / 4 || 8_000);

    // A copy cut short (a worker stopped mid-write): its objects are gone, it is fetched again.
    await (store.fs().promises as unknown as { rm(path: string, options: object): Promise<void> }).rm('/repo/.git/objects', { recursive: true });
    pushFromElsewhere(served.repo, DATA_BRANCH, { 'picks/from-desktop.json': `${JSON.stringify({ ...theirs, blurb: 'Hello again', updatedAt: 2 }, null, 2)}\n` });
    await syncWithBranch(mine);
    expect(await getPick('from-desktop')).toMatchObject({ blurb: 'Hello again' });
    expect(await countPendingChanges()).toBe(0);
  }, 30_000);
});
