import { useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import type { TagHelper } from '../tag-helper';

export interface TagsFieldProps {
  text: string;
  onText(text: string): void;
}

const LIST_ID = 'tags-suggestions';

/**
 * Comma-separated tags, with the curator's existing tags suggested as they type (a combobox: arrows move,
 * Enter or Tab takes the highlighted one, Escape closes). The known tags are read on first focus only.
 */
export function TagsField({ text, onText }: TagsFieldProps) {
  const [helper, setHelper] = useState<TagHelper | null>(null);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(-1);
  const [dismissed, setDismissed] = useState(false);
  const suggestions = helper && !dismissed ? helper.suggest(text) : [];
  const open = suggestions.length > 0;

  function load(): void {
    if (loading) return;
    setLoading(true);
    // Without suggestions the box is still an ordinary tags box: a failed load changes nothing else.
    import('../tag-helper').then((module) => module.loadTagHelper()).then(setHelper, () => undefined);
  }

  function type(value: string): void {
    setDismissed(false);
    setActive(-1);
    onText(value);
  }

  function take(tag: string): void {
    setActive(-1);
    if (helper) onText(helper.accept(text, tag));
  }

  function onKeyDown(event: KeyboardEvent): void {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      // -1 is the box itself: the highlight cycles through the box and every suggestion.
      const next = active + (event.key === 'ArrowDown' ? 1 : -1);
      setActive(next < -1 ? suggestions.length - 1 : next >= suggestions.length ? -1 : next);
    } else if ((event.key === 'Enter' || event.key === 'Tab') && suggestions[active]) {
      event.preventDefault();
      take(suggestions[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissed(true);
    }
  }

  return (
    <div class="field tags-field">
      <label for="tags">{t('popup_tags')}</label>
      <input
        id="tags" type="text" value={text} autocomplete="off" aria-describedby="tags-hint"
        role="combobox" aria-autocomplete="list" aria-expanded={open} aria-controls={LIST_ID}
        aria-activedescendant={open && active >= 0 ? `tag-option-${active}` : undefined}
        onFocus={() => { load(); setDismissed(false); }} onBlur={() => setDismissed(true)} onKeyDown={onKeyDown}
        onInput={(event) => type((event.currentTarget as HTMLInputElement).value)}
      />
      <ul id={LIST_ID} role="listbox" class="tag-suggestions" aria-label={t('popup_tagSuggestions')} hidden={!open}>
        {suggestions.map((tag, index) => (
          <li
            key={tag} id={`tag-option-${index}`} role="option" aria-selected={index === active}
            // mousedown, not click: the box keeps focus, so the list does not close under the pointer.
            onMouseDown={(event) => {
              event.preventDefault();
              take(tag);
            }}
          >
            {tag}
          </li>
        ))}
      </ul>
      <p class="hint" id="tags-hint">{t('popup_tagsHint')}</p>
    </div>
  );
}
