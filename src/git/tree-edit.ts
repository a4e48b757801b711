// Puts blobs at paths in a tree and returns the new root tree, writing only the trees on those paths:
// publishing never needs a working copy of the whole site (its images may weigh a lot).
import { readTree, writeTree, type FsClient, type TreeEntry } from 'isomorphic-git';
import { GITDIR } from './snapshot';

export interface PlacedBlob {
  /** e.g. `_posts/2025-11-12-slug.md` */
  path: string;
  oid: string;
}

async function entriesOf(fs: FsClient, tree: string | null): Promise<TreeEntry[]> {
  return tree === null ? [] : (await readTree({ fs, gitdir: GITDIR, oid: tree })).tree;
}

export async function placeBlobs(fs: FsClient, rootTree: string | null, blobs: readonly PlacedBlob[]): Promise<string> {
  const entries = await entriesOf(fs, rootTree);
  const here = blobs.filter((blob) => !blob.path.includes('/'));
  const deeper = new Map<string, PlacedBlob[]>();
  for (const blob of blobs) {
    const slash = blob.path.indexOf('/');
    if (slash < 0) continue;
    const folder = blob.path.slice(0, slash);
    deeper.set(folder, [...(deeper.get(folder) ?? []), { path: blob.path.slice(slash + 1), oid: blob.oid }]);
  }
  const byName = new Map(entries.map((entry) => [entry.path, entry]));
  for (const blob of here) byName.set(blob.path, { mode: '100644', path: blob.path, oid: blob.oid, type: 'blob' });
  for (const [folder, inside] of deeper) {
    const existing = byName.get(folder);
    const subtree = await placeBlobs(fs, existing?.type === 'tree' ? existing.oid : null, inside);
    byName.set(folder, { mode: '040000', path: folder, oid: subtree, type: 'tree' });
  }
  return writeTree({ fs, gitdir: GITDIR, tree: [...byName.values()] });
}
