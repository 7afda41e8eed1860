import { parsePeriod } from "../periods.ts";

/**
 * Calendar arithmetic on the lists' ISO dates ("YYYY-MM-DD"), done on whole days counted from
 * 1970-01-01 in UTC so that no time zone or daylight-saving change can shift a date.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01. @throws RangeError when `date` is not a real calendar date "YYYY-MM-DD". */
export function dayNumber(date: string): number {
  const match = ISO_DATE.exec(date);
  if (match === null) throw new RangeError(`not a date written YYYY-MM-DD: ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date: ${date}`);
  }
  return ms / MS_PER_DAY;
}

export function dateOfDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(dayNumber(date) * MS_PER_DAY).getUTCDay();
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The first and last days of a "YYYY-MM" month. */
export function monthBounds(period: string): { first: string; last: string } {
  const { year, month } = parsePeriod(period);
  const first = Date.UTC(year, month - 1, 1) / MS_PER_DAY;
  const next = Date.UTC(year, month, 1) / MS_PER_DAY;
  return { first: dateOfDayNumber(first), last: dateOfDayNumber(next - 1) };
}

/**
 * The same day n calendar months later (earlier for negative n), clamped to the month's last day:
 * 2016-02-29 − 12 months is 2015-02-28, 2017-03-31 − 1 month is 2017-02-28.
 */
export function addCalendarMonths(date: string, n: number): string {
  dayNumber(date);
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + n;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const clamped = Math.min(day, lastDay);
  return `${String(targetYear).padStart(4, "0")}-${String(targetMonth + 1).padStart(2, "0")}-${String(clamped).padStart(2, "0")}`;
}

/** Whether `date` falls within [from, to], both inclusive (ISO dates compare as text). */
export function isWithin(date: string, from: string, to: string): boolean {
  return date >= from && date <= to;
}
