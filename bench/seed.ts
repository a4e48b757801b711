// Realistic volumes for the benchmarks, written straight into the extension's IndexedDB from one of
// its pages (test/e2e/write-records).
import type { Page } from 'playwright-core';
import { keysBetween } from '../src/core/order-key';
import type { Issue, Pick } from '../src/core/types';
import { writeRecords, type Records } from '../test/e2e/write-records';
import { normalizeUrl } from '../src/core/url-key';

export type SeedData = Records;

function pick(index: number, issueId: string, now: number): Pick {
  const url = `https://example.org/${issueId || 'inbox'}/article-${index}?utm_source=bench`;
  return {
    id: `bench-pick-${index}`,
    url,
    urlKey: normalizeUrl(url),
    title: `Article number ${index}: a title of ordinary length`,
    blurb: `A witty blurb about article ${index}, [with a link phrase] and a bit of *Markdown* to render. `.repeat(3),
    emoji: '🚀',
    kind: 'link',
    tags: ['devops', `tag-${index % 17}`],
    image: null,
    description: '',
    siteName: 'Example',
    quote: '',
    issueId,
    createdAt: now - index * 60_000,
    updatedAt: now - index * 60_000,
  };
}

function issue(id: string, status: Issue['status'], date: string, now: number): Issue {
  return {
    id, status, date, language: 'fr',
    frontMatter: { layout: 'post', title: `Newsletter ${id}`, tags: ['devops'], comments: true, mathjax: true, author: 'Bench' },
    createdAt: now, updatedAt: now, publishedAt: status === 'published' ? now : null,
  };
}

/**
 * `archived` picks spread over published issues of 20 links each, `inbox` picks waiting,
 * and one draft of `draftBlocks` blocks (picks, with a heading every 10 blocks).
 */
export function makeSeed(archived: number, inbox: number, draftBlocks: number): SeedData {
  const now = Date.UTC(2026, 10, 26);
  const data: SeedData = { picks: [], issues: [], blocks: [] };
  let next = 0;
  for (let start = 0; start < archived; start += 20) {
    const id = `bench-archive-${start / 20}`;
    data.issues.push(issue(id, 'published', '2025-01-01', now));
    const count = Math.min(20, archived - start);
    const orders = keysBetween(null, null, count);
    for (let i = 0; i < count; i++) {
      const p = pick(next++, id, now);
      data.picks.push(p);
      data.blocks.push({ id: `bench-block-${p.id}`, issueId: id, order: orders[i]!, type: 'pick', pickId: p.id });
    }
  }
  for (let i = 0; i < inbox; i++) data.picks.push(pick(next++, '', now));
  if (draftBlocks > 0) {
    const draftId = 'bench-draft';
    // Created "later" than the empty draft the options page starts on a fresh profile, so it opens first.
    data.issues.push(issue(draftId, 'draft', '2026-11-26', Date.now() + 3_600_000));
    const orders = keysBetween(null, null, draftBlocks);
    for (let i = 0; i < draftBlocks; i++) {
      const order = orders[i]!;
      if (i % 10 === 0) {
        data.blocks.push({ id: `bench-draft-heading-${i}`, issueId: draftId, order, type: 'heading', level: 3, text: `Section ${i / 10}` });
      } else {
        const p = pick(next++, draftId, now);
        data.picks.push(p);
        data.blocks.push({ id: `bench-draft-block-${i}`, issueId: draftId, order, type: 'pick', pickId: p.id });
      }
    }
  }
  return data;
}

/** Writes `data` into the `gleaner` database through raw IndexedDB in `page` (an extension page). */
export function writeSeed(page: Page, data: SeedData): Promise<void> {
  return writeRecords(page, data);
}
