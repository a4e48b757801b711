// Rendering is linear in the template's size (issue 8: a 5 MB template with unclosed sections hung the
// command line for over a minute). These are time boxes with a wide margin, not benchmarks: the quadratic
// renderer needs minutes on each of them.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_LISTED_PROBLEMS, renderTemplate, templateProblems, TEMPLATE_FIELDS } from '../../src/core/templates';
import { referenceRenderTemplate } from './template-reference';

const FIELDS = { title: 'T', blurb: 'B', emoji: '', image: '' };
const TIME_BOX = 20_000;

describe('huge templates render in a time box', () => {
  test('5 MB with 100,000 unclosed sections on one line', () => {
    const template = `${'{{#title}}x {{emoji}} '.repeat(100_000)}${'y'.repeat(5_000_000 - 2_200_000)}`;
    expect(template.length).toBeGreaterThanOrEqual(5_000_000);
    const out = renderTemplate(template, FIELDS);
    expect(out.startsWith('x x ')).toBe(true);
    expect(out.endsWith('y')).toBe(true);
  }, TIME_BOX);

  test('100,000 hidden sections closed by names that are not open', () => {
    const template = `{{^blurb}}${'{{^title}}a'.repeat(100_000)}${'{{/emoji}}'.repeat(100_000)}{{/blurb}}end`;
    expect(renderTemplate(template, FIELDS)).toBe('end');
  }, TIME_BOX);

  test('100,000 empty fields before one value, and a run of spaces after an unclosed tag', () => {
    expect(renderTemplate(`${'{{emoji}} '.repeat(100_000)}{{title}}`, FIELDS)).toBe('T');
    expect(renderTemplate(`A {{${' '.repeat(1_000_000)}`, FIELDS)).toBe(`A {{${' '.repeat(1_000_000)}`);
    expect(renderTemplate(`a${' '.repeat(1_000_000)}b {{emoji}}`, FIELDS)).toBe(`a${' '.repeat(1_000_000)}b`);
  }, TIME_BOX);

  test('100,000 lines emptied by their fields after a long line', () => {
    const template = `${'z'.repeat(1_000_000)}\n${'\n{{image}}'.repeat(100_000)}`;
    expect(renderTemplate(template, FIELDS)).toBe('z'.repeat(1_000_000));
  }, TIME_BOX);

  test('problems of 100,000 unclosed sections are all counted, the first listed', () => {
    const problems = templateProblems('{{#title}}'.repeat(100_000), TEMPLATE_FIELDS.link);
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems[0]).toBe('the template is 1,000,000 characters long; the limit is 100,000');
    expect(problems[1]).toBe('line 1: section "title" is not closed');
    expect(problems.at(-1)).toBe('and 99,981 more problems');
  }, TIME_BOX);
});

test('renders exactly as the previous renderer on ordinary templates', () => {
  const piece = fc.oneof(
    fc.constantFrom('{{title}}', '{{emoji}}', '{{image}}', '{{blurb}}', '{{#image}}', '{{^image}}', '{{/image}}',
      '{{#title}}', '{{/title}}', '{{^emoji}}', '{{/emoji}}', '{{ # title }}', '{{nope}}', '{{constructor}}'),
    fc.constantFrom(' ', '  ', '\t', '\n', '\n\n', '\r\n', 'x', '**', ' : ', '{{', '}}'),
    fc.string({ maxLength: 4 }),
  );
  const fields = fc.record({ title: fc.constantFrom('', 'T', ' t '), emoji: fc.constantFrom('', '🚀'), image: fc.constantFrom('', 'i.png'), blurb: fc.constantFrom('', 'B  ') });
  fc.assert(fc.property(fc.array(piece, { maxLength: 24 }), fields, (pieces, values) => {
    const template = pieces.join('');
    // The previous renderer read `{{constructor}}` from Object.prototype; that was a bug, not a behaviour.
    fc.pre(!template.includes('constructor'));
    expect(renderTemplate(template, values)).toBe(referenceRenderTemplate(template, values));
  }), { numRuns: 2000 });
});

test('a field named like an Object method is an ordinary missing field', () => {
  expect(renderTemplate('[{{constructor}}]{{#toString}}x{{/toString}}', {})).toBe('[]');
});
