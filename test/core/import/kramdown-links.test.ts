// Issue #9: "every link is known" means every link Jekyll's kramdown makes of the file (GFM input, front
// matter removed), by normalised URL. Jumps inside the page (#top, footnotes) are not pages.
import { describe, expect, test } from 'vitest';
import { parseIssueFile } from '../../../src/core/import/parse-issue-file';
import { splitFrontMatter } from '../../../src/core/split-front-matter';
import { normalizeUrl } from '../../../src/core/url-key';
import { kramdownToHtml } from '../../kramdown/kramdown';
import { ALL_FILES } from './fixtures';

const RUBY_TIMEOUT = 60_000;

function decode(href: string): string {
  return href.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_entity, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_entity, code: string) => String.fromCodePoint(parseInt(code, 16)));
}

/** Distinct page keys of kramdown's `<a href>`s, in order of first appearance. */
function kramdownKeys(markdown: string): string[] {
  const html = kramdownToHtml(splitFrontMatter(markdown).body);
  const hrefs = [...html.matchAll(/<a [^>]*?href="([^"]*)"/g)].map((match) => decode(match[1] ?? ''));
  return [...new Set(hrefs.filter((href) => !href.startsWith('#')).map(normalizeUrl))];
}

describe.each(ALL_FILES)('$name', ({ name, text }) => {
  test('the indexed links are exactly the links kramdown makes', () => {
    const imported = parseIssueFile(name, text);
    if (imported.kind !== 'issue') throw new Error(imported.code);
    expect(imported.links.map((link) => link.urlKey)).toEqual(kramdownKeys(text));
  }, RUBY_TIMEOUT);
});
