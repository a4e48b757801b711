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

/**
 * Every size is rendered once per round, the rounds interleaved: load from other processes and garbage
 * collection then fall on all sizes alike, and the ratio of medians measures growth, not the machine's drift
 * (a run of 7 large renders after 15 small ones once read 11.8 × for a renderer that is linear: 1,000,
 * 10,000 and 40,000 blocks all cost the same per block).
 */
export function benchRender(sizes: number[], rounds = 21): RenderRun[] {
  const docs = sizes.map(documentOf);
  for (let i = 0; i < 3; i++) for (const doc of docs) renderIssue(doc);
  const samples = sizes.map((): number[] => []);
  for (let round = 0; round < rounds; round++) {
    docs.forEach((doc, i) => {
      const start = performance.now();
      renderIssue(doc);
      samples[i]!.push(performance.now() - start);
    });
  }
  return sizes.map((blocks, i) => ({ blocks, time: summarize(samples[i]!) }));
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
