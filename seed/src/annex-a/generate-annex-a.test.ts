import { createHash } from "node:crypto";
import { computeAnnexAMonth } from "@scorecard/shared/annex-a/annex-a-month";
import { readAnnexA } from "@scorecard/shared/annex-a/read-annex-a";
import { describe, expect, it } from "vitest";
import { ANNEX_A_EDGE_CASES, generateAnnexA } from "./generate-annex-a.ts";
import { exportSheets } from "./write-annex-a-xlsx.ts";

const lists = generateAnnexA({ period: "2018-04" });
const digest = (value: unknown) => createHash("sha256").update(JSON.stringify(value)).digest("hex");

/** The export's cells as a workbook reader hands them over: Excel dates as JS Dates at UTC midnight. */
const asRead = () =>
  exportSheets(lists).map((sheet) => ({
    name: sheet.name,
    rows: sheet.rows.map((row) =>
      row.map((cell) =>
        cell !== null && typeof cell === "object" ? new Date(`${cell.date}T00:00:00Z`) : cell,
      ),
    ),
  }));

describe("generateAnnexA", () => {
  it("is deterministic: the same period and seed give the same model, another seed another", () => {
    expect(digest(generateAnnexA({ period: "2018-04" }))).toBe(digest(lists));
    expect(digest(generateAnnexA({ period: "2018-04", seed: "other" }))).not.toBe(digest(lists));
  });

  it("produces a realistic month's volume across every list, up to the extract date", () => {
    expect(lists.extractDate).toBe("2018-04-30");
    const sizes = [
      lists.referrals,
      lists.assessments,
      lists.childrenInNeed,
      lists.childProtection,
      lists.childrenLookedAfter,
      lists.careLeavers,
      lists.adoptions,
    ].map((rows) => rows.length);
    expect(sizes.every((size) => size > 20)).toBe(true);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    expect(total).toBeGreaterThan(3000);
    expect(total).toBeLessThan(12000);
    const referralsInMonth = lists.referrals.filter((row) => row.referralDate.startsWith("2018-04"));
    expect(referralsInMonth.length).toBeGreaterThan(100);
    expect(lists.referrals.every((row) => row.referralDate <= lists.extractDate)).toBe(true);
  });

  it("holds each edge case", () => {
    const referralsOf = (id: string) => lists.referrals.filter((row) => row.childId === id);
    expect(referralsOf(ANNEX_A_EDGE_CASES.reReferral)).toHaveLength(2);
    const [first, second] = referralsOf(ANNEX_A_EDGE_CASES.duplicateReferral);
    expect(second).toEqual({ ...first, source: second?.source });
    expect(referralsOf(ANNEX_A_EDGE_CASES.leadingZeros)[0]?.allocatedWorker).toBeNull();
    const overChristmas = lists.assessments.find(
      (row) => row.childId === ANNEX_A_EDGE_CASES.assessmentOverChristmas,
    );
    expect(overChristmas?.startDate).toBe("2017-12-19");
    expect(overChristmas?.authorisedDate).toBe("2018-01-15");
    const plan = lists.childProtection.find((row) => row.childId === ANNEX_A_EDGE_CASES.planEndsBeforeStart);
    expect(plan && plan.planEndDate !== null && plan.planEndDate < plan.planStartDate).toBe(true);
    expect(
      lists.childProtection.some((row) => row.allocatedTeam === null && row.allocatedWorker === null),
    ).toBe(true);
  });

  it("has open cases on two lists, unallocated cases either side of 7 days, and realistic caseloads", () => {
    const cinOf = (id: string) => lists.childrenInNeed.filter((row) => row.childId === id);
    expect(cinOf(ANNEX_A_EDGE_CASES.unallocatedSixDays)).toMatchObject([
      { caseStartDate: "2018-04-24", allocatedWorker: null },
    ]);
    expect(cinOf(ANNEX_A_EDGE_CASES.unallocatedSevenDays)).toMatchObject([
      { caseStartDate: "2018-04-23", allocatedWorker: null },
    ]);
    const onPlanToo = lists.childrenInNeed.filter((cin) =>
      lists.childProtection.some(
        (cp) =>
          cp.childId === cin.childId && cp.planEndDate === null && cp.allocatedWorker === cin.allocatedWorker,
      ),
    );
    expect(onPlanToo).toHaveLength(1);
    const inCareToo = lists.childrenInNeed.filter((cin) =>
      lists.childrenLookedAfter.some(
        (cla) => cla.childId === cin.childId && cla.ceasedLookedAfterDate === null && cla.allocatedWorker,
      ),
    );
    expect(inCareToo).toMatchObject([{ allocatedWorker: null }]);

    const month = computeAnnexAMonth({ period: "2018-04", lists, teamAreas: {}, authorityAreaId: "city" });
    const unallocated = month.figures.find((figure) => figure.indicatorId === "unallocated-cases");
    expect(unallocated?.numeratorChildIds).toContain(ANNEX_A_EDGE_CASES.unallocatedSevenDays);
    expect(unallocated?.numeratorChildIds).toContain(ANNEX_A_EDGE_CASES.unallocatedCp);
    expect(unallocated?.numeratorChildIds).not.toContain(ANNEX_A_EDGE_CASES.unallocatedSixDays);
    expect(unallocated?.denominatorChildIds).toContain(ANNEX_A_EDGE_CASES.unallocatedSixDays);
    const caseload = month.figures.find((figure) => figure.indicatorId === "caseload");
    expect(caseload?.value).toBeGreaterThanOrEqual(10);
    expect(caseload?.value).toBeLessThanOrEqual(25);
  });

  it("reads back through the Annex A reader as the same model, with only the planted warnings", () => {
    const result = readAnnexA(asRead(), { extractDate: lists.extractDate });
    expect(result.errors).toEqual([]);
    expect(result.lists).toEqual(lists);
    expect(result.warningCounts).toEqual({ duplicateRow: 1, endsBeforeStart: 1 });
    expect(result.notes.some((note) => note.includes("List 1 (Contacts)"))).toBe(true);
  });
});
