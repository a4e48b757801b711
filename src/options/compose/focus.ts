// Focus that follows the curator's action to where its result appears. The list re-renders only when
// liveQuery brings the write back, a moment after the click, and a windowed list may not have the item
// on screen at all yet: a request waits until its element exists.
//
// Requests name the item by its id and never build a selector from it: ids are data (a block id from a
// restored backup may contain `"]`), and a selector written around one breaks or matches the wrong item.

/** The data attribute (as a `dataset` name) that carries an item's id, and the id. */
export interface ItemRef {
  key: 'blockId' | 'pickId' | 'extraKey';
  id: string;
}

export interface FocusRequest {
  /** The list item the control belongs to; none: a control of the page. */
  item?: ItemRef;
  /**
   * The order key the item must show (`data-order`) before its control is focused: a moved block is still
   * rendered at its old place, with the button that moved it enabled, until the move's data arrives;
   * focused there, the button is disabled a moment later at the list's end, and focus is lost.
   */
  order?: string;
  /** Selectors of our own (no data in them), tried in order: the first enabled match gets focus. */
  controls: readonly string[];
}

let pending: FocusRequest | null = null;
const listeners = new Set<() => void>();

/**
 * Calls `listener` on every new request: a windowed list brings the item on screen even when the data
 * that holds it arrived before the request (a write's liveQuery can render before its promise resolves).
 */
export function onFocusRequest(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function request(next: FocusRequest): void {
  pending = next;
  for (const listener of listeners) listener();
}

const attributeOf = (key: ItemRef['key']): string => `data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;

/** The element carrying `item`'s id, among those rendered (a windowed list renders a screenful). */
export function findItem(item: ItemRef, root: ParentNode = document): HTMLElement | null {
  for (const element of root.querySelectorAll<HTMLElement>(`[${attributeOf(item.key)}]`)) {
    if (element.dataset[item.key] === item.id) return element;
  }
  return null;
}

/** Asks for focus once the element exists: checked after each render that brought new data. */
export function focusWhenRendered(next: FocusRequest): void {
  request(next);
}

/**
 * For an element that did not exist before the write (a new block): it may already be on screen when
 * the write's promise resolves, so look now as well as after the next render.
 */
export function focusNewElement(next: FocusRequest): void {
  request(next);
  flushFocus();
}

/** The item (of the kind `key` names) a pending request waits for, so that a windowed list can bring it on screen. */
export function pendingItem(key: ItemRef['key']): string | null {
  return pending?.item?.key === key ? pending.item.id : null;
}

/**
 * Called after each render that brought new data: the old node may still match before that, and
 * focusing it would be lost when the list re-orders.
 */
export function flushFocus(): void {
  if (!pending) return;
  const scope = pending.item ? findItem(pending.item) : document;
  if (!scope) return;
  if (pending.order !== undefined && scope instanceof HTMLElement && scope.dataset.order !== pending.order) return;
  for (const selector of pending.controls) {
    const element = scope.querySelector<HTMLElement>(selector);
    if (element && !element.matches(':disabled')) {
      element.focus();
      pending = null;
      return;
    }
  }
}
