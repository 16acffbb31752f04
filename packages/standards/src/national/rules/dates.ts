/**
 * Calendar-date helpers for the eligibility rules. Dates are plain calendar days ('YYYY-MM-DD'),
 * represented internally as whole days since 1970-01-01 (UTC), so no time zone can shift them.
 */

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Parses a strict 'YYYY-MM-DD' calendar date into a day number (days since 1970-01-01).
 * @param value the date text
 * @param field the name of the input field, used in the error message
 * @throws RangeError when the text is not a valid calendar date (e.g. '2023-02-29', '2023-2-1')
 */
export function parseDay(value: string, field: string): number {
  const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  if (!match) throw new RangeError(`${field}: 日期须为 YYYY-MM-DD 格式，收到 ${JSON.stringify(value)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    throw new RangeError(`${field}: ${value} 不是有效的日历日期`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** Formats a day number as 'YYYY-MM-DD'. */
export function formatDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Today's calendar date in UTC as 'YYYY-MM-DD'. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Adds (or subtracts) whole calendar months; a day past the end of the target month is clamped to its last day. */
export function addMonths(day: number, months: number): number {
  const date = new Date(day * MS_PER_DAY);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const targetFirst = Date.UTC(year, month, 1);
  const first = new Date(targetFirst);
  const lastDayOfTarget = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const dom = Math.min(date.getUTCDate(), lastDayOfTarget);
  return Math.round(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), dom) / MS_PER_DAY);
}

/** A half-open span of days [start, end). */
export interface DaySpan {
  start: number;
  end: number;
}

/** Merges overlapping or touching spans and drops empty ones; the result is sorted and disjoint. */
export function unionSpans(spans: readonly DaySpan[]): DaySpan[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start);
  const merged: DaySpan[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Whole calendar months from `start` to `end` and the days left over (like an age: 2020-03-01 → 2021-03-01 is 12, 0). */
export function calendarDifference(start: number, end: number): { months: number; days: number } {
  if (end <= start) return { months: 0, days: 0 };
  const s = new Date(start * MS_PER_DAY);
  const e = new Date(end * MS_PER_DAY);
  let months = (e.getUTCFullYear() - s.getUTCFullYear()) * 12 + (e.getUTCMonth() - s.getUTCMonth());
  while (months > 0 && addMonths(start, months) > end) months--;
  return { months, days: end - addMonths(start, months) };
}

/** Days that make up one month when leftover days of several periods are added up. */
export const DAYS_PER_MONTH_FOR_LEFTOVERS = 31;

/**
 * Whole calendar months covered by a set of spans (overlaps counted once).
 *
 * Each contiguous stretch is measured on the calendar, like an age (2020-03-01 → 2024-03-01 is exactly 48
 * months; 2020-03-01 → 2024-02-29 is 47). The days left over by the stretches are added up and every full
 * 31 days count as one more month, so one stretch is never rounded up while separate stretches still add up
 * (2020-01-01 → 2020-07-01 plus 2021-01-01 → 2021-07-01 is 12 months).
 */
export function wholeMonthsCovered(spans: readonly DaySpan[]): number {
  let months = 0;
  let days = 0;
  for (const span of unionSpans(spans)) {
    const diff = calendarDifference(span.start, span.end);
    months += diff.months;
    days += diff.days;
  }
  return months + Math.floor(days / DAYS_PER_MONTH_FOR_LEFTOVERS);
}

/** Formats a number of months as "N 年 M 个月" (or "N 年" when M is 0). */
export function formatMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  return rest === 0 ? `${years} 年` : `${years} 年 ${rest} 个月`;
}
