// Checks on parsed JSON that must run before any recursive code sees it (zod, structured clone, a
// renderer): nesting depth and `__proto__` keys. Iterative, with an explicit stack, so that a file nested
// a million levels deep is answered, not a stack overflow. (JSON.parse itself is not recursive in V8.)
import { MAX_JSON_DEPTH } from './limits';

export interface ShapeProblem {
  kind: 'too-deep' | 'proto-key';
  path: PropertyKey[];
  message: string;
}

interface Frame {
  value: unknown;
  depth: number;
  /** The path is rebuilt from parent links only when a problem is found. */
  parent: Frame | null;
  key: PropertyKey;
}

function pathOf(frame: Frame): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at: Frame | null = frame; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

/**
 * Places where `value` nests deeper than `maxDepth` objects or arrays (the first one only: the rest is not
 * read), and every `__proto__` key, which object-building code would drop without a word.
 */
export function jsonShapeProblems(value: unknown, maxDepth: number = MAX_JSON_DEPTH): ShapeProblem[] {
  const problems: ShapeProblem[] = [];
  const stack: Frame[] = [{ value, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const current = frame.value;
    if (current === null || typeof current !== 'object') continue;
    const depth = frame.depth + 1;
    if (depth > maxDepth) {
      problems.push({ kind: 'too-deep', path: pathOf(frame), message: `nested more than ${maxDepth} levels deep` });
      return problems;
    }
    // Only objects and arrays get a frame: a backup's million strings and numbers cannot nest (50,000 picks:
    // ≈ 1,000,000 values, ≈ 150,000 of them objects).
    if (Array.isArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        const item: unknown = current[index];
        if (item !== null && typeof item === 'object') stack.push({ value: item, depth, parent: frame, key: index });
      }
      continue;
    }
    if (Object.hasOwn(current, '__proto__')) {
      problems.push({ kind: 'proto-key', path: [...pathOf(frame), '__proto__'], message: 'the key "__proto__" cannot be restored: rename it' });
    }
    const keys = Object.keys(current);
    for (let index = keys.length - 1; index >= 0; index -= 1) {
      const key = keys[index]!;
      const item = (current as Record<string, unknown>)[key];
      if (item !== null && typeof item === 'object') stack.push({ value: item, depth, parent: frame, key });
    }
  }
  return problems;
}
