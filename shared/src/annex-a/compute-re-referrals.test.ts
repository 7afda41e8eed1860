import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import type { ReferralRow } from "./annex-a-rows.ts";
import { dateOfDayNumber, dayNumber } from "./compute-calendar.ts";
import { percentFigures } from "./compute-figure.ts";
import { computeReReferrals } from "./compute-re-referrals.ts";

let nextRow = 2;
const referral = (childId: string, referralDate: string, team = "East A"): ReferralRow => ({
  source: { sheet: "List 3", row: nextRow++ },
  childId,
  referralDate,
  noFurtherAction: null,
  allocatedTeam: team,
  allocatedWorker: null,
});
const areaOf = (team: string | null) => (team === "East A" ? "east" : team === "South A" ? "south" : null);

describe("re-referrals, hand-worked", () => {
  it("counts a December referral with an earlier one inside 12 months, and not one outside", () => {
    const rows = [
      referral("001", "2017-01-10"), // A's earlier referral, inside the 12 months before 5 Dec
      referral("001", "2017-12-05"), // A: re-referral (5 Dec 2016 ≤ 10 Jan 2017 < 5 Dec 2017)
      referral("002", "2016-12-04"), // B's earlier referral, one day outside the year before 5 Dec
      referral("002", "2017-12-05", "South A"), // B: not a re-referral
      referral("003", "2016-12-05"), // C's earlier referral, exactly a year before: inside
      referral("003", "2017-12-05"), // C: re-referral
      referral("004", "2017-12-20"), // D: first referral
      referral("004", "2017-12-20"), // D again, same day: a duplicate row, excluded
    ];
    const outcome = computeReReferrals("2017-12", rows, "2018-01-05", "2016-12-01");
    const [city, east, south] = percentFigures("re-referrals", outcome, areaOf, "city", ["east", "south"], 0);
    // December referrals A, B, C, D (D's duplicate excluded) = 4; re-referrals A and C = 2 → 50%.
    expect(city).toMatchObject({ numerator: 2, denominator: 4, value: 50, rowsExcluded: 1, flags: [] });
    expect(city?.numeratorChildIds).toEqual(["001", "003"]);
    expect(city?.exclusions[0]?.reason).toMatch(/Duplicate of List 3 row/);
    // East: A, C, D → 2 of 3 = 66.7% → 67; South: B → 0 of 1.
    expect(east).toMatchObject({ numerator: 2, denominator: 3, value: 67 });
    expect(south).toMatchObject({ numerator: 0, denominator: 1, value: 0 });
  });

  it("flags incomplete history when the referrals start less than a year before the month", () => {
    // The list starts 1 June 2017; a December referral looks back to 1 December 2016.
    const outcome = computeReReferrals(
      "2017-12",
      [referral("001", "2017-12-05")],
      "2018-01-05",
      "2017-06-01",
    );
    expect(outcome.flags).toEqual(["incomplete_history"]);
    expect(outcome.notes[0]).toMatch(/2016-12-01/);
  });

  it("falls back to the earliest referral for the history, and flags a month the extract cuts short", () => {
    const outcome = computeReReferrals(
      "2017-12",
      [referral("001", "2017-03-01"), referral("002", "2017-12-05")],
      "2017-12-15",
      null,
    );
    expect(outcome.flags).toEqual(["incomplete_history", "incomplete_month"]);
  });

  it("excludes a referral dated after the extract", () => {
    const outcome = computeReReferrals(
      "2017-12",
      [referral("001", "2017-12-20")],
      "2017-12-15",
      "2016-01-01",
    );
    expect(outcome.counted).toHaveLength(0);
    expect(outcome.excluded[0]?.reason).toMatch(/after the extract date/);
  });
});

/** The naive check: for each December referral, scan every row for the same child in the year before. */
function naiveReReferrals(rows: readonly ReferralRow[]): { re: number; all: number } {
  const unique = new Map<string, ReferralRow>();
  for (const row of rows) unique.set(`${row.childId}|${row.referralDate}`, row);
  let re = 0;
  let all = 0;
  for (const row of unique.values()) {
    if (!row.referralDate.startsWith("2017-12")) continue;
    all++;
    const [y, m, d] = row.referralDate.split("-").map(Number) as [number, number, number];
    const yearBefore = `${y - 1}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    if (
      [...unique.values()].some(
        (o) => o.childId === row.childId && o.referralDate >= yearBefore && o.referralDate < row.referralDate,
      )
    )
      re++;
  }
  return { re, all };
}

const referralsArbitrary = fc.array(
  fc.record({
    child: fc.constantFrom("01", "02", "03", "04", "05", "06"),
    // Days from 2016-10-01 to 2017-12-31.
    day: fc.integer({ min: dayNumber("2016-10-01"), max: dayNumber("2017-12-31") }),
    team: fc.constantFrom("East A", "South A"),
  }),
  { maxLength: 40 },
);
const toRows = (items: { child: string; day: number; team: string }[]) =>
  items.map((item, i) => ({
    ...referral(item.child, dateOfDayNumber(item.day), item.team),
    source: { sheet: "List 3", row: i + 2 },
  }));

describe("re-referrals, properties", () => {
  test.prop([referralsArbitrary])("agree with the naive scan", (items) => {
    const rows = toRows(items);
    const outcome = computeReReferrals("2017-12", rows, "2018-01-31", "2016-01-01");
    const naive = naiveReReferrals(rows);
    expect(outcome.counted.length).toBe(naive.all);
    expect(outcome.counted.filter((row) => row.inNumerator).length).toBe(naive.re);
  });

  test.prop([referralsArbitrary, fc.nat()])(
    "do not depend on the rows' order; areas sum to the city",
    (items, seed) => {
      const rows = toRows(items);
      const shuffled = [...rows].sort(
        (a, b) => ((a.source.row * 7919 + seed) % 97) - ((b.source.row * 7919 + seed) % 97),
      );
      const figures = (list: ReferralRow[]) =>
        percentFigures(
          "re-referrals",
          computeReReferrals("2017-12", list, "2018-01-31", null),
          areaOf,
          "city",
          ["east", "south"],
          0,
        );
      const [city, east, south] = figures(rows);
      expect(figures(shuffled).map((f) => [f.numerator, f.denominator])).toEqual(
        [city, east, south].map((f) => [f?.numerator, f?.denominator]),
      );
      expect((east?.denominator ?? 0) + (south?.denominator ?? 0)).toBe(city?.denominator);
      expect((east?.numerator ?? 0) + (south?.numerator ?? 0)).toBe(city?.numerator);
      expect(city?.numerator ?? 0).toBeLessThanOrEqual(city?.denominator ?? 0);
    },
  );

  test.prop([referralsArbitrary])("a child referred once only is never a re-referral", (items) => {
    const rows = toRows(items);
    const outcome = computeReReferrals("2017-12", rows, "2018-01-31", null);
    const dates = new Map<string, Set<string>>();
    for (const row of rows)
      dates.set(row.childId, (dates.get(row.childId) ?? new Set()).add(row.referralDate));
    for (const row of outcome.counted.filter((r) => r.inNumerator)) {
      expect(dates.get(row.childId)?.size).toBeGreaterThan(1);
    }
  });
});
