import { parsePeriod } from "./periods.ts";

/**
 * When DfE's annual statistics become available, so a scorecard for a month shows only the figures
 * that had been published by then (a December 2017 paper could not quote figures released in 2018).
 *
 * - Children in need, child protection, children looked after, care leavers: the year ending
 *   31 March Y is published in the autumn of Y (we take November; see `latestPublishedReportingYear`).
 * - Social work workforce: the snapshot at 30 September Y is published in February of Y + 1.
 */
export interface PublicationSchedule {
  /** Month (1–12) in which a year's figures are published. */
  month: number;
  /** Years after the reporting year in which that month falls (0 = the same year). */
  yearsAfter: number;
}

export const CHILDREN_IN_NEED_SCHEDULE: PublicationSchedule = { month: 11, yearsAfter: 0 };
export const WORKFORCE_SCHEDULE: PublicationSchedule = { month: 2, yearsAfter: 1 };

/** The latest reporting year published by the month `period` under `schedule`. */
export function latestPublishedYear(period: string, schedule: PublicationSchedule): number {
  const { year, month } = parsePeriod(period);
  return year - schedule.yearsAfter - (month >= schedule.month ? 0 : 1);
}

/** The first month a reporting year's figures were available: when they enter a scorecard. */
export function publishedFrom(reportingYear: number, schedule: PublicationSchedule): string {
  return `${reportingYear + schedule.yearsAfter}-${String(schedule.month).padStart(2, "0")}`;
}

/** How council papers label a DfE year: "2016-17" for the year ending March 2017. */
export function financialYearOfReportingYear(reportingYear: number): string {
  return `${reportingYear - 1}-${String(reportingYear % 100).padStart(2, "0")}`;
}

/** What a DfE "year" is for a measure: a year ending 31 March, or a count at 30 September. */
export type ReportingYearBasis = "year_ending_march" | "snapshot_september";

/** Short label for tables, axes and pickers: "2016-17", or "Sep 2016" for a September snapshot. */
export function shortYearLabel(basis: ReportingYearBasis, year: number): string {
  return basis === "snapshot_september" ? `Sep ${year}` : financialYearOfReportingYear(year);
}

/** The year in words: "year ending March 2017", or "30 September 2016". */
export function longYearLabel(basis: ReportingYearBasis, year: number): string {
  return basis === "snapshot_september" ? `30 September ${year}` : `year ending March ${year}`;
}
