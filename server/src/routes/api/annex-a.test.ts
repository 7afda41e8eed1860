import { generateAnnexA } from "@scorecard/seed/annex-a/generate-annex-a";
import { writeAnnexACsvZip } from "@scorecard/seed/annex-a/write-annex-a-csv-zip";
import { writeAnnexAXlsx } from "@scorecard/seed/annex-a/write-annex-a-xlsx";
import { computeAnnexAMonth } from "@scorecard/shared/annex-a/annex-a-month";
import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { annexAImports, areas, draftFigures, organisations } from "../../db/schema.ts";
import { organisationPeople } from "../../test/org-people.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";
const PERIOD = "2018-04";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Stored as a value alone, as a return gives them (the catalogue's measure kind "mean"). */
const MEANS = new Set([
  "care-leavers-ete",
  "adoption-care-to-placement",
  "adoption-court-to-match",
  "caseload",
]);
const TEAMS = [
  { team: "Assessment Team 1", area: "east" },
  { team: "assessment  team 2", area: "nwc" },
  { team: "Safeguarding North", area: "nwc" },
  { team: "Safeguarding South", area: "south" },
  { team: "Children in Care East", area: "east" },
];

/** Referrals in the month whose child had another referral in the year before, counted naively. */
function reReferralsByHand(rows: { childId: string; referralDate: string }[], period: string) {
  // A row repeated exactly (same child, same day) is one referral.
  const referrals = [...new Map(rows.map((row) => [`${row.childId} ${row.referralDate}`, row])).values()];
  const inMonth = referrals.filter((referral) => referral.referralDate.startsWith(period));
  const reReferred = inMonth.filter((referral) => {
    const yearBefore = `${Number(referral.referralDate.slice(0, 4)) - 1}${referral.referralDate.slice(4)}`;
    return referrals.some(
      (other) =>
        other !== referral &&
        other.childId === referral.childId &&
        other.referralDate < referral.referralDate &&
        other.referralDate >= yearBefore,
    );
  });
  return { numerator: reReferred.length, denominator: inMonth.length };
}

describe.each(databaseLanes())("Annex A: computing the month on $name", (lane) => {
  const context = useSeededApp(lane);
  const as = organisationPeople(context, "birmingham");
  const lists = generateAnnexA({ period: PERIOD, seed: "route-test", referredChildren: 400 });
  let workbook: Buffer;
  beforeAll(async () => {
    workbook = await writeAnnexAXlsx(lists);
  });

  const draftRows = async () => {
    const [birmingham] = await context.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    return context.database.db
      .select({
        indicator: draftFigures.indicatorId,
        area: areas.slug,
        numerator: draftFigures.numerator,
        denominator: draftFigures.denominator,
        value: draftFigures.value,
        note: draftFigures.note,
      })
      .from(draftFigures)
      .innerJoin(areas, eq(areas.id, draftFigures.areaId))
      .where(and(eq(draftFigures.organisationId, birmingham?.id ?? 0), eq(draftFigures.period, PERIOD)));
  };
  const upload = async (body: Buffer, who: { headers: Record<string, string> } | null, type = XLSX) =>
    context.app.inject({
      method: "POST",
      url: `${ORG}/months/${PERIOD}/annex-a?fileName=northshire-2018-04.xlsx`,
      headers: { ...(who?.headers ?? {}), "content-type": type },
      payload: body,
    });

  it("keeps the team table an org admin sets, refusing unknown areas and repeated teams with nothing stored", async () => {
    const admin = await as("annex-admin", "org_admin");
    const bad = await context.app.inject({
      method: "PUT",
      url: `${ORG}/annex-a/teams`,
      headers: admin.headers,
      payload: { teams: [...TEAMS, { team: "ASSESSMENT TEAM 1", area: "atlantis" }] },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([
      { row: 6, column: "team", message: '"ASSESSMENT TEAM 1" is already on row 1' },
      { row: 6, column: "area", message: 'there is no area "atlantis"' },
    ]);
    expect(
      (await context.app.inject({ url: `${ORG}/annex-a/teams`, headers: admin.headers })).json(),
    ).toEqual({
      teams: [],
    });
    const saved = await context.app.inject({
      method: "PUT",
      url: `${ORG}/annex-a/teams`,
      headers: admin.headers,
      payload: { teams: TEAMS },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().teams).toHaveLength(TEAMS.length);
    const editor = await as("annex-editor-teams", "editor");
    expect(
      (await context.app.inject({ url: `${ORG}/annex-a/teams`, headers: editor.headers })).statusCode,
    ).toBe(403);
  });

  it("fills the draft from the workbook: every figure as the engine computes it from the lists, each with its source", async () => {
    const editor = await as("annex-editor", "editor");
    const response = await upload(workbook, editor);
    expect(response.statusCode, response.body.slice(0, 400)).toBe(200);
    const body = response.json();
    const expected = computeAnnexAMonth({
      period: PERIOD,
      lists,
      teamAreas: Object.fromEntries(TEAMS.map(({ team, area }) => [team, area])),
      authorityAreaId: "city",
    });
    const stored = await draftRows();
    expect(stored.length).toBeGreaterThan(10);
    expect(stored.length).toBe(body.import.figures);
    for (const figure of expected.figures) {
      const row = stored.find((line) => line.indicator === figure.indicatorId && line.area === figure.areaId);
      // A mean with no rows behind it (no care leavers in an area) is no figure at all, as in a return.
      if (MEANS.has(figure.indicatorId) && figure.value === null) {
        expect(row?.value ?? null).toBeNull();
        continue;
      }
      expect(row, `${figure.indicatorId} ${figure.areaId}`).toBeDefined();
      if (MEANS.has(figure.indicatorId)) {
        expect(row?.value).toBe(figure.value);
      } else {
        expect(row?.numerator).toBe(figure.numerator);
        expect(row?.denominator).toBe(figure.denominator);
      }
      expect(row?.note).toMatch(
        /^computed from Annex A, file northshire-2018-04\.xlsx \(sha256 [0-9a-f]{12}\), /,
      );
    }
    // One figure counted independently of the engine, from the generated referrals.
    const byHand = reReferralsByHand(lists.referrals, PERIOD);
    const city = stored.find((line) => line.indicator === "re-referrals" && line.area === "city");
    expect({ numerator: city?.numerator, denominator: city?.denominator }).toEqual(byHand);
    const drill = body.figures.find(
      (figure: { indicator: string; area: string }) =>
        figure.indicator === "re-referrals" && figure.area === "city",
    );
    expect(drill.numeratorChildIds).toHaveLength(byHand.numerator);
    expect(drill.denominatorChildIds).toHaveLength(byHand.denominator);
    expect(body.import).toMatchObject({ fileName: "northshire-2018-04.xlsx", childRowsKept: false });
    expect(body.import.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    const [record] = await context.database.db
      .select()
      .from(annexAImports)
      .where(eq(annexAImports.id, body.import.id));
    expect(record).toMatchObject({
      period: PERIOD,
      rowsRead: body.import.rowsRead,
      fileSha256: body.import.fileSha256,
    });
    expect(body.unmappedTeams.length).toBeGreaterThan(0);
  });

  it("reads the same lists from a zip of CSVs", async () => {
    const editor = await as("annex-editor", "editor");
    const fromXlsx = await draftRows();
    const response = await upload(writeAnnexACsvZip(lists), editor, "application/zip");
    expect(response.statusCode, response.body.slice(0, 400)).toBe(200);
    const strip = (rows: typeof fromXlsx) =>
      rows
        .map(({ note: _note, ...rest }) => rest)
        .sort((a, b) => `${a.indicator}${a.area}`.localeCompare(`${b.indicator}${b.area}`));
    expect(strip(await draftRows())).toEqual(strip(fromXlsx));
  });

  it("refuses a workbook with a missing column (422 naming sheet and column) and leaves the draft as it was", async () => {
    const editor = await as("annex-editor", "editor");
    const before = await draftRows();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(workbook as unknown as ArrayBuffer);
    const referrals = book.worksheets.find((sheet) =>
      String(sheet.getRow(1).values).toLowerCase().includes("referral"),
    );
    expect(referrals).toBeDefined();
    referrals?.spliceColumns(1, 1);
    const broken = Buffer.from(await book.xlsx.writeBuffer());
    const response = await upload(broken, editor);
    expect(response.statusCode).toBe(422);
    const problems = response.json().errors as { sheet: string; column: string | null }[];
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]?.sheet).toBe(referrals?.name);
    expect(problems[0]?.column).not.toBeNull();
    expect(await draftRows()).toEqual(before);
    const notAFile = await upload(Buffer.from("hello"), editor);
    expect(notAFile.statusCode).toBe(422);
  });

  it("is for editors and above: anonymous 401, viewer 403", async () => {
    expect((await upload(workbook, null)).statusCode).toBe(401);
    expect((await upload(workbook, await as("annex-viewer", "viewer"))).statusCode).toBe(403);
  });
});

/**
 * Unallocated cases and caseload counted by hand from the generated Lists 6, 7 and 8, with no code of the
 * engine: the cases open on the extract date (the month's last day), each child once for unallocated
 * cases and each child–worker pair once for caseload.
 */
function openCasesByHand(
  lists: ReturnType<typeof generateAnnexA>,
  areaOfTeam: (team: string | null) => string | null,
) {
  const on = lists.extractDate;
  const open = (start: string | null, end: string | null) =>
    (start === null || start <= on) && (end === null || end > on);
  const rows = [
    ...lists.childrenLookedAfter
      .filter((row) => open(row.startedLookedAfterDate, row.ceasedLookedAfterDate))
      .map((row) => ({ ...row, start: row.startedLookedAfterDate })),
    ...lists.childProtection
      .filter((row) => open(row.planStartDate, row.planEndDate))
      .map((row) => ({ ...row, start: row.planStartDate })),
    ...lists.childrenInNeed
      .filter((row) => open(row.caseStartDate, row.caseClosedDate))
      .map((row) => ({ ...row, start: row.caseStartDate })),
  ];
  const days = (from: string) => (Date.parse(on) - Date.parse(from)) / 86_400_000;
  const children = new Map<string, typeof rows>();
  for (const row of rows) children.set(row.childId, [...(children.get(row.childId) ?? []), row]);
  const unallocated = new Map<string | null, { numerator: number; denominator: number }>();
  const add = (area: string | null, isUnallocated: boolean) => {
    const entry = unallocated.get(area) ?? { numerator: 0, denominator: 0 };
    entry.denominator++;
    if (isUnallocated) entry.numerator++;
    unallocated.set(area, entry);
  };
  for (const childRows of children.values()) {
    // The synthetic authority keeps a child's cases in one team, so the child's area is not in doubt.
    expect(new Set(childRows.map((row) => row.allocatedTeam)).size).toBe(1);
    const noWorker = childRows.every((row) => row.allocatedWorker === null);
    const starts = childRows.flatMap((row) => (row.start === null ? [] : [row.start]));
    // Unallocated with no start date: whether 7 days have passed cannot be told, so not counted at all.
    if (noWorker && starts.length === 0) continue;
    const isUnallocated = noWorker && Math.max(...starts.map(days)) >= 7;
    add("city", isUnallocated);
    add(areaOfTeam(childRows[0]?.allocatedTeam ?? null), isUnallocated);
  }
  const caseload = (area: string) => {
    const held = rows.filter(
      (row) => row.allocatedWorker !== null && (area === "city" || areaOfTeam(row.allocatedTeam) === area),
    );
    const cases = new Set(held.map((row) => `${row.childId} ${row.allocatedWorker}`)).size;
    const workers = new Set(held.map((row) => row.allocatedWorker)).size;
    return { cases, workers, average: workers === 0 ? null : Math.round(cases / workers) };
  };
  const caseloadOfTeam = (team: string | null) => {
    const key = (name: string | null) => name?.replace(/\s+/g, " ").trim().toLowerCase() ?? null;
    const held = rows.filter((row) => row.allocatedWorker !== null && key(row.allocatedTeam) === key(team));
    const cases = new Set(held.map((row) => `${row.childId} ${row.allocatedWorker}`)).size;
    const workers = new Set(held.map((row) => row.allocatedWorker)).size;
    return { cases, workers, average: Math.round(cases / workers) };
  };
  return { unallocated, caseload, caseloadOfTeam };
}

describe.each(databaseLanes())("Annex A: unallocated cases and caseload on $name", (lane) => {
  const context = useSeededApp(lane);
  const as = organisationPeople(context, "birmingham");
  const lists = generateAnnexA({ period: PERIOD, seed: "route-test", referredChildren: 400 });
  const areaOfTeam = (team: string | null) =>
    TEAMS.find((entry) => entry.team.replace(/\s+/g, " ").toLowerCase() === team?.toLowerCase())?.area ??
    null;

  it("puts both figures in the draft for the authority and each area, as counted by hand from the lists", async () => {
    const admin = await as("caseload-admin", "org_admin");
    const teams = await context.app.inject({
      method: "PUT",
      url: `${ORG}/annex-a/teams`,
      headers: admin.headers,
      payload: { teams: TEAMS },
    });
    expect(teams.statusCode, teams.body).toBe(200);
    const editor = await as("caseload-editor", "editor");
    const response = await context.app.inject({
      method: "POST",
      url: `${ORG}/months/${PERIOD}/annex-a?fileName=northshire-2018-04.xlsx`,
      headers: { ...editor.headers, "content-type": XLSX },
      payload: await writeAnnexAXlsx(lists),
    });
    expect(response.statusCode, response.body.slice(0, 400)).toBe(200);
    const figures = response.json().figures as {
      indicator: string;
      area: string;
      numerator: number;
      denominator: number;
      value: number | null;
      numeratorChildIds: string[];
    }[];
    const [birmingham] = await context.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    const stored = await context.database.db
      .select({
        indicator: draftFigures.indicatorId,
        area: areas.slug,
        numerator: draftFigures.numerator,
        denominator: draftFigures.denominator,
        value: draftFigures.value,
      })
      .from(draftFigures)
      .innerJoin(areas, eq(areas.id, draftFigures.areaId))
      .where(and(eq(draftFigures.organisationId, birmingham?.id ?? 0), eq(draftFigures.period, PERIOD)));
    const byHand = openCasesByHand(lists, areaOfTeam);

    for (const area of ["city", "east", "nwc", "south"]) {
      const expected = byHand.unallocated.get(area) ?? { numerator: 0, denominator: 0 };
      const row = stored.find((line) => line.indicator === "unallocated-cases" && line.area === area);
      expect(row, `unallocated-cases ${area}`).toMatchObject({ ...expected, value: expected.numerator });
      const load = byHand.caseload(area);
      const caseload = stored.find((line) => line.indicator === "caseload" && line.area === area);
      // A mean is stored as its value alone; the answer carries the cases and workers behind it.
      expect(caseload, `caseload ${area}`).toMatchObject({
        numerator: null,
        denominator: null,
        value: load.average,
      });
      const drill = figures.find((figure) => figure.indicator === "caseload" && figure.area === area);
      expect(drill).toMatchObject({ numerator: load.cases, denominator: load.workers, value: load.average });
      expect(drill?.numeratorChildIds).toHaveLength(load.cases);
    }
    const city = byHand.unallocated.get("city");
    expect(city?.numerator).toBeGreaterThan(0);
    expect(city?.numerator).toBeLessThan(city?.denominator ?? 0);
    expect(byHand.caseload("city").average).toBeGreaterThan(1);
    const drill = figures.find(
      (figure) => figure.indicator === "unallocated-cases" && figure.area === "city",
    );
    expect(drill?.numeratorChildIds).toContain("5000007");
    expect(drill?.numeratorChildIds).not.toContain("5000006");
    // The caseload team by team: every team's cases and workers as counted by hand.
    const byTeam = response.json().caseloadByTeam as {
      team: string | null;
      cases: number;
      workers: number;
      average: number;
    }[];
    expect(byTeam.length).toBeGreaterThan(1);
    for (const team of byTeam) expect(team).toMatchObject(byHand.caseloadOfTeam(team.team));
  });
});
