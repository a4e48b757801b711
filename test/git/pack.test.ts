// The pack a sync sends and keeps (src/git/pack.ts): git's own tools accept it, and isomorphic-git reads
// every object back out of the kept copy.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashBlob, init, readBlob } from 'isomorphic-git';
import { createFsFromVolume, Volume } from 'memfs';
import { expect, test } from 'vitest';
import { buildPack, gitObject } from '../../src/git/pack';

const texts = Array.from({ length: 300 }, (_, i) => `{\n  "id": "pick-${i}",\n  "blurb": "${'é witty '.repeat(i % 40)}"\n}\n`);

test('object ids are git\'s own', async () => {
  for (const text of [texts[0]!, texts[299]!, '']) {
    const bytes = new TextEncoder().encode(text);
    expect((await gitObject('blob', bytes)).oid).toBe((await hashBlob({ object: bytes })).oid);
  }
});

test('git verify-pack accepts the pack and its index (an object given twice is packed once); isomorphic-git reads every object from it', async () => {
  const blobs = await Promise.all(texts.map((text) => gitObject('blob', new TextEncoder().encode(text))));
  const { pack, index, checksum } = await buildPack([...blobs, blobs[0]!]);

  const dir = mkdtempSync(join(tmpdir(), 'gleaner-pack-'));
  try {
    writeFileSync(join(dir, `pack-${checksum}.pack`), pack);
    writeFileSync(join(dir, `pack-${checksum}.idx`), index);
    const listed = execFileSync('git', ['verify-pack', '-v', join(dir, `pack-${checksum}.idx`)], { encoding: 'utf8' });
    expect(listed).toContain(`${blobs[299]!.oid} blob`);
    expect(listed).toMatch(/non delta: 300 objects/);
    // git index-pack computes the same index from the pack alone.
    execFileSync('git', ['index-pack', '-o', join(dir, 'again.idx'), join(dir, `pack-${checksum}.pack`)]);
    expect(execFileSync('cmp', [join(dir, 'again.idx'), join(dir, `pack-${checksum}.idx`)]).length).toBe(0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const fs = createFsFromVolume(new Volume());
  await init({ fs, gitdir: '/g', bare: true });
  await fs.promises.writeFile(`/g/objects/pack/pack-${checksum}.pack`, pack);
  await fs.promises.writeFile(`/g/objects/pack/pack-${checksum}.idx`, index);
  const cache = {};
  for (const [i, blob] of blobs.entries()) {
    expect(new TextDecoder().decode((await readBlob({ fs, cache, gitdir: '/g', oid: blob.oid })).blob)).toBe(texts[i]);
  }
});
