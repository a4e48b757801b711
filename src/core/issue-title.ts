// The default title of an issue: a pattern such as `Newsletter du {Date}`, with the issue's date
// written in the issue's language. `{date}` is the date as Intl writes it (`12 novembre 2025`);
// `{Date}` capitalises each word of it (`12 Novembre 2025`), as the reference issue does.
import type { FrontMatter } from './types';

function writtenDate(date: string, language: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return date;
  const [, year, month, day] = match.map(Number);
  const utc = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1));
  if (Number.isNaN(utc.getTime())) return date;
  let locale: string;
  try {
    locale = Intl.getCanonicalLocales(language)[0] ?? 'en';
  } catch {
    locale = 'en';
  }
  return new Intl.DateTimeFormat(locale, {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  }).format(utc);
}

function capitaliseWords(text: string): string {
  return text.replace(/(^|[\s\p{P}])(\p{Ll})/gu, (_match, before: string, letter: string) =>
    `${before}${letter.toLocaleUpperCase()}`,
  );
}

/** `formatIssueTitle('Newsletter du {Date}', '2025-11-12', 'fr')` → `Newsletter du 12 Novembre 2025`. */
export function formatIssueTitle(pattern: string, date: string, language: string): string {
  const written = writtenDate(date, language);
  return pattern.replace(/\{(date|Date)\}/g, (_match, name: string) =>
    name === 'Date' ? capitaliseWords(written) : written,
  );
}

/** The title an issue's front matter holds, '' when it holds none as text. */
export function titleText(frontMatter: FrontMatter): string {
  const { title } = frontMatter;
  return typeof title === 'string' ? title : '';
}
