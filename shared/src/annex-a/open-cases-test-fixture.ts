import type { AnnexALists, ChildInNeedRow, ChildLookedAfterRow, ChildProtectionRow } from "./annex-a-rows.ts";

/**
 * Hand-worked open cases for December 2017 (synthetic ids A–O), shared by the unallocated-cases and
 * caseload tests so that both rules are checked against the same children. Teams: "East A" → east,
 * "South A" and "CiC West" → south, "Hospital team" mapped to no area.
 */
export const areaOfTeam = (team: string | null) =>
  team === "East A" ? "east" : team === "South A" || team === "CiC West" ? "south" : null;

const cin = (
  row: number,
  childId: string,
  caseStartDate: string | null,
  caseClosedDate: string | null,
  allocatedTeam: string,
  allocatedWorker: string | null,
  caseStatus = caseClosedDate === null ? "Open" : "Closed",
): ChildInNeedRow => ({
  source: { sheet: "L6", row },
  childId,
  caseStatus,
  caseStartDate,
  caseClosedDate,
  allocatedTeam,
  allocatedWorker,
});
const cp = (
  row: number,
  childId: string,
  planStartDate: string,
  allocatedTeam: string,
  allocatedWorker: string | null,
): ChildProtectionRow => ({
  source: { sheet: "L7", row },
  childId,
  planStartDate,
  planEndDate: null,
  lastStatutoryVisitDate: null,
  allocatedTeam,
  allocatedWorker,
});
const cla = (
  row: number,
  childId: string,
  startedLookedAfterDate: string,
  allocatedTeam: string,
  allocatedWorker: string | null,
): ChildLookedAfterRow => ({
  source: { sheet: "L8", row },
  childId,
  startedLookedAfterDate,
  ceasedLookedAfterDate: null,
  lastStatutoryVisitDate: null,
  allocatedTeam,
  allocatedWorker,
});

export function handWorkedLists(extractDate = "2018-01-05"): AnnexALists {
  return {
    extractDate,
    referrals: [],
    assessments: [],
    careLeavers: [],
    adoptions: [],
    childrenInNeed: [
      cin(2, "A", "2017-12-24", null, "East A", null), // unallocated, 7 days on 31 Dec: counted
      cin(3, "B", "2017-12-25", null, "East A", null), // unallocated, 6 days: open, not counted
      cin(4, "C", "2017-10-01", "2017-12-20", "East A", null), // closed before month end
      cin(5, "D", "2017-11-01", null, "South A", null), // no worker here, but W1 on List 7
      cin(6, "E", null, null, "East A", null), // unallocated, no start date anywhere: excluded
      cin(7, "F", null, null, "East A", "W1"), // allocated; no start date needed
      cin(8, "G", "2017-06-01", null, "East A", "W2", "Closed"), // closed with no date: excluded
      cin(9, "H", "2017-09-01", "2017-12-31", "East A", null), // closed on the last day: not open
      cin(10, "I", "2017-09-01", "2018-01-03", "Hospital team", null), // open at month end, unmapped
      cin(11, "L", "2017-12-01", null, "East A", "w2"), // same worker as List 8 (case ignored)
      cin(12, "M", "2017-01-01", null, "South A", "W1"), // another worker than List 8's
      cin(13, "N", "2017-11-01", null, "South A", "W1"),
      cin(14, "O", "2017-12-01", null, "Hospital team", "W5"),
    ],
    childProtection: [
      cp(2, "D", "2017-11-20", "South A", "W1"),
      cp(3, "J", "2017-12-01", "South A", null), // unallocated on both lists; the plan is the earliest start
    ],
    childrenLookedAfter: [
      cla(2, "J", "2017-12-28", "CiC West", null),
      cla(3, "K", "2015-01-01", "East A", "W3 "),
      cla(4, "L", "2017-12-29", "East A", "W2"),
      cla(5, "M", "2017-03-01", "South A", "W4"),
    ],
  };
}
