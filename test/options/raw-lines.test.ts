import { expect, test } from 'vitest';
import { rawPieces, splitAtLines } from '../../src/options/preview/raw-lines';

const FILE = '---\ntitle: x\n---\n\none\ntwo\n\n## three\n';

test('cuts the file around the lines of a block, the block without its last line break', () => {
  expect(splitAtLines(FILE, { start: 4, end: 6 })).toEqual(['---\ntitle: x\n---\n\n', 'one\ntwo', '\n\n## three\n']);
  expect(splitAtLines(FILE, { start: 7, end: 8 })).toEqual(['---\ntitle: x\n---\n\none\ntwo\n\n', '## three', '\n']);
});

test('the three parts always make the file again, even for lines past its end', () => {
  for (const range of [{ start: 0, end: 1 }, { start: 8, end: 9 }, { start: 20, end: 30 }, { start: 3, end: 3 }]) {
    expect(splitAtLines(FILE, range).join('')).toBe(FILE);
  }
  expect(splitAtLines('last line without a break', { start: 0, end: 1 })).toEqual(['', 'last line without a break', '']);
});

test('the Markdown tab\'s pieces start at paragraphs and make the file again', () => {
  const pieces = rawPieces(FILE, null);
  expect(pieces.map(({ line, text }) => [line, text])).toEqual([[0, '---\ntitle: x\n---\n\n'], [4, 'one\ntwo\n\n'], [7, '## three\n']]);
  expect(pieces.every(({ marked }) => marked === 0)).toBe(true);
});

test('the lines being edited start a piece of their own, marked, never cut', () => {
  const file = 'a\n\nb1\n\nb2\nb3\n\nc\n';
  const pieces = rawPieces(file, { start: 2, end: 6 });
  expect(pieces.map(({ text }) => text).join('')).toBe(file);
  const marked = pieces.filter((piece) => piece.marked > 0);
  expect(marked).toHaveLength(1);
  expect(marked[0]!.text.slice(0, marked[0]!.marked)).toBe(splitAtLines(file, { start: 2, end: 6 })[1]);
  expect(marked[0]!.line).toBe(2);
  // The mark inside a paragraph: the piece is cut where the mark starts.
  const inside = rawPieces('one\ntwo\nthree\n', { start: 1, end: 2 });
  expect(inside.map(({ text, marked }) => [text, marked])).toEqual([['one\n', 0], ['two\nthree\n', 3]]);
});

test('a long paragraph is cut every 40 lines; a range past the end marks nothing', () => {
  const long = 'x\n'.repeat(100);
  const pieces = rawPieces(long, { start: 500, end: 501 });
  expect(pieces.map(({ line }) => line)).toEqual([0, 40, 80]);
  expect(pieces.map(({ text }) => text).join('')).toBe(long);
  expect(pieces.some(({ marked }) => marked > 0)).toBe(false);
  expect(rawPieces('', null)).toEqual([{ line: 0, text: '', marked: 0 }]);
});
