import { describe, expect, it } from 'vitest';
import {
  addMonths,
  calendarDifference,
  formatDay,
  formatMonths,
  parseDay,
  unionSpans,
  wholeMonthsCovered,
} from './dates.js';

const d = (s: string) => parseDay(s, 'test');

describe('parseDay / formatDay', () => {
  it('round-trips calendar dates without time zone drift', () => {
    for (const s of ['1970-01-01', '2000-02-29', '2024-12-31', '2038-01-19']) expect(formatDay(d(s))).toBe(s);
    expect(d('1970-01-02')).toBe(1);
  });

  it('rejects malformed and impossible dates', () => {
    for (const s of ['2023-02-29', '2023-13-01', '2023-04-31', '2023-1-01', '20230101', '2023-01-01T00:00:00Z', '']) {
      expect(() => d(s)).toThrow(RangeError);
    }
  });
});

describe('calendar arithmetic', () => {
  it('adds months, clamping to the end of the month', () => {
    expect(formatDay(addMonths(d('2024-01-31'), 1))).toBe('2024-02-29');
    expect(formatDay(addMonths(d('2024-02-29'), -12))).toBe('2023-02-28');
    expect(formatDay(addMonths(d('2024-03-15'), -14))).toBe('2023-01-15');
  });

  it('measures a difference like an age', () => {
    expect(calendarDifference(d('2020-03-01'), d('2024-03-01'))).toEqual({ months: 48, days: 0 });
    expect(calendarDifference(d('2020-03-01'), d('2024-02-29'))).toEqual({ months: 47, days: 28 });
    expect(calendarDifference(d('2020-01-31'), d('2020-02-29'))).toEqual({ months: 1, days: 0 });
  });

  it('merges overlapping and touching spans', () => {
    expect(
      unionSpans([
        { start: 10, end: 20 },
        { start: 0, end: 5 },
        { start: 15, end: 30 },
        { start: 30, end: 31 },
        { start: 40, end: 40 },
      ]),
    ).toEqual([
      { start: 0, end: 5 },
      { start: 10, end: 31 },
    ]);
  });

  it('counts whole months over several spans, never rounding one stretch up', () => {
    const span = (a: string, b: string) => ({ start: d(a), end: d(b) });
    expect(wholeMonthsCovered([span('2020-06-01', '2024-05-31')])).toBe(47);
    expect(wholeMonthsCovered([span('2020-01-01', '2020-07-01'), span('2021-01-01', '2021-07-01')])).toBe(12);
    expect(wholeMonthsCovered([span('2020-01-01', '2021-01-01'), span('2020-06-01', '2021-06-01')])).toBe(17);
    expect(wholeMonthsCovered([])).toBe(0);
  });

  it('formats months in Chinese', () => {
    expect(formatMonths(0)).toBe('0 年');
    expect(formatMonths(24)).toBe('2 年');
    expect(formatMonths(29)).toBe('2 年 5 个月');
  });
});
