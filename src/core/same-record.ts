// Value equality for the flat records the database returns (picks, blocks): liveQuery hands over fresh
// objects after every write, and a list item should re-render only when its record really changed.

type Flat = Readonly<Record<string, unknown>>;

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => Object.is(item, b[i]));
  return false;
}

/** True when both are absent, or have the same keys with the same values (arrays compared item by item). */
export function sameRecord<T extends object>(a: T | undefined, b: T | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  const left = a as Flat;
  const right = b as Flat;
  const keys = Object.keys(left);
  return keys.length === Object.keys(right).length && keys.every((key) => key in right && sameValue(left[key], right[key]));
}
