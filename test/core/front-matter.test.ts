import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { FrontMatterError, renderFrontMatter } from '../../src/core/front-matter';

describe('renderFrontMatter', () => {
  test('writes the reference front matter exactly: plain title, flow list of tags', () => {
    expect(renderFrontMatter({
      layout: 'post', title: 'Newsletter du 12 Novembre 2025', tags: ['devops', 'Restic', 'Nexterm', 'Talos', 'Linux'],
      comments: true, mathjax: true, author: 'RudeOps',
    })).toBe('---\nlayout: post\ntitle: Newsletter du 12 Novembre 2025\ntags: [devops, Restic, Nexterm, Talos, Linux]\ncomments: true\nmathjax: true\nauthor: RudeOps\n---\n');
  });
  test('keeps the given key order', () => {
    expect(renderFrontMatter({ z: 1, a: 2, m: 3 })).toBe('---\nz: 1\na: 2\nm: 3\n---\n');
  });
  test('quotes strings that YAML 1.1 (Jekyll) would read as something else', () => {
    const out = renderFrontMatter({ a: 'yes', b: 'off', c: '~', d: '2025-11-12', e: '12', f: 'null', g: 'y' });
    expect(out).toBe('---\na: "yes"\nb: "off"\nc: "~"\nd: "2025-11-12"\ne: "12"\nf: "null"\ng: "y"\n---\n');
  });
  test('quotes a colon-space, a space-hash and leading indicators', () => {
    const fm = { title: 'Kubernetes: the #1 tool #k8s', author: '- me', tags: ['[x]', 'a, b', '@at'] };
    const out = renderFrontMatter(fm);
    expect(parse(out.slice(4, -4))).toEqual(fm);
    expect(out).toContain('tags: ["[x]", "a, b", "@at"]');
  });
  test('writes empty lists, empty strings, null and numbers', () => {
    expect(renderFrontMatter({ tags: [], author: '', x: null, count: 1.5 })).toBe('---\ntags: []\nauthor: ""\nx: null\ncount: 1.5\n---\n');
  });
  test('does not fold long values', () => {
    const long = 'word '.repeat(60).trim();
    expect(renderFrontMatter({ title: long })).toBe(`---\ntitle: ${long}\n---\n`);
  });
  test('writes an empty front matter as an empty block', () => {
    expect(renderFrontMatter({})).toBe('---\n---\n');
  });
  test('keeps a __proto__ key as an ordinary key', () => {
    const fm = JSON.parse('{"__proto__": "x", "a": 1}') as Record<string, string | number>;
    expect(renderFrontMatter(fm)).toBe('---\n__proto__: x\na: 1\n---\n');
  });
  test('quotes keys that YAML 1.1 would read as booleans', () => {
    expect(renderFrontMatter({ n: 1, on: 2 })).toBe('---\n"n": 1\n"on": 2\n---\n');
  });
  test('refuses, naming the key, a number Jekyll would read as a string', () => {
    expect(() => renderFrontMatter({ title: 'ok', big: 1e21 })).toThrow(FrontMatterError);
    expect(() => renderFrontMatter({ title: 'ok', big: 1e21 })).toThrow(/"big".*1e\+21/);
  });
  test('refuses, naming the key and the character, a line separator Jekyll would read as a break', () => {
    expect(() => renderFrontMatter({ title: 'a\u2028b' })).toThrow(/"title".*U\+2028/);
    expect(() => renderFrontMatter({ tags: ['ok', 'x\u0085'] })).toThrow(/"tags".*U\+0085/);
    expect(() => renderFrontMatter({ 'k\uD800': 'v' })).toThrow(/U\+D800/);
  });
  test('quotes what Psych alone would not read as a string: symbols, numbers with commas', () => {
    expect(renderFrontMatter({ a: ':sym', b: '1,000', c: '.' })).toBe('---\na: ":sym"\nb: "1,000"\nc: "."\n---\n');
  });
  test('writes a multi-line value on one line, escaped', () => {
    expect(renderFrontMatter({ a: 'one\n\ttwo', tags: [':\n!'] })).toBe('---\na: "one\\n\\ttwo"\ntags: [":\\n!"]\n---\n');
  });
  test('refuses the YAML merge key', () => {
    expect(() => renderFrontMatter({ '<<': 'x' })).toThrow(/"<<".*merge/);
  });
  test('accepts emoji made of surrogate pairs and ZWJ sequences', () => {
    expect(renderFrontMatter({ title: '👩‍💻 🏳️‍🌈' })).toBe('---\ntitle: 👩‍💻 🏳️‍🌈\n---\n');
  });
});

describe('a date Jekyll would move or could not read is refused', () => {
  test.each(['2024-02-30', 'not a date', '2025-11-12 25:00', ''])('date: %j', (date) => {
    expect(() => renderFrontMatter({ title: 'T', date })).toThrow(FrontMatterError);
    expect(() => renderFrontMatter({ title: 'T', date })).toThrow(/Front matter key "date" is not a date Jekyll reads as written/);
  });
  test('a real day, with or without a time, is written as given', () => {
    expect(renderFrontMatter({ date: '2024-02-29 10:00:00 +0100' })).toBe('---\ndate: 2024-02-29 10:00:00 +0100\n---\n');
  });
});
