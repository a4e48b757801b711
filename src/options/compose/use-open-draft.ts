// Which draft Compose shows. The list of drafts changes underneath the curator (a co-curator's draft
// arriving by sync, a draft made in another tab), and the open draft must not change with it: "the first
// of the list" is only where Compose starts, and the draft shown is then held as the curator's choice.
import { useEffect, useRef } from 'preact/hooks';
import type { Issue } from '../../core/types';

/**
 * The draft to show: the one chosen (`selectedId`) once it is in the list; meanwhile (a new draft not
 * listed yet) the one shown before; else the first. Whatever is shown without having been chosen (no
 * choice yet, or the chosen draft was deleted or published elsewhere) becomes the choice, so that a newer
 * draft arriving later does not take its place.
 */
export function useOpenDraft(drafts: readonly Issue[] | undefined, selectedId: string | null, select: (issueId: string) => void): Issue | undefined {
  const lastShown = useRef<string | null>(null);
  // The chosen draft as last seen in the list: once seen, its absence means it is gone, not yet to come.
  const seenChosen = useRef<string | null>(null);
  const chosen = drafts?.find((draft) => draft.id === selectedId);
  if (chosen) seenChosen.current = chosen.id;
  const current = chosen ?? drafts?.find((draft) => draft.id === lastShown.current) ?? drafts?.[0];
  lastShown.current = current?.id ?? null;
  const unchosen = drafts !== undefined && !chosen && (selectedId === null || seenChosen.current === selectedId);
  const currentId = current?.id;
  useEffect(() => {
    if (unchosen && currentId !== undefined) select(currentId);
  }, [unchosen, currentId, select]);
  return current;
}
