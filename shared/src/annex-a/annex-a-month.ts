import type { AnnexALists } from "./annex-a-rows.ts";
import { computeAdoptionAverage } from "./compute-adoption.ts";
import { computeAssessmentsInTimescale, computeChildrenSeenAtAssessment } from "./compute-assessments.ts";
import { monthBounds } from "./compute-calendar.ts";
import { computeCareLeaversInEet } from "./compute-care-leavers.ts";
import { type CaseloadTeam, caseloadByTeam, caseloadFigures, computeCaseload } from "./compute-caseload.ts";
import {
  type ComputedFigure,
  countFigures,
  percentFigures,
  type RuleOutcome,
  teamKey,
} from "./compute-figure.ts";
import { computeReReferrals } from "./compute-re-referrals.ts";
import {
  computeChildProtectionPlans,
  computeChildProtectionVisits,
  computeChildrenInCare,
} from "./compute-snapshots.ts";
import { computeUnallocatedCases, unallocatedCaseFigures } from "./compute-unallocated-cases.ts";

/** What computing a month needs besides the lists. */
export interface AnnexAMonthInput {
  period: string;
  lists: AnnexALists;
  /** The org-admin table: "Allocated Team" as exported → area id (matched ignoring case and spacing). */
  teamAreas: Readonly<Record<string, string>>;
  /** The area that stands for the whole authority (e.g. "city"); every row counts in it, mapped or not. */
  authorityAreaId: string;
  /** Population aged 0–17 by area id, for rates per 10,000; an area without one gets a null rate. */
  populations?: Readonly<Record<string, number>>;
  /** The first date the extract covers, when known (else the earliest referral is taken). */
  coverageStartDate?: string | null;
  /** Decimal places of each indicator's value (the catalogue's `decimals`); 0 when not given. */
  decimals?: Readonly<Record<string, number>>;
}

export interface UnmappedTeam {
  /** The team as exported; null for rows with no team. */
  team: string | null;
  rows: number;
}

export interface AnnexAMonth {
  period: string;
  figures: (ComputedFigure & { ratePer10k?: number | null })[];
  /** Teams on rows that no area is mapped to: their rows count for the authority only. */
  unmappedTeams: UnmappedTeam[];
  /** Caseload per allocated worker by "Allocated Team" (the `caseload` figure's parts, team by team). */
  caseloadByTeam: CaseloadTeam[];
}

/**
 * The month's figures from one Annex A upload, for the authority and every mapped area.
 * @throws RangeError when the extract was taken before the month began (it cannot describe the month).
 */
export function computeAnnexAMonth(input: AnnexAMonthInput): AnnexAMonth {
  const { period, lists, authorityAreaId } = input;
  const { first } = monthBounds(period);
  if (lists.extractDate < first) {
    throw new RangeError(`The extract was taken on ${lists.extractDate}, before ${period} began`);
  }
  const areaByTeam = new Map(Object.entries(input.teamAreas).map(([team, area]) => [teamKey(team), area]));
  const areaOfTeam = (team: string | null) => areaByTeam.get(teamKey(team)) ?? null;
  const areaIds = [...new Set(areaByTeam.values())].filter((id) => id !== authorityAreaId).sort();
  const decimalsOf = (id: string) => input.decimals?.[id] ?? 0;
  const percentOf = (id: string, outcome: RuleOutcome) =>
    percentFigures(id, outcome, areaOfTeam, authorityAreaId, areaIds, decimalsOf(id));
  const countOf = (id: string, outcome: RuleOutcome) =>
    countFigures(id, outcome, areaOfTeam, authorityAreaId, areaIds, input.populations ?? {});

  const caseload = computeCaseload(period, lists);
  const figures = [
    ...unallocatedCaseFigures(computeUnallocatedCases(period, lists), areaOfTeam, authorityAreaId, areaIds),
    ...percentOf(
      "re-referrals",
      computeReReferrals(period, lists.referrals, lists.extractDate, input.coverageStartDate ?? null),
    ),
    ...percentOf("assessments-in-timescale", computeAssessmentsInTimescale(period, lists.assessments)),
    ...percentOf("children-seen-at-assessment", computeChildrenSeenAtAssessment(period, lists.assessments)),
    ...countOf("cp-plans", computeChildProtectionPlans(period, lists.childProtection, lists.extractDate)),
    ...percentOf("cp-visits", computeChildProtectionVisits(period, lists.childProtection, lists.extractDate)),
    ...countOf(
      "children-in-care",
      computeChildrenInCare(period, lists.childrenLookedAfter, lists.extractDate),
    ),
    ...percentOf("care-leavers-ete", computeCareLeaversInEet(lists.careLeavers)),
    ...(["adoption-care-to-placement", "adoption-court-to-match"] as const).flatMap((id) =>
      computeAdoptionAverage(
        id,
        period,
        lists.adoptions,
        areaOfTeam,
        authorityAreaId,
        areaIds,
        decimalsOf(id),
      ),
    ),
    ...caseloadFigures(caseload, areaOfTeam, authorityAreaId, areaIds, decimalsOf("caseload")),
  ];

  const unmapped = new Map<string, UnmappedTeam>();
  const allRows = [
    ...lists.referrals,
    ...lists.assessments,
    ...lists.childrenInNeed,
    ...lists.childProtection,
    ...lists.childrenLookedAfter,
    ...lists.careLeavers,
    ...lists.adoptions,
  ];
  for (const row of allRows) {
    if (areaOfTeam(row.allocatedTeam) !== null) continue;
    const key = teamKey(row.allocatedTeam);
    const entry = unmapped.get(key) ?? { team: row.allocatedTeam, rows: 0 };
    entry.rows++;
    unmapped.set(key, entry);
  }
  const unmappedTeams = [...unmapped.values()].sort((a, b) => ((a.team ?? "") < (b.team ?? "") ? -1 : 1));
  return {
    period,
    figures,
    unmappedTeams,
    caseloadByTeam: caseloadByTeam(caseload, areaOfTeam, decimalsOf("caseload")),
  };
}
