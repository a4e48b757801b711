import { describe, expect, test } from 'vitest';
import { isCalendarDate, isImpossibleDate, isJekyllDate, localIsoDate } from '../../src/core/dates';

describe('isCalendarDate', () => {
  test.each(['2025-11-12', '2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2025-04-30'])('%s is a day', (date) => {
    expect(isCalendarDate(date)).toBe(true);
  });
  test.each(['2025-13-45', '2025-02-29', '1900-02-29', '2025-04-31', '2025-00-10', '2025-01-00', '0000-01-01', '25-1-1', '2025-1-01', ' 2025-01-01', '2025-01-01T00:00', '202512-01-01', ''])(
    '%j is not', (date) => {
      expect(isCalendarDate(date)).toBe(false);
    },
  );
});

describe('localIsoDate', () => {
  test("writes the day in the curator's time zone", () => {
    expect(localIsoDate(new Date(2025, 10, 2, 23, 59))).toBe('2025-11-02');
    expect(localIsoDate(new Date(2025, 0, 1, 0, 0))).toBe('2025-01-01');
  });
});

describe('a front matter date Jekyll reads as written', () => {
  test.each(['2025-11-12', '2024-02-29', '2025-11-12 10:00', '2025-11-12 10:00:00 +0100', '2025-11-12T10:00:00Z', '2025-11-12 23:59:59.5 -03:30', ' 2025-11-12 '])(
    '%j is', (date) => {
      expect(isJekyllDate(date)).toBe(true);
    },
  );
  // Ruby's Time.parse moves 30 February to 1 March and 24:00 to the next day; it stops the build on the rest.
  test.each(['2024-02-30', '2025-13-45', '2025-11-12 24:00', '2025-11-12 10:60', 'not a date', '', 'Nov 12 2025', '2025-11-12 10:00 +2500', 20251112, null, ['2025-11-12']])(
    '%j is not', (date) => {
      expect(isJekyllDate(date)).toBe(false);
    },
  );
  test('an impossible date is one that begins with a day the calendar lacks', () => {
    expect(['2024-02-30', ' 2025-13-45T00:00Z', '2025-02-29 10:00'].every(isImpossibleDate)).toBe(true);
    expect(['2024-02-29', 'Nov 12 2025', 'not a date', '2025-02-290', 20240230, undefined].some(isImpossibleDate)).toBe(false);
  });
});
