/**
 * A synthetic Annex A extract for "Northshire", a fictional authority: children whose histories run from
 * referral through assessment to a child-in-need case, a child protection plan or care, over the twelve
 * months to the period's end (so re-referrals can be counted), plus long-standing children in care, care
 * leavers and adoptions. Seeded and deterministic; no real child, worker or team is described.
 * Deliberate edge cases (see `ANNEX_A_EDGE_CASES`) exercise the reader's warnings and the computations.
 */
import type {
  AdoptionRow,
  AnnexAListName,
  AnnexALists,
  AssessmentRow,
  CareLeaverRow,
  ChildInNeedRow,
  ChildLookedAfterRow,
  ChildProtectionRow,
  ReferralRow,
} from "@scorecard/shared/annex-a/annex-a-rows";
import { hashSeed, mulberry32 } from "../illustrative-random.ts";
import { SHEET_NAMES } from "./annex-a-export-layout.ts";
import { addDays, lastDayOfPeriod, nextWeekday } from "./synthetic-dates.ts";

export interface GenerateAnnexAOptions {
  /** The month, "YYYY-MM"; the extract is taken on its last day. */
  period: string;
  /** Changes every draw; the same seed and period always give the same extract. */
  seed?: string;
  /** Children referred in the twelve months; the default gives a mid-sized authority (~5,000 rows). */
  referredChildren?: number;
}

/** The child ids of the deliberate edge cases, so tests and docs can find them. */
export const ANNEX_A_EDGE_CASES = {
  reReferral: "5000001",
  assessmentOverChristmas: "5000002",
  planEndsBeforeStart: "5000003",
  duplicateReferral: "5000004",
  leadingZeros: "0004127",
  unallocatedCp: "5000005",
  /** Unallocated children-in-need cases opened 6 and 7 days before the extract: only the second counts. */
  unallocatedSixDays: "5000006",
  unallocatedSevenDays: "5000007",
} as const;

const TEAMS = {
  assessment: ["Assessment Team 1", "Assessment Team 2", "Assessment Team 3", "Assessment Team 4"],
  safeguarding: ["Safeguarding North", "Safeguarding South", "Safeguarding East", "Safeguarding West"],
  care: ["Children in Care East", "Children in Care West"],
  leavers: ["Leaving Care Team"],
  adoption: ["Adoption Team"],
} as const;

/** Activity codes of the SSDA903 return: the older G codes before 2021, the newer F/P/G codes after. */
const OLD_ACTIVITY_CODES = ["G1", "G2", "G3", "G3", "G4", "G5", "G6"];
const NEW_ACTIVITY_CODES = ["F1", "P1", "F2", "P2", "F4", "F5", "F6", "P6", "G4", "G5", "G6"];

type Random = () => number;

