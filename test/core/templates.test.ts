import { describe, expect, test } from 'vitest';
import { DEFAULT_TEMPLATES, MAX_LISTED_PROBLEMS, TEMPLATE_FIELDS, renderTemplate, templateProblems } from '../../src/core/templates';

describe('renderTemplate', () => {
  test('substitutes fields', () => {
    expect(renderTemplate('{{emoji}} **{{title}} :** {{blurb}}', { emoji: '😱', title: 'T', blurb: 'B' })).toBe('😱 **T :** B');
  });
  test('an empty field at the start takes the space after it', () => {
    expect(renderTemplate('{{emoji}} **{{title}}**', { emoji: '', title: 'T' })).toBe('**T**');
  });
  test('an empty field at the end takes the spaces before it', () => {
    expect(renderTemplate('**{{title}} :**  {{blurb}}', { title: 'T', blurb: '' })).toBe('**T :**');
  });
  test('an empty field in the middle leaves one space', () => {
    expect(renderTemplate('a {{x}} b', { x: '' })).toBe('a b');
  });
  test("never trims a field's own spaces", () => {
    expect(renderTemplate('{{emoji}} **{{title}}**', { emoji: '🚀 ', title: 'T' })).toBe('🚀  **T**');
    expect(renderTemplate('{{blurb}} {{x}}', { blurb: 'end  ', x: '' })).toBe('end  ');
  });
  test('a line emptied by its fields goes, with the blank lines before it', () => {
    expect(renderTemplate('A\n\n{{image}}\n\nB', { image: '' })).toBe('A\n\nB');
    expect(renderTemplate('A\n\n{{blurb}}', { blurb: '' })).toBe('A');
    expect(renderTemplate('{{image}}\n\nB', { image: '' })).toBe('B');
  });
  test('keeps blank lines that the template itself holds', () => {
    expect(renderTemplate('A\n\n\nB', {})).toBe('A\n\n\nB');
  });
  test('sections show or hide their content', () => {
    const template = '{{#image}}![]({{image}}){{/image}}{{^image}}no image{{/image}}';
    expect(renderTemplate(template, { image: 'i.png' })).toBe('![](i.png)');
    expect(renderTemplate(template, { image: '' })).toBe('no image');
  });
  test('nested sections need both fields', () => {
    const template = '{{#a}}A{{#b}}B{{/b}}{{/a}}.';
    expect(renderTemplate(template, { a: '1', b: '' })).toBe('A.');
    expect(renderTemplate(template, { a: '', b: '1' })).toBe('.');
  });
  test('does not re-read values as templates', () => {
    expect(renderTemplate('{{title}}', { title: '{{blurb}}', blurb: 'x' })).toBe('{{blurb}}');
  });
  test('missing fields are empty', () => {
    expect(renderTemplate('[{{nope}}]', {})).toBe('[]');
  });
  test('the default featured template without an image leaves no empty image nor doubled blank line', () => {
    const out = renderTemplate(DEFAULT_TEMPLATES.featured, { titleText: 'T', image: '', blurb: 'B', url: 'u' });
    expect(out).toBe('## T\n\nB\n\n[Accéder au lien ->](u)');
  });
  test('the default sponsor template falls back to the title without a banner', () => {
    expect(renderTemplate(DEFAULT_TEMPLATES.sponsor, { title: '[S](u)', image: '', url: 'u', blurb: '' })).toBe('**[S](u)**');
  });
});

describe('templateProblems', () => {
  test('finds nothing wrong in the defaults', () => {
    for (const kind of ['link', 'featured', 'sponsor', 'heading'] as const) {
      expect(templateProblems(DEFAULT_TEMPLATES[kind], TEMPLATE_FIELDS[kind])).toEqual([]);
    }
  });
  test('names unknown fields and unbalanced sections', () => {
    expect(templateProblems('{{titel}}\n{{#image}}x\n{{/url}}', TEMPLATE_FIELDS.link)).toEqual([
      'line 1: unknown field "titel"',
      'line 2: section "image" is not closed',
      'line 3: "{{/url}}" closes no open section',
    ]);
  });
  test('lists the first problems of a template full of them and counts the rest, names cut short', () => {
    const problems = templateProblems('{{#image}}'.repeat(10_000), TEMPLATE_FIELDS.link);
    expect(problems).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(problems[0]).toBe('line 1: section "image" is not closed');
    expect(problems.at(-1)).toBe(`and 9,980 more problems`);
    const [unknown] = templateProblems(`{{${'a'.repeat(50_000)}}}`, TEMPLATE_FIELDS.link);
    expect(unknown!.length).toBeLessThan(120);
    expect(unknown).toMatch(/^line 1: unknown field "a+…"$/);
  });
  test('names a template over the size limit first', () => {
    expect(templateProblems(`{{titel}}${'x'.repeat(100_000)}`, TEMPLATE_FIELDS.link)).toEqual([
      'the template is 100,009 characters long; the limit is 100,000',
      'line 1: unknown field "titel"',
    ]);
  });
});
