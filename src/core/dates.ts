// Calendar dates as Gleaner stores them, `YYYY-MM-DD`: the date, Jekyll's file name prefix.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is `YYYY-MM-DD` and a day that exists (`2025-02-29` and `2025-13-45` do not). */
export function isCalendarDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

// Jekyll reads a front matter `date` with Ruby's Time.parse, which rolls `2024-02-30` over to 1 March (the
// post silently moves) and stops the whole build on text it cannot read. Only the form Jekyll documents is
// let through: `YYYY-MM-DD`, optionally a time `HH:MM[:SS[.fff]]` and a zone (`Z`, `+0100`, `+01:00`).
const JEKYLL_DATE = /^(\d{4}-\d{2}-\d{2})(?:[ T]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?: ?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d))?)?$/;

/** Whether a front matter `date` is a real day and time, written as Jekyll documents it. */
export function isJekyllDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = JEKYLL_DATE.exec(value.trim());
  return match !== null && isCalendarDate(match[1]!);
}

/** `2024-02-30…`: text that begins like a date on a day the calendar does not have. */
export function isImpossibleDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const day = /^\s*(\d{4}-\d{2}-\d{2})(?!\d)/.exec(value)?.[1];
  return day !== undefined && !isCalendarDate(day);
}

/** The day of `now` in the curator's time zone, `YYYY-MM-DD` (toISOString would give UTC's day). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
