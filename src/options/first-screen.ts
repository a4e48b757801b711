// The options page's first screen: the draft's blocks and the inbox's first picks (docs/performance.md).
// What the curator does not look at first (the export render with its YAML library, the preview with its
// Markdown parser and sanitiser, the badge's live query) waits for it, so that it never delays it.
export type FirstScreenPart = 'blocks' | 'inbox';

/** Opened on another tab, or with a list that never shows: what waits goes ahead after this long. */
const LONGEST_WAIT_MS = 2_000;

const shown = new Set<FirstScreenPart>();
let release: () => void = () => undefined;

let released = false;

/** Resolves once both lists have shown their first items (or after LONGEST_WAIT_MS). */
export const firstScreenShown: Promise<void> = new Promise<void>((resolve) => {
  release = resolve;
  setTimeout(resolve, LONGEST_WAIT_MS);
}).then(() => {
  released = true;
});

/**
 * True once both lists have shown their first items, or once the wait for them is over (the page opened
 * on another tab): from then on the reads made as the page started are too old to hand over.
 */
export function isFirstScreenShown(): boolean {
  return released || shown.size === 2;
}

/** Called by each list once its first items (or its empty state) are rendered. */
export function reportShown(part: FirstScreenPart): void {
  shown.add(part);
  if (shown.size === 2) release();
}
