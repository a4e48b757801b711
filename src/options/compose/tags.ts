// Tags are typed as one comma-separated line; stored as a list without blanks or repeats.

export function parseTags(text: string): string[] {
  const tags = text.split(',').map((tag) => tag.trim()).filter(Boolean);
  return [...new Set(tags)];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
