// Which waiting picks are checked for the inbox's bulk actions. Kept by id, not by row: the list is
// windowed (a checked pick scrolled away stays checked) and re-orders as picks arrive.
import { useCallback, useRef, useState } from 'preact/hooks';
import { reportActionFailure } from '../action-failure';

export interface InboxSelection {
  selected: ReadonlySet<string>;
  /**
   * A checkbox was clicked: toggles that pick; with `range`, every pick from the last one clicked takes
   * the same state (Shift+click).
   */
  toggle: (pickId: string, index: number, range: boolean) => void;
  /** Forgets these picks (acted upon, or gone); all of them without an argument. */
  clear: (pickIds?: readonly string[]) => void;
}

/** `idsBetween(from, to)`: the ids of the picks shown at those indexes, both included (read from the list). */
export function useInboxSelection(idsBetween: (from: number, to: number) => Promise<string[]>): InboxSelection {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const anchor = useRef<number | null>(null);
  const latest = useRef(idsBetween);
  latest.current = idsBetween;

  const toggle = useCallback((pickId: string, index: number, range: boolean): void => {
    const from = anchor.current;
    anchor.current = index;
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(pickId)) next.delete(pickId);
      else next.add(pickId);
      return next;
    });
    if (!range || from === null || from === index) return;
    // The range takes the clicked pick's new state; its ids are read for the rows between (not all on screen).
    latest.current(Math.min(from, index), Math.max(from, index)).then((ids) => {
      setSelected((current) => {
        const next = new Set(current);
        const on = current.has(pickId);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      });
    }, reportActionFailure);
  }, []);

  const clear = useCallback((pickIds?: readonly string[]): void => {
    if (!pickIds) anchor.current = null;
    setSelected((current) => {
      if (current.size === 0) return current;
      if (!pickIds) return new Set();
      const next = new Set(current);
      for (const id of pickIds) next.delete(id);
      return next.size === current.size ? current : next;
    });
  }, []);

  return { selected, toggle, clear };
}
