import Holidays from "date-holidays";
import { dateOfDayNumber, dayNumber, weekday } from "./compute-calendar.ts";

/**
 * Working days in England: Monday to Friday, less England's bank holidays as `date-holidays` knows them
 * for GB-ENG (its "public" holidays: New Year, Good Friday, Easter Monday, the May, spring and summer bank
 * holidays, Christmas and Boxing Day with their substitute days, and one-off days such as the 2022
 * jubilee and funeral and the 2023 coronation).
 *
 * Counting convention (the one the 45-working-day assessment timescale is measured by): the start day is
 * day 0, and each later working day up to and including the end day adds one. An assessment started on a
 * Monday and authorised on the Tuesday took 1 working day; authorised the same day, 0. In spreadsheet
 * terms, NETWORKDAYS(start, end) − 1 when the start is itself a working day. A start on a weekend or bank
 * holiday is still day 0, so the first working day after it is day 1.
 */

const englandHolidays = new Holidays("GB", "ENG");
const bankHolidaysByYear = new Map<number, ReadonlySet<string>>();

/** England's bank holidays in `year`, as ISO dates. */
export function englandBankHolidays(year: number): ReadonlySet<string> {
  const cached = bankHolidaysByYear.get(year);
  if (cached) return cached;
  const dates = new Set(
    englandHolidays
      .getHolidays(year)
      .filter((holiday) => holiday.type === "public")
      .map((holiday) => holiday.date.slice(0, 10)),
  );
  bankHolidaysByYear.set(year, dates);
  return dates;
}

export function isWorkingDay(date: string): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  return !englandBankHolidays(Number(date.slice(0, 4))).has(date);
}

/**
 * Working days from `start` (day 0) to `end`: the working days d with start < d ≤ end.
 * @throws RangeError when `end` is before `start`.
 */
export function workingDaysBetween(start: string, end: string): number {
  const from = dayNumber(start);
  const to = dayNumber(end);
  if (to < from) throw new RangeError(`workingDaysBetween: ${end} is before ${start}`);
  let count = 0;
  for (let day = from + 1; day <= to; day++) {
    if (isWorkingDay(dateOfDayNumber(day))) count++;
  }
  return count;
}
