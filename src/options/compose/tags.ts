// Tags are typed as one comma-separated line (parsed by core/capture's parseTags); shown the same way.

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