function between(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

const source = (name: AnnexAListName) => ({ sheet: SHEET_NAMES[name], row: 0 });

function allocate(builder: Builder, teams: readonly string[], unallocatedShare = 0.04) {
  const { random } = builder;
  const team = pick(random, teams);
  const worker = chance(random, unallocatedShare)
    ? null
    : `${team.replace(/[^A-Z0-9]/g, "")}-SW${between(random, 1, builder.workersPerTeam)}`;
  return { allocatedTeam: team, allocatedWorker: worker };
}

/** The later of two ISO dates (they sort as text). */
const laterOf = (first: string, second: string): string => [first, second].sort()[1] ?? first;

const onOrBefore = (date: string, limit: string): string | null => (date <= limit ? date : null);

interface Builder {
  random: Random;
  /** Each team's pool of workers, sized to the volume so caseloads are realistic (about 15 a worker). */
  workersPerTeam: number;
  extractDate: string;
  yearStart: string;
  lists: AnnexALists;
}

/** One referred child's year: referral(s), then assessment, then CIN, CP or care as it happens. */
function referredChild(builder: Builder, childId: string): void {
  const { random, extractDate, yearStart, lists } = builder;
  const referralDate = nextWeekday(addDays(yearStart, between(random, 0, 364)));
  if (referralDate > extractDate) return;
  const noFurtherAction = chance(random, 0.3);
  const team = allocate(builder, TEAMS.assessment, 0.02);
  lists.referrals.push({ source: source("referrals"), childId, referralDate, noFurtherAction, ...team });
  if (chance(random, 0.18)) {
    const again = nextWeekday(addDays(referralDate, between(random, 20, 300)));
    if (again <= extractDate) {
      lists.referrals.push({
        source: source("referrals"),
        childId,
        referralDate: again,
        noFurtherAction: chance(random, 0.3),
        ...allocate(builder, TEAMS.assessment, 0.02),
      });
    }
  }
  if (noFurtherAction) return;
  const startDate = nextWeekday(addDays(referralDate, between(random, 0, 5)));
  if (startDate > extractDate) return;
  const authorisedDate = onOrBefore(nextWeekday(addDays(startDate, between(random, 10, 80))), extractDate);
  lists.assessments.push({
    source: source("assessments"),
    childId,
    startDate,
    authorisedDate,
    childSeen: chance(random, 0.96),
    ...team,
  });
  if (authorisedDate === null) return;
  const outcome = random();
  if (outcome < 0.45) {
    const closed = onOrBefore(addDays(authorisedDate, between(random, 30, 420)), extractDate);
    lists.childrenInNeed.push({
      source: source("childrenInNeed"),
      childId,
      caseStatus: closed ? "Closed" : "Open",
      caseStartDate: authorisedDate,
      caseClosedDate: closed,
      ...allocate(builder, TEAMS.safeguarding),
    });
  } else if (outcome < 0.6) {
    const planStartDate = nextWeekday(addDays(authorisedDate, between(random, 7, 30)));
    if (planStartDate > extractDate) return;
    const planEndDate = onOrBefore(addDays(planStartDate, between(random, 90, 500)), extractDate);
    const lastVisit = addDays(planEndDate ?? extractDate, -between(random, 0, 20));
    lists.childProtection.push({
      source: source("childProtection"),
      childId,
      planStartDate,
      planEndDate,
      lastStatutoryVisitDate: laterOf(lastVisit, planStartDate),
      ...allocate(builder, TEAMS.safeguarding),
    });
  } else if (outcome < 0.66) {
    const started = addDays(authorisedDate, between(random, 1, 40));
    if (started > extractDate) return;
    careEpisode(builder, childId, started);
  }
}

function careEpisode(builder: Builder, childId: string, started: string): ChildLookedAfterRow {
  const { random, extractDate } = builder;
  const ending = onOrBefore(addDays(started, between(random, 30, 2500)), extractDate);
  // The list holds children looked after at some point in the year: one who left before it is still in care.
  const ceased = ending !== null && ending < builder.yearStart ? null : ending;
  const lastVisit = addDays(ceased ?? extractDate, -between(random, 0, 45));
  const row: ChildLookedAfterRow = {
    source: source("childrenLookedAfter"),
    childId,
    startedLookedAfterDate: started,
    ceasedLookedAfterDate: ceased,
    lastStatutoryVisitDate: laterOf(lastVisit, started),
    ...allocate(builder, TEAMS.care),
  };
  builder.lists.childrenLookedAfter.push(row);
  return row;
}

function careLeaver(builder: Builder, childId: string): CareLeaverRow {
  const { random, extractDate } = builder;
  const codes = extractDate < "2021-04-01" ? OLD_ACTIVITY_CODES : NEW_ACTIVITY_CODES;
  return {
    source: source("careLeavers"),
    childId,
    activity: pick(random, codes),
    latestContactDate: chance(random, 0.05) ? null : addDays(extractDate, -between(random, 0, 120)),
    ...allocate(builder, TEAMS.leavers, 0.03),
  };
}

function adoption(builder: Builder, childId: string): AdoptionRow {
  const { random, extractDate } = builder;
  const entered = addDays(extractDate, -between(random, 200, 1400));
  const order = onOrBefore(addDays(entered, between(random, 120, 400)), extractDate);
  const matched = order ? onOrBefore(addDays(order, between(random, 30, 300)), extractDate) : null;
  const placed = matched ? onOrBefore(addDays(matched, between(random, 7, 40)), extractDate) : null;
  return {
    source: source("adoptions"),
    childId,
    enteredCareDate: entered,
    placementOrderDate: order,
    matchedDate: matched,
    placedForAdoptionDate: placed,
    ...allocate(builder, TEAMS.adoption, 0.02),
  };
}

/** The hand-placed children whose histories test what random ones only might. */
function edgeCases(builder: Builder): void {
  const { extractDate, lists } = builder;
  const team = { allocatedTeam: "Assessment Team 2", allocatedWorker: "AssessmentTeam2-SW7" };
  const firstReferral = addDays(extractDate, -200);
  const reReferral: ReferralRow[] = [firstReferral, addDays(extractDate, -10)].map((referralDate) => ({
    source: source("referrals"),
    childId: ANNEX_A_EDGE_CASES.reReferral,
    referralDate,
    noFurtherAction: false,
    ...team,
  }));
  const duplicate: ReferralRow = {
    source: source("referrals"),
    childId: ANNEX_A_EDGE_CASES.duplicateReferral,
    referralDate: addDays(extractDate, -3),
    noFurtherAction: true,
    ...team,
  };
  lists.referrals.push(...reReferral, duplicate, { ...duplicate });
  lists.referrals.push({
    source: source("referrals"),
    childId: ANNEX_A_EDGE_CASES.leadingZeros,
    referralDate: addDays(extractDate, -5),
    noFurtherAction: false,
    allocatedTeam: "Assessment Team 1",
    allocatedWorker: null,
  });
  // Started the Friday before Christmas and authorised in January: crosses Christmas, Boxing and New Year's Days.
  const latestStart = addDays(extractDate, -21);
  const christmasYear = Number(latestStart.slice(0, 4)) - (latestStart.slice(5) >= "12-25" ? 0 : 1);
  const christmas = `${christmasYear}-12-25`;
  const assessment: AssessmentRow = {
    source: source("assessments"),
    childId: ANNEX_A_EDGE_CASES.assessmentOverChristmas,
    startDate: nextWeekday(addDays(christmas, -6)),
    authorisedDate: nextWeekday(addDays(christmas, 20)),
    childSeen: true,
    ...team,
  };
  lists.assessments.push(assessment);
  const endsBeforeStart: ChildProtectionRow = {
    source: source("childProtection"),
    childId: ANNEX_A_EDGE_CASES.planEndsBeforeStart,
    planStartDate: addDays(extractDate, -40),
    planEndDate: addDays(extractDate, -45),
    lastStatutoryVisitDate: addDays(extractDate, -41),
    allocatedTeam: "Safeguarding East",
    allocatedWorker: "SafeguardingEast-SW3",
  };
  const unallocated: ChildProtectionRow = {
    source: source("childProtection"),
    childId: ANNEX_A_EDGE_CASES.unallocatedCp,
    planStartDate: addDays(extractDate, -90),
    planEndDate: null,
    lastStatutoryVisitDate: addDays(extractDate, -8),
    allocatedTeam: null,
    allocatedWorker: null,
  };
  lists.childProtection.push(endsBeforeStart, unallocated);
  const openCase: ChildInNeedRow = {
    source: source("childrenInNeed"),
    childId: ANNEX_A_EDGE_CASES.leadingZeros,
    caseStatus: "Open",
    caseStartDate: addDays(extractDate, -4),
    caseClosedDate: null,
    allocatedTeam: "Safeguarding North",
    allocatedWorker: null,
  };
  lists.childrenInNeed.push(openCase);
  casesOnTwoLists(builder);
}

/**
 * Children open on more than one of Lists 6–8, made from children already generated (so no other
 * figure changes) without drawing on the random stream: the first child on a plan at the extract gets a
 * List 6 case with the same team and worker (one case for that worker), and the first child in care at the
 * extract a List 6 case with no worker (allocated all the same, by List 8). Plus two unallocated List 6
 * cases opened 6 and 7 days before the extract.
 */
function casesOnTwoLists(builder: Builder): void {
  const { extractDate, lists } = builder;
  const onPlan = lists.childProtection.find(
    (row) => row.planEndDate === null && row.allocatedWorker !== null,
  );
  if (onPlan) {
    lists.childrenInNeed.push({
      source: source("childrenInNeed"),
      childId: onPlan.childId,
      caseStatus: "CP",
      caseStartDate: addDays(onPlan.planStartDate, -14),
      caseClosedDate: null,
      allocatedTeam: onPlan.allocatedTeam,
      allocatedWorker: onPlan.allocatedWorker,
    });
  }
  const inCare = lists.childrenLookedAfter.find(
    (row) => row.ceasedLookedAfterDate === null && row.allocatedWorker !== null,
  );
  if (inCare) {
    lists.childrenInNeed.push({
      source: source("childrenInNeed"),
      childId: inCare.childId,
      caseStatus: "LAC",
      caseStartDate: inCare.startedLookedAfterDate,
      caseClosedDate: null,
      allocatedTeam: inCare.allocatedTeam,
      allocatedWorker: null,
    });
  }
  for (const [childId, days] of [
    [ANNEX_A_EDGE_CASES.unallocatedSixDays, 6],
    [ANNEX_A_EDGE_CASES.unallocatedSevenDays, 7],
  ] as const) {
    lists.childrenInNeed.push({
      source: source("childrenInNeed"),
      childId,
      caseStatus: "Open",
      caseStartDate: addDays(extractDate, -days),
      caseClosedDate: null,
      allocatedTeam: "Safeguarding South",
      allocatedWorker: null,
    });
  }
}

/** Numbers each list's rows as the workbook will hold them: the header is row 1, data from row 2. */
function numberRows(lists: AnnexALists): void {
  for (const name of Object.keys(SHEET_NAMES) as AnnexAListName[]) {
    lists[name].forEach((row, index) => {
      row.source = { sheet: SHEET_NAMES[name], row: index + 2 };
    });
  }
}

export function generateAnnexA(options: GenerateAnnexAOptions): AnnexALists {
  const extractDate = lastDayOfPeriod(options.period);
  const random = mulberry32(hashSeed(`annex-a:${options.period}:${options.seed ?? "northshire"}`));
  const referred = options.referredChildren ?? 2600;
  const builder: Builder = {
    random,
    workersPerTeam: Math.max(2, Math.round(referred / 180)),
    extractDate,
    yearStart: addDays(extractDate, -364),
    lists: {
      extractDate,
      referrals: [],
      assessments: [],
      childrenInNeed: [],
      childProtection: [],
      childrenLookedAfter: [],
      careLeavers: [],
      adoptions: [],
    },
  };
  for (let index = 0; index < referred; index++) referredChild(builder, String(5_100_000 + index));
  // Children already in care before the year began, most still looked after at the extract date.
  for (let index = 0; index < Math.round(referred / 4); index++) {
    careEpisode(builder, String(4_200_000 + index), addDays(extractDate, -between(random, 365, 4000)));
  }
  for (let index = 0; index < Math.round(referred / 8); index++) {
    builder.lists.careLeavers.push(careLeaver(builder, String(3_900_000 + index)));
  }
  for (let index = 0; index < Math.round(referred / 30); index++) {
    builder.lists.adoptions.push(adoption(builder, String(4_600_000 + index)));
  }
  edgeCases(builder);
  numberRows(builder.lists);
  return builder.lists;
}
