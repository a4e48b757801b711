import { expect, test } from 'vitest';
import { splitAtLines } from '../../src/options/preview/raw-lines';

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
