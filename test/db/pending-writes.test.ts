import { expect, test } from 'vitest';
import { db } from '../../src/db/db';
import { hasPendingWrites } from '../../src/db/pending-writes';
import { createPick, updatePick } from '../../src/db/picks';

/** Holds a read-write transaction on `picks` open (as a slow disk would) until the returned release is called. */
function holdPicksStore(): { release(): void; done: Promise<void> } {
  let held = true;
  const tx = db.backendDB().transaction('picks', 'readwrite');
  const store = tx.objectStore('picks');
  const spin = (): void => {
    if (held) store.count().onsuccess = spin;
  };
  spin();
  const done = new Promise<void>((resolve) => {
    tx.oncomplete = () => resolve();
  });
  return { release: () => { held = false; }, done };
}

test('a write is pending from the call until it is stored, and only then', async () => {
  const pick = await createPick({ url: 'https://example.com/pending', title: 'Pending' });
  expect(hasPendingWrites()).toBe(false);
  const hold = holdPicksStore();
  const writing = updatePick(pick.id, { blurb: 'the last keystroke' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(hasPendingWrites()).toBe(true);
  hold.release();
  await hold.done;
  await writing;
  expect(hasPendingWrites()).toBe(false);
  expect((await db.picks.get(pick.id))?.blurb).toBe('the last keystroke');
});

test('a failed write is no longer pending', async () => {
  const pick = await createPick({ url: 'https://example.com/a', title: 'A' });
  await expect(db.picks.add(pick)).rejects.toThrow();
  expect(hasPendingWrites()).toBe(false);
});
