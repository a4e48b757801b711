// What tag suggestions need besides the box itself, loaded on the tags box's first focus (TagsField): the
// curator's recent tags and the matching rules. Keeping it out of the first load holds the popup's budget.
import { acceptTag, suggestTags } from '../core/tag-suggestions';
import { lookUpRecentTags } from '../db/tag-lookup';

export interface TagHelper {
  /** The known tags matching what is being typed in `text`. */
  suggest(text: string): string[];
  /** `text` with the tag being typed replaced by `tag`. */
  accept(text: string, tag: string): string;
}

export async function loadTagHelper(): Promise<TagHelper> {
  const known = await lookUpRecentTags().catch(() => []);
  return { suggest: (text) => suggestTags(known, text), accept: acceptTag };
}
