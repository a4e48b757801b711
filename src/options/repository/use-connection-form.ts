// The Settings form of the repository's connection. What is stored changes under it (another tab connects,
// the worker writes beside it); what the curator typed is theirs: a field edited since the last save is
// never overwritten, and a stored connection is adopted only when it differs from the one last adopted.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_CONNECTION, type GitConnection } from '../../git/connection';

type Field = keyof GitConnection;

export function sameConnection(a: GitConnection | null, b: GitConnection | null): boolean {
  if (a === null || b === null) return a === b;
  return (Object.keys(DEFAULT_CONNECTION) as Field[]).every((field) => a[field] === b[field]);
}

/** The form once `stored` comes in: the fields the curator edited keep their text, the others take the stored value. */
export function adoptStored(form: GitConnection, edited: ReadonlySet<Field>, stored: GitConnection): GitConnection {
  const next = { ...stored };
  for (const field of edited) next[field] = form[field];
  return next;
}

export interface ConnectionForm {
  form: GitConnection;
  edit(field: Field, value: string): void;
  /** After a save or a disconnect: the form shows `connection`, and nothing is edited any more. */
  reset(connection: GitConnection): void;
}

export function useConnectionForm(stored: GitConnection | null | undefined): ConnectionForm {
  const [form, setForm] = useState<GitConnection>(DEFAULT_CONNECTION);
  const adopted = useRef<GitConnection | null>(null);
  const edited = useRef(new Set<Field>());

  useEffect(() => {
    // Loading (undefined) or disconnected elsewhere (null): the form keeps what it shows.
    if (!stored || sameConnection(stored, adopted.current)) return;
    adopted.current = stored;
    setForm((current) => adoptStored(current, edited.current, stored));
  }, [stored]);

  return {
    form,
    edit: (field, value) => {
      edited.current.add(field);
      setForm((current) => ({ ...current, [field]: value }));
    },
    reset: (connection) => {
      edited.current.clear();
      adopted.current = connection;
      setForm(connection);
    },
  };
}
