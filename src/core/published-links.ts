// A page linked from a published issue without a pick of its own (a link in an imported issue's prose, a
// reference link, a sponsor's HTML) still counts as published: the lookups report it as a published pick
// made from the issue, so the popup and the context menu treat it as any published pick.
import { placeOf, type PlacedPick } from './capture';
import type { Issue, Pick } from './types';
import { normalizeUrl } from './url-key';

/** The issue's link to `url` as a read-only pick: what the popup shows under "Already published". */
function linkPick(issue: Issue, url: string): Pick {
  const at = issue.publishedAt ?? issue.updatedAt;
  return {
    id: `link:${issue.id}`, url, urlKey: normalizeUrl(url), title: url, blurb: '', emoji: '', kind: 'link', tags: [],
    image: null, description: '', siteName: '', quote: '', issueId: issue.id, createdAt: at, updatedAt: at,
  };
}

/**
 * `picks` (the page's own picks, placed) plus one published entry for each published issue of `linking`
 * (the issues whose `linkKeys` hold the page) that no pick already places it in.
 */
export function withPublishedLinks(url: string, picks: readonly PlacedPick[], linking: readonly Issue[]): PlacedPick[] {
  const covered = new Set(picks.map((placed) => placed.pick.issueId));
  const extra = linking
    .filter((issue) => issue.status === 'published' && !covered.has(issue.id))
    .map((issue) => {
      const pick = linkPick(issue, url);
      return { pick, place: placeOf(pick, new Map([[issue.id, issue]])) };
    });
  return [...picks, ...extra];
}
