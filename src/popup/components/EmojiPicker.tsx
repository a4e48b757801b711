// Loaded on demand by EmojiField (dynamic import): emoji-picker-element with its data shipped inside the
// extension (no request to a CDN), in the language the popup speaks.
import { Picker } from 'emoji-picker-element';
import type { EmojiClickEvent } from 'emoji-picker-element/shared';
import frenchLabels from 'emoji-picker-element/i18n/fr';
import englishData from 'emoji-picker-element-data/en/emojibase/data.json?url';
import frenchData from 'emoji-picker-element-data/fr/emojibase/data.json?url';
import { useLayoutEffect, useRef } from 'preact/hooks';
import './emoji-picker.css';

export interface EmojiPickerProps {
  onPick(emoji: string): void;
  onClose(): void;
}

export function EmojiPicker({ onPick, onClose }: EmojiPickerProps) {
  const host = useRef<HTMLDivElement>(null);
  const callbacks = useRef({ onPick, onClose });
  callbacks.current = { onPick, onClose };

  useLayoutEffect(() => {
    const french = document.documentElement.lang.startsWith('fr');
    const picker = new Picker({
      locale: french ? 'fr' : 'en',
      dataSource: french ? frenchData : englishData,
      ...(french ? { i18n: frenchLabels } : {}),
    });
    picker.addEventListener('emoji-click', (event: EmojiClickEvent) => {
      const emoji = event.detail.unicode;
      if (emoji) callbacks.current.onPick(emoji);
    });
    host.current?.append(picker);
    // The search box, so a name can be typed at once.
    requestAnimationFrame(() => picker.shadowRoot?.querySelector<HTMLInputElement>('input')?.focus());
    return () => picker.remove();
  }, []);

  return <div ref={host} onKeyDown={(event) => event.key === 'Escape' && callbacks.current.onClose()} />;
}
