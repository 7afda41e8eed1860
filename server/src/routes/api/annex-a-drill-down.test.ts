import { generateAnnexA } from "@scorecard/seed/annex-a/generate-annex-a";
import { writeAnnexACsvZip } from "@scorecard/seed/annex-a/write-annex-a-csv-zip";
import type { AnnexAImportResponse, ComputedFigureResponse } from "@scorecard/shared/annex-a/annex-a-schema";
import { parse } from "csv-parse/sync";
import { and, eq, gt, inArray, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { sweepExpiredDrillDowns } from "../../annex-a/annex-a-retention.ts";
import { annexADrillDowns, annexASettings, auditLog, organisations } from "../../db/schema.ts";
import { organisationPeople } from "../../test/org-people.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";
const PERIOD = "2018-04";
const MONTH = `${ORG}/months/${PERIOD}/annex-a`;
const DAY_MS = 24 * 60 * 60 * 1000;
const TEAMS = [
  { team: "Assessment Team 1", area: "east" },
  { team: "Safeguarding North", area: "nwc" },
  { team: "Safeguarding South", area: "south" },
];
type Who = { headers: Record<string, string> } | null;

describe.each(databaseLanes())(
  "Annex A: keeping and showing the children behind a figure on $name",
  (lane) => {
    const context = useSeededApp(lane);
    const as = organisationPeople(context, "birmingham");
    const zip = writeAnnexACsvZip(
      generateAnnexA({ period: PERIOD, seed: "drill-down-test", referredChildren: 300 }),
    );
    let organisationId = 0;

    beforeAll(async () => {
      const [birmingham] = await context.database.db
        .select()
        .from(organisations)
        .where(eq(organisations.slug, "birmingham"));
      organisationId = birmingham?.id ?? 0;
      const admin = await as("retention-admin", "org_admin");
      const teams = await context.app.inject({
        method: "PUT",
        url: `${ORG}/annex-a/teams`,
        headers: admin.headers,
        payload: { teams: TEAMS },
      });
      expect(teams.statusCode, teams.body).toBe(200);
    });

    const inject = (url: string, who: Who, method: "GET" | "PUT" = "GET", payload?: unknown) =>
      context.app.inject({
        method,
        url,
        headers: who?.headers ?? {},
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
    const upload = async (): Promise<AnnexAImportResponse> => {
      const response = await context.app.inject({
        method: "POST",
        url: `${MONTH}?fileName=northshire-2018-04.zip`,
        headers: { ...(await as("retention-editor", "editor")).headers, "content-type": "application/zip" },
        payload: zip,
      });
      expect(response.statusCode, response.body.slice(0, 400)).toBe(200);
      return response.json();
    };
    const setRetention = async (retainDrillDownDays: unknown) =>
      inject(`${ORG}/annex-a/settings`, await as("retention-admin", "org_admin"), "PUT", {
        retainDrillDownDays,
      });
    const drillDown = async (query: string, suffix = "") =>
      inject(`${MONTH}/drill-down${suffix}?${query}`, await as("retention-editor", "editor"));
    const keptRows = (importId: number) =>
      context.database.db.select().from(annexADrillDowns).where(eq(annexADrillDowns.importId, importId));
    const figureOf = (answer: AnnexAImportResponse, indicator: string, area: string) => {
      const figure = answer.figures.find((one) => one.indicator === indicator && one.area === area);
      expect(figure, `${indicator} ${area}`).toBeDefined();
      return figure as ComputedFigureResponse;
    };
    const eventsSince = (id: number, action: string) =>
      context.database.db
        .select()
        .from(auditLog)
        .where(and(gt(auditLog.id, id), eq(auditLog.action, action)));
    const lastAuditId = async () =>
      (
        await context.database.db
          .select({ id: sql<number>`coalesce(max(${auditLog.id}), 0)`.mapWith(Number) })
          .from(auditLog)
      )[0]?.id ?? 0;

    it("keeps nothing by default: nothing stored, and the drill-down says why it cannot be shown", async () => {
      const admin = await as("retention-admin", "org_admin");
      expect((await inject(`${ORG}/annex-a/settings`, admin)).json()).toEqual({ retainDrillDownDays: null });
      const answer = await upload();
      expect(answer.import).toMatchObject({ childRowsKept: false, childRowsKeptUntil: null });
      // The answer still carries the children, to the editor who uploaded.
      expect(figureOf(answer, "re-referrals", "city").denominatorChildIds.length).toBeGreaterThan(0);
      expect(await keptRows(answer.import.id)).toEqual([]);
      const refused = await drillDown("indicator=re-referrals&area=city");
      expect(refused.statusCode).toBe(404);
      expect(refused.json().message).toMatch(
        /were not kept.*: an org admin can turn on retention, or upload the file again to see them$/,
      );
      expect((await drillDown("indicator=re-referrals&area=city", ".csv")).statusCode).toBe(404);
      const imports = await inject(`${MONTH}/imports`, await as("retention-editor", "editor"));
      expect(imports.json().imports[0]).toMatchObject({
        id: answer.import.id,
        childRowsKept: false,
        childRowsKeptUntil: null,
        importedBy: "retention-editor@birmingham.example.org",
      });
    });

    it("refuses a bad setting with 400 naming the field, and changes nothing", async () => {
      const before = await lastAuditId();
      for (const bad of [0, 93, 1.5, "30", undefined]) {
        const response = await setRetention(bad);
        expect(response.statusCode, `${bad}`).toBe(400);
        expect(response.json().message, `${bad}`).toContain("retainDrillDownDays");
      }
      const notJson = await context.app.inject({
        method: "PUT",
        url: `${ORG}/annex-a/settings`,
        headers: {
          ...(await as("retention-admin", "org_admin")).headers,
          "content-type": "application/json",
        },
        payload: "{",
      });
      expect(notJson.statusCode).toBe(400);
      expect(
        await context.database.db
          .select()
          .from(annexASettings)
          .where(eq(annexASettings.organisationId, organisationId)),
      ).toEqual([]);
      expect(await lastAuditId()).toBe(before);
    });

    it("keeps the drill-down when turned on: stored with the upload, served as the answer had it, and as CSV", async () => {
      const before = await lastAuditId();
      const turnedOn = await setRetention(30);
      expect(turnedOn.statusCode, turnedOn.body).toBe(200);
      expect(turnedOn.json()).toEqual({ retainDrillDownDays: 30 });
      const [settingAudit] = await context.database.db
        .select()
        .from(auditLog)
        .where(and(gt(auditLog.id, before), eq(auditLog.tableName, "annex_a_settings")));
      expect(settingAudit).toMatchObject({
        action: "insert",
        actorLabel: "retention-admin@birmingham.example.org",
        after: { organisation_id: organisationId, retain_drill_down_days: 30 },
      });

      const answer = await upload();
      expect(answer.import.childRowsKept).toBe(true);
      const stored = await keptRows(answer.import.id);
      expect(stored).toHaveLength(answer.figures.length);
      const [listed] = (await inject(`${MONTH}/imports`, await as("retention-editor", "editor"))).json()
        .imports;
      expect(listed).toMatchObject({ id: answer.import.id, childRowsKept: true });
      expect(listed.childRowsKeptUntil).toBe(answer.import.childRowsKeptUntil);
      expect(Date.parse(listed.childRowsKeptUntil) - Date.parse(listed.importedAt)).toBe(30 * DAY_MS);

      for (const [indicator, area] of [
        ["re-referrals", "city"],
        ["re-referrals", "east"],
        ["assessments-in-timescale", "city"],
        ["care-leavers-ete", "city"],
      ] as const) {
        const response = await drillDown(`indicator=${indicator}&area=${area}`);
        expect(response.statusCode, response.body).toBe(200);
        expect(response.headers["cache-control"]).toBe("no-store");
        const body = response.json();
        expect(body.figure).toEqual(figureOf(answer, indicator, area));
        expect(body.import).toEqual(listed);
        // The same figure, named by its upload.
        const named = await drillDown(`indicator=${indicator}&area=${area}&import=${answer.import.id}`);
        expect(named.json()).toEqual(body);
      }

      const csv = await drillDown("indicator=re-referrals&area=city", ".csv");
      expect(csv.statusCode, csv.body).toBe(200);
      expect(csv.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect(csv.headers["cache-control"]).toBe("no-store");
      expect(csv.headers["content-disposition"]).toBe(
        `attachment; filename="birmingham-annex-a-2018-04-upload-${answer.import.id}-re-referrals-city-children.csv"`,
      );
      expect(csv.body.startsWith("\uFEFF")).toBe(true);
      expect(csv.body.includes("\r\n")).toBe(true);
      const rows = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
      const figure = figureOf(answer, "re-referrals", "city");
      const idsOn = (...lists: string[]) =>
        rows.filter((row) => lists.includes(row.List ?? "")).map((row) => row["Child id"] ?? "");
      expect(idsOn("numerator")).toEqual(figure.numeratorChildIds);
      expect(idsOn("numerator", "denominator only").sort()).toEqual([...figure.denominatorChildIds].sort());
      expect(
        rows
          .filter((row) => row.List === "excluded")
          .map((row) => ({
            sheet: row.Sheet,
            row: Number(row.Row),
            childId: row["Child id"],
            reason: row.Reason,
          })),
      ).toEqual(figure.exclusions);
      expect(rows.length).toBe(figure.denominatorChildIds.length + figure.exclusions.length);

      // Keeping is an audit event, and no child id reaches the append-only audit log.
      const [kept] = await eventsSince(before, "annex_a.drill_down.kept");
      expect(kept?.detail).toMatchObject({ importId: answer.import.id, figures: answer.figures.length });
      const childIdsInAudit = await context.database.db
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(
          and(
            gt(auditLog.id, before),
            sql`concat(${auditLog.after}::text, ${auditLog.detail}::text) like ${`%${figure.denominatorChildIds[0]}%`}`,
          ),
        );
      expect(childIdsInAudit).toEqual([]);
    });

    it("answers 404 naming what is missing: an unknown upload, a figure the upload does not have", async () => {
      const missingFigure = await drillDown("indicator=re-referrals&area=atlantis");
      expect(missingFigure.statusCode).toBe(404);
      expect(missingFigure.json().message).toMatch(
        /no computed figure for indicator "re-referrals" in area "atlantis"/,
      );
      const missingImport = await drillDown("indicator=re-referrals&area=city&import=999999");
      expect(missingImport.statusCode).toBe(404);
      expect(missingImport.json().message).toMatch(
        /^import: there is no Annex A upload 999999 for April 2018/,
      );
      const noUpload = await inject(
        `${ORG}/months/2018-05/annex-a/drill-down?indicator=re-referrals&area=city`,
        await as("retention-editor", "editor"),
      );
      expect(noUpload.statusCode).toBe(404);
      expect(noUpload.json().message).toBe("No Annex A file has been uploaded for May 2018");
      const noIndicator = await drillDown("area=city");
      expect(noIndicator.statusCode).toBe(400);
      expect(noIndicator.json().message).toContain("indicator");
    });

    it("never serves a drill-down past its keptUntil, and deletes it at the sweep and at the next upload", async () => {
      const first = (await inject(`${MONTH}/imports`, await as("retention-editor", "editor"))).json()
        .imports[0];
      const expire = (importId: number) =>
        context.database.db
          .update(annexADrillDowns)
          .set({ keptUntil: sql`now() - interval '1 minute'` })
          .where(eq(annexADrillDowns.importId, importId));
      const keptBefore = (await keptRows(first.id)).length;
      expect(keptBefore).toBeGreaterThan(0);
      await expire(first.id);
      const refused = await drillDown("indicator=re-referrals&area=city");
      expect(refused.statusCode).toBe(404);
      expect(refused.json().message).toMatch(/were not kept, or their retention has ended/);
      const listed = (await inject(`${MONTH}/imports`, await as("retention-editor", "editor"))).json()
        .imports[0];
      expect(listed).toMatchObject({ id: first.id, childRowsKept: false, childRowsKeptUntil: null });

      const before = await lastAuditId();
      expect(await sweepExpiredDrillDowns(context.database.db)).toBe(keptBefore);
      expect(await keptRows(first.id)).toEqual([]);
      const [swept] = await eventsSince(before, "annex_a.drill_down.deleted");
      expect(swept).toMatchObject({
        actorKind: "system",
        actorLabel: "annex-a-retention",
        organisationId,
        detail: { reason: "expired", imports: [first.id] },
      });

      // An upload deletes the organisation's expired drill-downs in its own transaction.
      const second = await upload();
      expect((await keptRows(second.import.id)).length).toBe(second.figures.length);
      await expire(second.import.id);
      const third = await upload();
      expect(await keptRows(second.import.id)).toEqual([]);
      expect((await keptRows(third.import.id)).length).toBe(third.figures.length);
      const ids = (await inject(`${MONTH}/imports`, await as("retention-editor", "editor")))
        .json()
        .imports.map((one: { id: number }) => one.id);
      expect(ids.slice(0, 3)).toEqual([third.import.id, second.import.id, first.id]);
    });

    it("shortening retention brings keptUntil forward; turning it off deletes everything kept at once", async () => {
      const latest = await upload();
      const shortened = await setRetention(1);
      expect(shortened.statusCode, shortened.body).toBe(200);
      const [listed] = (await inject(`${MONTH}/imports`, await as("retention-editor", "editor"))).json()
        .imports;
      expect(listed.id).toBe(latest.import.id);
      expect(Date.parse(listed.childRowsKeptUntil) - Date.parse(listed.importedAt)).toBe(DAY_MS);

      const before = await lastAuditId();
      const off = await setRetention(null);
      expect(off.statusCode, off.body).toBe(200);
      expect(off.json()).toEqual({ retainDrillDownDays: null });
      expect(
        await context.database.db
          .select()
          .from(annexADrillDowns)
          .where(eq(annexADrillDowns.organisationId, organisationId)),
      ).toEqual([]);
      const [deleted] = await eventsSince(before, "annex_a.drill_down.deleted");
      expect(deleted).toMatchObject({
        actorLabel: "retention-admin@birmingham.example.org",
        detail: { reason: "retention turned off" },
      });
      expect((deleted?.detail as { imports?: number[] } | null)?.imports ?? []).toContain(latest.import.id);
      const [settingAudit] = await context.database.db
        .select()
        .from(auditLog)
        .where(and(gt(auditLog.id, before), eq(auditLog.tableName, "annex_a_settings")));
      expect(settingAudit).toMatchObject({ action: "update", after: { retain_drill_down_days: null } });
      expect((await drillDown("indicator=re-referrals&area=city")).statusCode).toBe(404);
      const next = await upload();
      expect(next.import.childRowsKept).toBe(false);
      expect(await keptRows(next.import.id)).toEqual([]);
    });

    it("shows child-level rows to editors and above only: anonymous 401, viewer 403; the setting is the org admin's", async () => {
      const viewer = await as("retention-viewer", "viewer");
      const editor = await as("retention-editor", "editor");
      const reads = [
        `${MONTH}/imports`,
        `${MONTH}/drill-down?indicator=re-referrals&area=city`,
        `${MONTH}/drill-down.csv?indicator=re-referrals&area=city`,
        `${ORG}/annex-a/settings`,
      ];
      for (const url of reads) {
        expect((await inject(url, null)).statusCode, url).toBe(401);
        expect((await inject(url, viewer)).statusCode, url).toBe(403);
      }
      expect((await inject(`${ORG}/annex-a/settings`, editor)).statusCode).toBe(403);
      for (const who of [null, viewer, editor]) {
        const response = await inject(`${ORG}/annex-a/settings`, who, "PUT", { retainDrillDownDays: 7 });
        expect(response.statusCode).toBe(who === null ? 401 : 403);
      }
      expect(
        await context.database.db
          .select({ days: annexASettings.retainDrillDownDays })
          .from(annexASettings)
          .where(inArray(annexASettings.organisationId, [organisationId])),
      ).toEqual([{ days: null }]);
    });
  },
);
