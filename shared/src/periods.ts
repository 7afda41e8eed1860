import { z } from "zod";

/**
 * Monthly reporting periods, written "YYYY-MM" (e.g. "2017-12" for December 2017), and the financial and
 * DfE reporting years the scorecard labels them with.
 */

const PERIOD_PATTERN = /^(\d{4})-(0[1-9]|1[0-2])$/;
const PERIOD_MESSAGE = "period must be a month written YYYY-MM, e.g. 2017-12";

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

export const periodSchema = z.string().regex(PERIOD_PATTERN, PERIOD_MESSAGE);

export interface ParsedPeriod {
  year: number;
  /** 1 = January ... 12 = December. */
  month: number;
}

export function isPeriod(input: unknown): input is string {
  return typeof input === "string" && PERIOD_PATTERN.test(input);
}

/** @throws Error naming the input when it is not a "YYYY-MM" month. */
export function parsePeriod(input: string): ParsedPeriod {
  const match = PERIOD_PATTERN.exec(input);
  if (match === null) throw new Error(`${PERIOD_MESSAGE}; got ${JSON.stringify(input)}`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The period n months after `period` (n may be negative). */
export function addMonths(period: string, n: number): string {
  if (!Number.isInteger(n)) throw new RangeError(`addMonths: n must be a whole number of months, got ${n}`);
  return fromMonthIndex(monthIndex(period) + n);
}

/** Every month from `from` to `to` inclusive, oldest first; empty when `from` is after `to`. */
export function monthsBetween(from: string, to: string): string[] {
  const start = monthIndex(from);
  const end = monthIndex(to);
  return Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => fromMonthIndex(start + i));
}

/** The n months before `period`, oldest first, not including `period` itself. */
export function previousMonths(period: string, n: number): string[] {
  if (!(Number.isInteger(n) && n >= 0)) {
    throw new RangeError(`previousMonths: n must be a whole number ≥ 0, got ${n}`);
  }
  if (n === 0) return [];
  return monthsBetween(addMonths(period, -n), addMonths(period, -1));
}

/** Negative when a is earlier than b, 0 when equal, positive when later; for `Array.prototype.sort`. */
export function comparePeriods(a: string, b: string): number {
  return Math.sign(monthIndex(a) - monthIndex(b));
}

/**
 * The year whose 31 March ends the UK financial year (April–March) containing the month:
 * "2017-12" → 2018, "2017-04" → 2018, "2017-03" → 2017.
 */
export function financialYearEnding(period: string): number {
  const { year, month } = parsePeriod(period);
  return month >= 4 ? year + 1 : year;
}

/**
 * "2017-18" for the financial year ending March 2018. Accepts a period in that year ("2017-12") or the
 * ending year itself (2018).
 */
export function financialYearLabel(periodOrEndingYear: string | number): string {
  const ending =
    typeof periodOrEndingYear === "number" ? periodOrEndingYear : financialYearEnding(periodOrEndingYear);
  if (!Number.isInteger(ending)) throw new RangeError(`financialYearLabel: not a year: ${ending}`);
  return `${ending - 1}-${String(ending % 100).padStart(2, "0")}`;
}

/** "Dec-17", as the council's scorecard papers head their month columns. */
export function periodLabel(period: string): string {
  const { year, month } = parsePeriod(period);
  return `${monthName(month).slice(0, 3)}-${String(year % 100).padStart(2, "0")}`;
}

/** "December 2017". */
export function periodLongLabel(period: string): string {
  const { year, month } = parsePeriod(period);
  return `${monthName(month)} ${year}`;
}

/**
 * Label for a DfE annual reporting year. DfE's children's social care statistics (Children in need, Children
 * looked after) cover the year ending 31 March and carry that year as `time_period`, e.g. 2025 for April
 * 2024 – March 2025, which DfE writes "year ending March 2025" (explore-education-statistics.service.gov.uk).
 */
export function reportingYearLabel(year: number): string {
  if (!Number.isInteger(year)) throw new RangeError(`reportingYearLabel: not a year: ${year}`);
  return `year ending March ${year}`;
}

/**
 * The latest DfE reporting year whose statistics a scorecard for month `period` can show.
 *
 * Rule: DfE publishes the children's social care statistics for the year ending 31 March Y in the autumn
 * of Y. We treat year Y as published from November of Y: for a month in November or December of Y the
 * latest is Y; for January to October of Y it is Y − 1. E.g. "2017-12" → 2017, "2018-03" → 2017,
 * "2018-10" → 2017, "2018-11" → 2018. A release that comes out earlier (late October) is picked up a
 * month late; one that comes out later than November would be shown before it exists, so the server should
 * still fall back to the newest year it actually holds.
 */
export function latestPublishedReportingYear(period: string): number {
  const { year, month } = parsePeriod(period);
  return month >= 11 ? year : year - 1;
}

function monthName(month: number): string {
  const name = MONTH_NAMES[month - 1];
  if (name === undefined) throw new RangeError(`not a month number: ${month}`);
  return name;
}

/** Months since January of year 0: makes month arithmetic plain integer arithmetic. */
function monthIndex(period: string): number {
  const { year, month } = parsePeriod(period);
  return year * 12 + (month - 1);
}

function fromMonthIndex(index: number): string {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 0 || year > 9999) throw new RangeError(`month falls outside years 0000–9999 (index ${index})`);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}
