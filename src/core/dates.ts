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

/** The day of `now` in the curator's time zone, `YYYY-MM-DD` (toISOString would give UTC's day). */
export function localIsoDate(now: Date = new Date()): string {
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0');
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
