// Every default template renders an empty blurb cleanly (issue 10: `**[Title](url) :**` had a dangling colon).
import { expect, test } from 'vitest';
import { buildPick } from '../../src/core/capture';
import { pickFields } from '../../src/core/render-issue';
import { DEFAULT_TEMPLATES, renderTemplate } from '../../src/core/templates';
import { PICK_KINDS, type Pick, type PickKind } from '../../src/core/types';

function render(kind: PickKind, changes: Partial<Pick> = {}): string {
  const pick = { ...buildPick({ url: 'https://example.com/a', title: 'A title', kind }, 'p1', 1), ...changes };
  return renderTemplate(DEFAULT_TEMPLATES[kind], pickFields(pick));
}

test('a link without a blurb is its linked title', () => {
  expect(render('link')).toBe('[A title](https://example.com/a)');
  expect(render('link', { emoji: '🚀' })).toBe('🚀 [A title](https://example.com/a)');
});

test('a link with a blurb keeps the reference shape', () => {
  expect(render('link', { blurb: 'Worth [a read].' })).toBe('**A title :** Worth [a read](https://example.com/a).');
  expect(render('link', { blurb: 'Worth it.', emoji: '🚀' })).toBe('🚀 **[A title](https://example.com/a) :** Worth it.');
});

test.each(PICK_KINDS)('a %s without a blurb has no dangling colon, trailing space or doubled blank line', (kind) => {
  for (const image of [null, 'https://example.com/i.png']) {
    const markdown = render(kind, { image });
    expect(markdown).not.toMatch(/ :\*\*| :$|[ \t]$|\n{3,}/m);
  }
});
