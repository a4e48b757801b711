// The domain model of Gleaner. Pure types: no browser, Dexie or Preact imports.

/** How a pick renders in an issue. */
export type PickKind = 'link' | 'featured' | 'sponsor';
export const PICK_KINDS: readonly PickKind[] = ['link', 'featured', 'sponsor'];

/** A page the curator saved, with their blurb. The popup and the options page edit the same record. */
export interface Pick {
  id: string;
  /** The URL as the curator wants it published (editable in the popup). */
  url: string;
  /** Identity of the page: `normalizeUrl(url)`. Two picks never share one. */
  urlKey: string;
  title: string;
  /** The curator's Markdown. Its first `[phrase]` carries the link; without one the title does. */
  blurb: string;
  emoji: string;
  kind: PickKind;
  tags: string[];
  /** og:image, or the banner / illustration of a sponsor or featured article. */
  image: string | null;
  /** Page metadata read on request; informative, never exported unless a template uses it. */
  description: string;
  siteName: string;
  /** Text the curator had selected when capturing. */
  quote: string;
  /** The issue this pick belongs to; '' while it waits in the inbox (an indexable key, unlike null). */
  issueId: string;
  createdAt: number;
  updatedAt: number;
  /**
   * Blurbs that lost a sync conflict (the same blurb edited on two devices between syncs), newest first:
   * the later edit wins, the other text is kept here so it can be shown and restored (docs/sync.md).
   */
  history?: PickHistoryEntry[];
}

/** A blurb that another device's later edit replaced. */
export interface PickHistoryEntry {
  blurb: string;
  /** When that blurb was last edited (its pick's `updatedAt` on the device that wrote it). */
  editedAt: number;
}

/** A front matter value: what the form can produce and YAML can round-trip. */
export type FrontMatterValue = string | number | boolean | null | string[];
/** Front matter keeps the curator's key order (insertion order). */
export type FrontMatter = Record<string, FrontMatterValue>;

export type IssueStatus = 'draft' | 'published';

export interface Issue {
  id: string;
  status: IssueStatus;
  /** Publication date, `YYYY-MM-DD`: the file name's prefix and the default title's date. */
  date: string;
  /** Language of the issue (BCP 47, e.g. `fr`), used to write the date in the default title. */
  language: string;
  frontMatter: FrontMatter;
  createdAt: number;
  updatedAt: number;
  publishedAt: number | null;
  /** The Jekyll file name (`2025-11-12-newsletter.md`) the issue was imported from or published as. */
  fileName?: string;
  /** How an imported file was laid out, so that exporting it unedited gives the file back byte for byte. */
  source?: IssueSource;
  /** The commit that published it to the blog's repository (Publish to repository), if that is how. */
  publishedCommit?: string;
  /** Where in the repository, e.g. `_posts/2025-11-12-slug.md`. */
  publishedPath?: string;
  /**
   * `normalizeUrl` of every page the issue links to (imported issues: every link of the file, see
   * core/import/links), without repeats: the popup looks pages up by it (a multi-entry index).
   */
  linkKeys?: string[];
}

/** What of an imported file's layout the blocks alone cannot say (see core/import). */
export interface IssueSource {
  /** The front matter as written, `---` lines included, or null when the file had none. */
  frontMatterText: string | null;
  /** What that text reads as: while the issue's `frontMatter` equals it, the text is exported as it was. */
  frontMatter: FrontMatter;
  /** What follows the last block: '\n' usually, '' when the file has no final newline. */
  end: string;
}

interface BlockBase {
  id: string;
  issueId: string;
  /**
   * Fractional order key: blocks sort by it as strings (then by id, should two devices have chosen the
   * same key before they synced); moving one block rewrites only its key.
   */
  order: string;
  /** Last edit of the block (milliseconds); blocks written before sync existed may lack it. */
  updatedAt?: number;
  /**
   * The exact blank lines and spaces before this block in an imported file (after the front matter for
   * the first block). Without it, blocks are separated by one blank line.
   */
  gap?: string;
}
export interface TextBlock extends BlockBase {
  type: 'text';
  markdown: string;
}
export interface HeadingBlock extends BlockBase {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  text: string;
}
export interface PickBlock extends BlockBase {
  type: 'pick';
  pickId: string;
}
export type Block = TextBlock | HeadingBlock | PickBlock;
export type BlockType = Block['type'];

/** A Markdown template per rendered kind. Placeholders are documented in core/templates. */
export type Templates = Record<PickKind | 'heading', string>;

export interface Settings {
  templates: Templates;
  /** Front matter of a new issue; `title` is a pattern (see core/issue-title). */
  frontMatterDefaults: FrontMatter;
  /** Default language of new issues. */
  language: string;
}
