// Jekyll's `_posts` naming: `YYYY-MM-DD-slug.md`, with an ASCII slug so the file name and the post's
// URL stay the same on every file system and web server.
import { isCalendarDate } from './dates';
import type { Issue } from './types';

/** Letters that Unicode decomposition does not reduce to ASCII. */
const LIGATURES: Record<string, string> = {
  æ: 'ae', œ: 'oe', ß: 'ss', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i', ŧ: 't', ħ: 'h',
};
/** Long titles make unwieldy URLs; the cut falls on a word boundary. */
const MAX_SLUG_LENGTH = 80;
const FALLBACK_SLUG = 'issue';

/** `Newsletter du 12 Novembre 2025` → `newsletter-du-12-novembre-2025`: ASCII letters, digits, dashes. */
export function slugify(title: string): string {
  const ascii = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[æœßøđðłþıŧħ]/g, (char) => LIGATURES[char] ?? '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, MAX_SLUG_LENGTH)).replace(/-+$/, '');
}

function isoDate(issue: Issue): string {
  if (isCalendarDate(issue.date)) return issue.date;
  // An issue without a valid date still needs Jekyll's prefix (Jekyll stops on an impossible date such
  // as 2025-13-45): the day it was created will do, else the epoch.
  const created = new Date(issue.createdAt);
  const day = Number.isNaN(created.getTime()) ? '' : created.toISOString().slice(0, 10);
  return isCalendarDate(day) ? day : '1970-01-01';
}

/** The exported file's name, e.g. `2025-11-12-newsletter-du-12-novembre-2025.md`; an imported issue keeps its own. */
export function issueFileName(issue: Issue): string {
  if (issue.fileName !== undefined && issue.fileName !== '') return issue.fileName;
  const title = issue.frontMatter.title;
  const slug = slugify(typeof title === 'string' || typeof title === 'number' ? String(title) : '');
  return `${isoDate(issue)}-${slug === '' ? FALLBACK_SLUG : slug}.md`;
}
