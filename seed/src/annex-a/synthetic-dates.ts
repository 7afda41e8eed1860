/** Calendar arithmetic on "YYYY-MM-DD" strings for the synthetic generator (UTC, no clock, no zone). */

const DAY = 86_400_000;

export function toTime(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`);
}

export function fromTime(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromTime(toTime(iso) + days * DAY);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((toTime(to) - toTime(from)) / DAY);
}

/** The last day of a "YYYY-MM" period: the extract's "as at" date. */
export function lastDayOfPeriod(period: string): string {
  const [year, month] = period.split("-").map(Number);
  if (!year || !month || month < 1 || month > 12 || !/^\d{4}-\d{2}$/.test(period)) {
    throw new Error(`period must be YYYY-MM, got "${period}"`);
  }
  return fromTime(Date.UTC(year, month, 0));
}

/** Monday to Friday, so that synthetic casework happens on working days. */
export function nextWeekday(iso: string): string {
  const weekday = new Date(toTime(iso)).getUTCDay();
  if (weekday === 6) return addDays(iso, 2);
  if (weekday === 0) return addDays(iso, 1);
  return iso;
}

/** "dd/mm/yyyy", the way English councils' systems write dates in text exports. */
export function toDayFirst(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A JS Date at UTC midnight, which exceljs stores as an Excel date showing that calendar day. */
export function toUtcDate(iso: string): Date {
  return new Date(toTime(iso));
}
