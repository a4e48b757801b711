// The front matter as the preview's table shows it: one row per top-level key.
import { parse as parseYaml } from 'yaml';

export interface FrontMatterRow {
  key: string;
  value: string;
}

function displayValue(value: unknown): string {
  if (Array.isArray(value)) return value.map(displayValue).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The front matter's top-level keys and their values as text; null when it is not a YAML mapping. */
export function frontMatterRows(yaml: string): FrontMatterRow[] | null {
  try {
    const data: unknown = parseYaml(yaml);
    if (data === null || data === undefined) return [];
    if (typeof data !== 'object' || Array.isArray(data)) return null;
    return Object.entries(data).map(([key, value]) => ({ key, value: displayValue(value) }));
  } catch {
    return null;
  }
}
