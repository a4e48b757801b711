import { describe, expect, test } from 'vitest';
import { linkBlurb } from '../../src/core/blurb';

const URL = 'https://example.com/a_(b)';
const DEST = 'https://example.com/a_%28b%29';

describe('linkBlurb', () => {
  test('links the first bracketed phrase and leaves the rest untouched', () => {
    expect(linkBlurb('Read [this _great_ post] and [that].', URL)).toEqual({
      markdown: `Read [this _great_ post](${DEST}) and [that].`,
      linked: true,
    });
  });
  test('reports no phrase so that the title carries the link', () => {
    expect(linkBlurb('No phrase, *emphasis* kept.', URL)).toEqual({ markdown: 'No phrase, *emphasis* kept.', linked: false });
  });
  test('skips links, images, reference links and footnotes the curator wrote', () => {
    const blurb = 'See [docs](https://d.org/(x)) ![logo](l.png) [ref][1] [^note] then [phrase].';
    expect(linkBlurb(blurb, URL).markdown).toBe(`See [docs](https://d.org/(x)) ![logo](l.png) [ref][1] [^note] then [phrase](${DEST}).`);
  });
  test('skips escaped brackets and brackets in code spans', () => {
    expect(linkBlurb('\\[not] `[code]` ``a ` [b]`` [yes]', URL).markdown).toBe(`\\[not] \`[code]\` \`\`a \` [b]\`\` [yes](${DEST})`);
  });
  test('skips a link reference definition', () => {
    expect(linkBlurb('[1]: https://x.org\n\n[phrase]', URL).markdown).toBe(`[1]: https://x.org\n\n[phrase](${DEST})`);
  });
  test('keeps nested brackets inside the phrase', () => {
    expect(linkBlurb('[a [b] c] d', URL).markdown).toBe(`[a [b] c](${DEST}) d`);
  });
  test('ignores an empty pair of brackets and an unclosed one', () => {
    expect(linkBlurb('[] then [ok]', URL).markdown).toBe(`[] then [ok](${DEST})`);
    expect(linkBlurb('[never closed', URL)).toEqual({ markdown: '[never closed', linked: false });
  });
  test('drops the brackets without linking when the URL is not http(s)', () => {
    expect(linkBlurb('Try [this] now', 'javascript:alert(1)')).toEqual({ markdown: 'Try this now', linked: true });
  });
});
