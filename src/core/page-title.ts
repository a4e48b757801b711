// Which title a captured page gets (issue 10): tab titles carry the site's name ("… | LinkedIn",
// "GitHub - …", "… - The New Stack"), which the curator had to delete by hand 11 times out of 12, while
// og:title usually holds the article's own title. Pure: the popup and the background pass what they read.
import { foldText } from './fold';

/** What a page tells about its title. */
export interface TitleSources {
  /** The tab's `<title>`. */
  tabTitle: string;
  /** `og:title` (or `twitter:title`), '' when the page has none. */
  ogTitle: string;
  /** `og:site_name`, '' when the page has none. */
  siteName: string;
  url: string;
}

/** Separators sites put between a title and their name, spaces included (a bare "-" joins words). */
// Not " : ": French puts a space before every colon, "Titre : sous-titre" is one title.
const SEPARATOR = /\s+(?:[|\-–—·•»/]|::)\s+/;
const SEPARATOR_GLOBAL = new RegExp(SEPARATOR.source, 'g');

/** Longest name a site would append: a segment longer than this is part of the title. */
const MAX_SITE_WORDS = 5;

/** Letters and digits only, lower case, accents dropped: "Le Monde.fr" → "lemondefr". */
function compact(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}]/gu, '');
}

/** The names a site goes by, compacted: its og:site_name, its host without www, and the host's main label. */
function siteNames(url: string, siteName: string): string[] {
  const names = [compact(siteName)];
  try {
    const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
    names.push(compact(labels.join('')));
    // "thenewstack" of thenewstack.io, "nytimes" of www.nytimes.com, "linkedin" of fr.linkedin.com.
    const main = labels.length > 1 ? labels[labels.length - 2] : labels[0];
    if (main) names.push(compact(main));
  } catch {
    // Not a URL: only the site name can tell.
  }
  return names.filter(Boolean);
}

/** Whether `segment` (one piece of a title) names the site rather than the article. */
function namesSite(segment: string, names: readonly string[]): boolean {
  if (segment.trim().split(/\s+/).length > MAX_SITE_WORDS) return false;
  const text = compact(segment);
  if (!text) return false;
  // "DEV Community" on dev.to, "Le Monde.fr" on lemonde.fr, "Medium" on medium.com, "X" on x.com.
  return names.some((name) => text === name || (name.length >= 3 && text.startsWith(name)) || (text.length >= 4 && name.includes(text)));
}

/** The pieces of a title and the separators between them, e.g. ["Post", " | ", "LinkedIn"]. */
function splitSegments(title: string): { segments: string[]; separators: string[] } {
  return { segments: title.split(SEPARATOR), separators: title.match(SEPARATOR_GLOBAL) ?? [] };
}

/**
 * `title` without the site's name before or after it: "Post | LinkedIn" → "Post", "GitHub - a/b: c" →
 * "a/b: c", "Story | by Ann | Medium" → "Story". A title that is nothing but the site's name stays.
 */
export function withoutSiteName(title: string, url: string, siteName = ''): string {
  const names = siteNames(url, siteName);
  const { segments, separators } = splitSegments(title.trim());
  let first = 0;
  let last = segments.length - 1;
  while (last > first && namesSite(segments[last]!, names)) {
    last -= 1;
    // Medium's "| by Author |" sits between the title and the site's name.
    if (last > first && /^by\s/i.test(segments[last]!.trim())) last -= 1;
  }
  while (first < last && namesSite(segments[first]!, names)) first += 1;
  let kept = segments[first]!;
  for (let index = first + 1; index <= last; index++) kept += separators[index - 1]! + segments[index]!;
  return kept.trim() || title.trim();
}

/**
 * The title a new pick gets: og:title when the page gives a real one (not just its site's name), else the
 * tab title, with the site's name removed from either.
 */
export function bestPageTitle({ tabTitle, ogTitle, siteName, url }: TitleSources): string {
  const fromTab = withoutSiteName(tabTitle, url, siteName);
  const fromOg = withoutSiteName(ogTitle, url, siteName);
  // A home page's og:title is often the site's name alone: the tab title says as much, or more.
  const ogSaysOnlySite = namesSite(fromOg, siteNames(url, siteName));
  return fromOg && !ogSaysOnlySite ? fromOg : fromTab;
}
