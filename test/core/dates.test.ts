import { describe, expect, test } from 'vitest';
import { isCalendarDate, localIsoDate } from '../../src/core/dates';

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
