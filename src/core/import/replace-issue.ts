// A changed file imported again replaces its issue's content, under the same issue: the same id (so links
// to it hold), the same creation time, and the same pick records for the pages it still links to (their
// tags, page metadata and history are not in the file, and must not be lost with the old version).
import type { Block, Issue, Pick } from '../types';
import type { ImportedIssue } from './parse-issue-file';

export interface Replacement {
  issue: Issue;
  blocks: Block[];
  picks: Pick[];
  /** Picks of the old version that the new one no longer shows. */
  removedPickIds: string[];
}

export function replaceIssue(old: Issue, oldPicks: readonly Pick[], imported: ImportedIssue): Replacement {
  const unclaimed = new Map<string, Pick[]>();
  for (const pick of oldPicks) {
    const same = unclaimed.get(pick.urlKey);
    if (same) same.push(pick);
    else unclaimed.set(pick.urlKey, [pick]);
  }
  const idOf = new Map<string, string>();
  const picks = imported.picks.map((pick): Pick => {
    const previous = unclaimed.get(pick.urlKey)?.shift();
    if (!previous) return { ...pick, issueId: old.id };
    idOf.set(pick.id, previous.id);
    return { ...previous, ...pick, id: previous.id, issueId: old.id, createdAt: previous.createdAt, tags: previous.tags,
      description: previous.description, siteName: previous.siteName, quote: previous.quote };
  });
  const blocks = imported.blocks.map((block): Block => {
    const moved = { ...block, issueId: old.id };
    return moved.type === 'pick' ? { ...moved, pickId: idOf.get(moved.pickId) ?? moved.pickId } : moved;
  });
  return {
    issue: { ...imported.issue, id: old.id, createdAt: old.createdAt },
    blocks,
    picks,
    removedPickIds: [...unclaimed.values()].flat().map((pick) => pick.id),
  };
}
