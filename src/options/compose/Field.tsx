// A labelled text input or textarea that writes on every keystroke and never loses one: it keeps what
// was typed locally, and takes the stored value only while it is not being edited (the stored value
// arrives through liveQuery a moment later and may lag behind the keyboard).
import type { JSX, TargetedEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface FieldProps {
  label: string;
  value: string;
  onWrite: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  type?: 'text' | 'url';
  placeholder?: string;
  /** Extra class on the wrapping label. */
  class?: string;
}

export function Field({ label, value, onWrite, multiline, rows = 3, type = 'text', placeholder, class: className }: FieldProps): JSX.Element {
  const [text, setText] = useState(value);
  const editing = useRef(false);
  const id = useId();

  useEffect(() => {
    if (!editing.current) setText(value);
  }, [value]);

  const onInput = (event: TargetedEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    const next = event.currentTarget.value;
    setText(next);
    onWrite(next);
  };
  const common = {
    id,
    value: text,
    placeholder,
    onInput,
    onFocus: () => { editing.current = true; },
    onBlur: () => { editing.current = false; },
  };
  return (
    <div class={`field ${className ?? ''}`}>
      <label for={id}>{label}</label>
      {multiline
        ? <textarea rows={rows} {...common} />
        : type === 'url' ? <input type="url" {...common} /> : <input type="text" {...common} />}
    </div>
  );
}
