import type { ScorecardResponse } from "@scorecard/shared/api-schema";
import type { AuditResponse } from "@scorecard/shared/audit-schema";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { organisationPeople } from "../../test/org-people.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";
const INJECTION = '=HYPERLINK("http://evil.example","click me")';

async function readSheet(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet("Data");
  if (!sheet) throw new Error("no Data sheet");
  return { workbook, sheet };
}

const records = (body: string) => parse(body, { bom: true, columns: true }) as Record<string, string>[];
const asNumber = (text: string | undefined) => (text === "" || text === undefined ? null : Number(text));

describe.each(databaseLanes())("compare and audit downloads on $name", (lane) => {
  const context = useSeededApp(lane);
  const as = organisationPeople(context, "birmingham");
  const get = (url: string, headers: Record<string, string> = {}) =>
    context.app.inject({ method: "GET", url, headers });

  it("writes the compare matrix, indicator × area, with the scorecard's figures in CSV and Excel", async () => {
    const api = (await get(`${ORG}/scorecard?period=2017-12`)).json() as ScorecardResponse;
    const expected = api.rows.flatMap((row) => [
      { row, areaId: api.area.id, figure: row },
      ...row.areas.map((area) => ({ row, areaId: area.areaId, figure: area })),
    ]);
    expect(expected.length).toBeGreaterThan(api.rows.length);

    const csv = await get(`${ORG}/compare.csv?period=2017-12`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-disposition"]).toBe(
      'attachment; filename="birmingham-compare-areas-2017-12.csv"',
    );
    const parsed = records(csv.body);
    expect(parsed).toHaveLength(expected.length);
    expected.forEach((cell, index) => {
      expect(parsed[index]?.["Area code"]).toBe(cell.areaId);
      expect(parsed[index]?.Indicator).toBe(cell.row.title);
      expect(asNumber(parsed[index]?.Value)).toBe(cell.figure.value);
      expect(asNumber(parsed[index]?.Numerator)).toBe(cell.figure.numerator);
      expect(asNumber(parsed[index]?.Denominator)).toBe(cell.figure.denominator);
      expect(parsed[index]?.RAG).toBe(cell.figure.rag ?? "");
    });

    const xlsx = await get(`${ORG}/compare.xlsx?period=2017-12`);
    const { sheet } = await readSheet(xlsx.rawPayload);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (header: string) => headers.indexOf(header) + 1;
    expected.forEach((cell, index) => {
      const value = sheet.getRow(index + 2).getCell(column("Value"));
      const percent = cell.row.unit === "percent" && cell.figure.value !== null;
      expect(value.value).toBe(
        percent && cell.figure.value !== null ? cell.figure.value / 100 : cell.figure.value,
      );
      if (percent) expect(value.numFmt).toMatch(/%$/);
      expect(sheet.getRow(index + 2).getCell(column("Month")).value).toBeInstanceOf(Date);
    });
  });

  it("validates the compare query with the scorecard's schema", async () => {
    const response = await get(`${ORG}/compare.xlsx?period=dec`);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/period/);
  });

  it("gives org admins the audit trail with the JSON's filters, an injected area name neutralised", async () => {
    const admin = await as("admin", "org_admin");
    const created = await context.app.inject({
      method: "POST",
      url: `${ORG}/areas`,
      headers: admin.headers,
      payload: { slug: "evil-area", name: INJECTION, kind: "area", parent: "city" },
    });
    expect(created.statusCode, created.body).toBe(201);

    const query = "?table=areas&pageSize=20";
    const api = (await get(`${ORG}/audit${query}`, { cookie: admin.cookie })).json() as AuditResponse;
    expect(api.entries.length).toBeGreaterThan(0);

    const csv = await get(`${ORG}/audit.csv${query}`, { cookie: admin.cookie });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-disposition"]).toBe('attachment; filename="birmingham-audit-page-1.csv"');
    const parsed = records(csv.body);
    expect(parsed.map((record) => asNumber(record.Id))).toEqual(api.entries.map((entry) => entry.id));
    expect(parsed.map((record) => record.When)).toEqual(api.entries.map((entry) => entry.occurredAt));
    expect(parsed.every((record) => record.Table === "areas")).toBe(true);
    const inserted = parsed.find((record) => record.After?.includes("evil-area"));
    expect(inserted?.After).toContain("HYPERLINK");
    // JSON text begins with `{`, so it is not a formula; the area name itself is inside it, quoted.
    expect(inserted?.After?.startsWith("{")).toBe(true);

    const xlsx = await get(`${ORG}/audit.xlsx${query}`, { cookie: admin.cookie });
    const { sheet } = await readSheet(xlsx.rawPayload);
    expect(sheet.rowCount).toBe(api.entries.length + 1);
    const when = sheet.getRow(2).getCell(2);
    expect(when.value).toBeInstanceOf(Date);
    expect((when.value as Date).toISOString()).toBe(new Date(api.entries[0]?.occurredAt ?? "").toISOString());
    expect(sheet.getRow(2).getCell(1).value).toBe(api.entries[0]?.id);

    const bad = await get(`${ORG}/audit.csv?pageSize=500`, { cookie: admin.cookie });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/pageSize/);
  });

  it("keeps the audit downloads from anyone below org admin", async () => {
    const approver = await as("approver", "approver");
    for (const format of ["csv", "xlsx"]) {
      expect((await get(`${ORG}/audit.${format}`)).statusCode).toBe(401);
      expect((await get(`${ORG}/audit.${format}`, { cookie: approver.cookie })).statusCode).toBe(403);
    }
  });
});
