import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import type { EmojiPickerProps } from './EmojiPicker';

export interface EmojiFieldProps {
  value: string;
  onChange(emoji: string): void;
}

/**
 * A free text box for the emoji, and beside it a button opening a picker. The picker and its data (~50 kB)
 * load only when opened: the popup's first paint does not wait for them (test/budget).
 */
export function EmojiField({ value, onChange }: EmojiFieldProps) {
  const [Picker, setPicker] = useState<ComponentType<EmojiPickerProps> | null>(null);
  const [open, setOpen] = useState(false);

  function toggle(): void {
    if (!open && !Picker) {
      import('./EmojiPicker').then((module) => setPicker(() => module.EmojiPicker), () => setOpen(false));
    }
    setOpen(!open);
  }

  return (
    <>
      <div class="field">
        <label for="emoji">{t('popup_emoji')}</label>
        <div class="emoji-input">
          <input id="emoji" type="text" value={value} size={4} onInput={(event) => onChange((event.currentTarget as HTMLInputElement).value)} />
          <button
            type="button" class="icon-button" aria-label={t('popup_chooseEmoji')} title={t('popup_chooseEmoji')}
            aria-expanded={open} aria-controls="emoji-picker" onClick={toggle}
          >
            <span aria-hidden="true">☺</span>
          </button>
        </div>
      </div>
      {open && (
        <div id="emoji-picker" class="emoji-picker">
          {Picker ? <Picker onPick={(emoji) => { onChange(emoji); setOpen(false); }} onClose={() => setOpen(false)} /> : <p class="hint">{t('popup_loading')}</p>}
        </div>
      )}
    </>
  );
}
