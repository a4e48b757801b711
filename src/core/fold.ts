// One way to compare text as a person reads it: case and accents do not count ("securise" finds
// "sécurisé", "Éte" finds "été"). Used by inbox search and tag suggestions.

/** `text` in lower case without diacritics, for comparisons only (never shown or stored). */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}
