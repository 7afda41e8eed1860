import type { ScorecardResponse, ScorecardRow } from "@scorecard/shared/api-schema";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { createOrganisation } from "../../auth/organisation-service.ts";
import { systemActor } from "../../db/write-transaction.ts";
import { organisationPeople } from "../../test/org-people.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";
const DRAFT_MONTH = "2018-04";
const INJECTION = '=HYPERLINK("http://evil.example","click me")';

async function readWorkbook(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

describe.each(databaseLanes())("scorecard downloads on $name", (lane) => {
  const context = useSeededApp(lane);
  const as = organisationPeople(context, "birmingham");
  const cli = { actor: systemActor("test"), organisationId: null };

  const get = (url: string, headers: Record<string, string> = {}) =>
    context.app.inject({ method: "GET", url, headers });
  const json = async (query: string, headers: Record<string, string> = {}) =>
    (await get(`${ORG}/scorecard${query}`, headers)).json() as ScorecardResponse;

  it("writes the December 2017 scorecard as a typed workbook whose every number is the API's", async () => {
    const api = await json("?period=2017-12");
    const response = await get(`${ORG}/scorecard.xlsx?period=2017-12`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers["content-disposition"]).toBe(
      'attachment; filename="birmingham-scorecard-2017-12.xlsx"',
    );
    const workbook = await readWorkbook(response.rawPayload);
    const sheet = workbook.getWorksheet("Data");
    if (!sheet) throw new Error("no Data sheet");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    const column = (header: string) => headers.indexOf(header) + 1;
    expect(sheet.getColumn(column("Indicator")).width).toBeGreaterThanOrEqual(20);
    expect(sheet.rowCount).toBe(api.rows.length + 1);

    api.rows.forEach((row: ScorecardRow, index) => {
      const cells = sheet.getRow(index + 2);
      const value = cells.getCell(column("Value"));
      expect(cells.getCell(column("Indicator")).value).toBe(row.title);
      if (row.unit === "percent" && row.value !== null) {
        // The API's percents are 0–100; Excel's are fractions shown with the indicator's decimals.
        expect(value.value).toBe(row.value / 100);
        // As the page shows percents: at least one decimal (21.7%, not 22%).
        expect(value.numFmt).toBe(`0.${"0".repeat(Math.max(row.decimals, 1))}%`);
      } else {
        expect(value.value).toBe(row.value);
        if (row.value !== null) {
          expect(value.numFmt).toBe(row.decimals > 0 ? `0.${"0".repeat(row.decimals)}` : "0");
        }
      }
      expect(cells.getCell(column("Numerator")).value).toBe(row.numerator);
      expect(cells.getCell(column("Denominator")).value).toBe(row.denominator);
      expect(cells.getCell(column("Unit")).value).toBe(row.unit);
      expect(cells.getCell(column("Source")).value).toBe(row.source);
      const month = cells.getCell(column("Month"));
      expect(month.value).toEqual(new Date("2017-12-01T00:00:00Z"));
      expect(month.numFmt).toBe("mmm yyyy");
    });
    const reReferrals = api.rows.findIndex((row) => row.indicatorId === "re-referrals");
    expect(sheet.getRow(reReferrals + 2).getCell(column("Numerator")).value).toBe(268);

    const about = workbook.getWorksheet("About this data");
    if (!about) throw new Error("no About sheet");
    const aboutText = about.getSheetValues().flat().join("\n");
    expect(aboutText).toMatch(/Illustrative/);
    expect(aboutText).toMatch(/Generated at/);
    expect(aboutText).toContain("/api/orgs/birmingham/scorecard.xlsx?period=2017-12");
    expect(aboutText).toMatch(/April 2021/);
  });

  it("writes the same scorecard as CSV that parses back to the API's figures", async () => {
    const api = await json("?period=2017-11&area=city");
    const response = await get(`${ORG}/scorecard.csv?period=2017-11&area=city`);
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
    expect(response.headers["content-disposition"]).toBe(
      'attachment; filename="birmingham-scorecard-2017-11.csv"',
    );
    expect(response.body.startsWith("\uFEFF")).toBe(true);
    expect(response.body).toContain("\r\n");
    const records = parse(response.body, { bom: true, columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(api.rows.length);
    const asNumber = (text: string | undefined) => (text === "" || text === undefined ? null : Number(text));
    api.rows.forEach((row, index) => {
      const record = records[index];
      expect(record?.Indicator).toBe(row.title);
      expect(asNumber(record?.Value)).toBe(row.value);
      expect(asNumber(record?.Numerator)).toBe(row.numerator);
      expect(asNumber(record?.Denominator)).toBe(row.denominator);
      expect(asNumber(record?.Target)).toBe(row.target);
      expect(record?.Unit).toBe(row.unit);
      expect(record?.Source).toBe(row.source ?? "");
      expect(record?.Month).toBe("2017-11");
    });
  });

  it("validates the query with the JSON route's schema", async () => {
    const response = await get(`${ORG}/scorecard.csv?period=2017-13`);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/period/);
    const unknownArea = await get(`${ORG}/scorecard.xlsx?period=2017-12&area=atlantis`);
    expect(unknownArea.statusCode).toBe(404);
    expect(unknownArea.json().message).toMatch(/^area: /);
  });

  it("shows a draft only to editors, with formula-like commentary neutralised in both files", async () => {
    const editor = await as("editor", "editor");
    const viewer = await as("viewer", "viewer");
    const saved = await context.app.inject({
      method: "PUT",
      url: `${ORG}/months/${DRAFT_MONTH}/figures`,
      headers: editor.headers,
      payload: { figures: [{ indicator: "re-referrals", area: "city", numerator: 80, denominator: 400 }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const commentary = await context.app.inject({
      method: "PUT",
      url: `${ORG}/months/${DRAFT_MONTH}/commentary/re-referrals`,
      headers: editor.headers,
      payload: { body: INJECTION },
    });
    expect(commentary.statusCode, commentary.body).toBe(200);

    for (const format of ["csv", "xlsx"]) {
      const url = `${ORG}/scorecard.${format}?period=${DRAFT_MONTH}`;
      expect((await get(url)).statusCode).toBe(404);
      expect((await get(url, { cookie: viewer.cookie })).statusCode).toBe(404);
    }

    const csv = await get(`${ORG}/scorecard.csv?period=${DRAFT_MONTH}`, { cookie: editor.cookie });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-disposition"]).toMatch(/birmingham-scorecard-2018-04-draft\.csv/);
    const records = parse(csv.body, { bom: true, columns: true }) as Record<string, string>[];
    const row = records.find((record) => record.Indicator?.match(/re-referral/i));
    expect(row?.Commentary).toBe(`'${INJECTION}`);
    expect(row?.Status).toBe("draft");
    expect(Number(row?.Value)).toBe(20);

    const xlsx = await get(`${ORG}/scorecard.xlsx?period=${DRAFT_MONTH}`, { cookie: editor.cookie });
    const sheet = (await readWorkbook(xlsx.rawPayload)).getWorksheet("Data");
    const values = sheet?.getSheetValues().flat() ?? [];
    expect(values).toContain(`'${INJECTION}`);
    expect(values).not.toContain(INJECTION);
  });

  it("answers an API token's Authorization: Bearer, as Power BI or Excel 'from web' would send", async () => {
    const admin = await as("admin", "org_admin");
    const created = await context.app.inject({
      method: "POST",
      url: `${ORG}/tokens`,
      headers: admin.headers,
      payload: { name: "Power BI refresh", role: "viewer" },
    });
    expect(created.statusCode, created.body).toBe(201);
    const bearer = { authorization: `Bearer ${created.json().token}` };

    const withToken = await get(`${ORG}/scorecard.xlsx?period=2017-12`, bearer);
    expect(withToken.statusCode).toBe(200);
    const api = await json("?period=2017-12");
    const sheet = (await readWorkbook(withToken.rawPayload)).getWorksheet("Data");
    expect(sheet?.getRow(2).getCell(2).value).toBe(api.rows[0]?.title);
    expect(sheet?.rowCount).toBe(api.rows.length + 1);
  });

  it("refuses the anonymous on a private organisation", async () => {
    await createOrganisation(context.database.db, cli, { laCode: "332", slug: "dudley", isPublic: false });
    for (const format of ["csv", "xlsx"]) {
      const response = await get(`/api/orgs/dudley/scorecard.${format}?period=2017-12`);
      expect(response.statusCode).toBe(401);
      expect(response.headers["content-type"]).toMatch(/json/);
    }
  });
});
