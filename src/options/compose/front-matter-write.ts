// A front matter field's save as the curator types: written only over the value it replaces, since another
// tab may be editing the same draft (issue 8, db/issues patchFrontMatterValue). The field works in text,
// the front matter holds values: both sides are compared as values, each read back through the field's own
// text form, so "a,b" typed and ["a", "b"] stored are the same tags, and a missing key is an empty field.
import type { FrontMatterValue } from '../../core/types';
import { patchFrontMatterValue } from '../../db/issues';
import { sameValue } from '../../db/pick-patch';
import type { SaveAnswer } from '../../ui/use-saved-text';

export type FrontMatterSave = (text: string, base: string) => Promise<SaveAnswer>;

export function frontMatterSave(
  issueId: string,
  key: () => string,
  toValue: (text: string) => FrontMatterValue,
  toText: (value: FrontMatterValue | undefined) => string,
): FrontMatterSave {
  return async (text, base) => {
    const baseValue = toValue(base);
    const result = await patchFrontMatterValue(issueId, key(), toValue(text), (stored) => sameValue(toValue(toText(stored)), baseValue));
    return result && 'stale' in result ? { stale: toText(result.stale) } : undefined;
  };
}
