// Rendering time by issue size (growth should be linear) and the cost of one move in a long issue.
import { performance } from 'node:perf_hooks';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { renderIssue } from '../src/core/render-issue';
import type { Pick } from '../src/core/types';
import { listBlocks, moveBlock } from '../src/db/blocks';
import { db } from '../src/db/db';
import { countWrites } from '../test/db/count-writes';
import { makeSeed } from './seed';
import { summarize, type Summary } from './stats';

export interface RenderRun {
  blocks: number;
  time: Summary;
}

export interface MoveRun {
  blocks: number;
  rowsWritten: number;
  time: Summary;
}

const counter = countWrites(db);

function documentOf(blockCount: number) {
  const seed = makeSeed(0, 0, blockCount);
  return {
    issue: seed.issues[0]!,
    blocks: seed.blocks,
    picks: new Map<string, Pick>(seed.picks.map((pick) => [pick.id, pick])),
    templates: DEFAULT_SETTINGS.templates,
  };
}

export function benchRender(sizes: number[]): RenderRun[] {
  return sizes.map((blocks) => {
    const doc = documentOf(blocks);
    const runs = blocks >= 10_000 ? 7 : 15;
    for (let i = 0; i < 2; i++) renderIssue(doc);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      renderIssue(doc);
      samples.push(performance.now() - start);
    }
    return { blocks, time: summarize(samples) };
  });
}

/** Moves the first block to the end, 15 times, in an issue of `blockCount` blocks (fake-indexeddb). */
export async function benchMove(blockCount: number): Promise<MoveRun> {
  await db.delete();
  await db.open();
  const seed = makeSeed(0, 0, blockCount);
  await db.transaction('rw', db.picks, db.issues, db.blocks, async () => {
    await db.picks.bulkAdd(seed.picks);
    await db.issues.bulkAdd(seed.issues);
    await db.blocks.bulkAdd(seed.blocks);
  });
  const issueId = seed.issues[0]!.id;
  const samples: number[] = [];
  let rowsWritten = 0;
  for (let i = 0; i < 15; i++) {
    const first = (await listBlocks(issueId))[0]!;
    counter.reset();
    const start = performance.now();
    await moveBlock(first.id, { to: blockCount - 1 });
    samples.push(performance.now() - start);
    rowsWritten = Math.max(rowsWritten, counter.total());
  }
  return { blocks: blockCount, rowsWritten, time: summarize(samples) };
}
