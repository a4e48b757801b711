// The popup form's link to its PickWriter: writes, their outcome, changes pushed from elsewhere, and the
// fields found edited elsewhere while typed in here (each offered back with "Use mine").
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { PickChanges } from '../core/capture';
import type { Pick } from '../core/types';
import type { PickField, WriteOutcome } from '../platform/pick-write-port';
import type { PickSender } from './pick-sender';
import { PickWriter } from './pick-writer';

export interface Conflict {
  field: PickField;
  /** What the curator had typed here, not stored. */
  mine: Pick[PickField];
}

export interface PickWriterState {
  writer: PickWriter;
  outcome: WriteOutcome | null;
  conflicts: readonly Conflict[];
  /** Writes the curator's text back over the other page's. */
  keepMine(conflict: Conflict): void;
}

export interface FormHooks {
  /** Shows stored values in the form. */
  apply(changes: PickChanges): void;
  isEditing(field: PickField): boolean;
}

export function usePickWriter(pick: Pick, sender: PickSender, form: FormHooks): PickWriterState {
  const [outcome, setOutcome] = useState<WriteOutcome | null>(null);
  const [conflicts, setConflicts] = useState<readonly Conflict[]>([]);
  // The form's callbacks change every render; the writer lives as long as the pick.
  const latest = useRef(form);
  latest.current = form;
  const writer = useMemo(() => new PickWriter(pick, sender.send, {
    onOutcome: setOutcome,
    onAdopt: (changes) => latest.current.apply(changes),
    onConflict: (field, mine) => setConflicts((shown) => [...shown.filter((each) => each.field !== field), { field, mine }]),
    isEditing: (field) => latest.current.isEditing(field),
  }), [pick, sender]);
  useEffect(() => sender.onPick((stored) => writer.received(stored)), [sender, writer]);

  return {
    writer,
    outcome,
    conflicts,
    keepMine: (conflict) => {
      setConflicts((shown) => shown.filter((each) => each !== conflict));
      latest.current.apply({ [conflict.field]: conflict.mine });
      writer.write(conflict.field, conflict.mine);
    },
  };
}
