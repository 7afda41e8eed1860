import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { draftFigures, observations, organisations } from "../../db/schema.ts";
import { makeUser, type SignedIn, signIn } from "../../test/auth-fixture.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";
const MONTH = "2018-05";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const HEADER = "indicator,area,breakdown,numerator,denominator,value,note,period";
const GOOD_CSV = `${HEADER}\nre-referrals,city,,80,400,,,${MONTH}\nchildren-in-care,city,,,,1900,,\n`;

/** Each rule of the return, one malformed file each: where the problem must be reported. */
const malformed: { name: string; csv: string; row: number | null; column: string | null; message: RegExp }[] =
  [
    {
      name: "unknown indicator",
      csv: `${HEADER}\nre-refs,city,,1,2,,,`,
      row: 2,
      column: "indicator",
      message: /"re-refs" is not one of/,
    },
    {
      name: "unknown area",
      csv: `${HEADER}\nre-referrals,atlantis,,1,2,,,`,
      row: 2,
      column: "area",
      message: /"atlantis" is not one of/,
    },
    {
      name: "another month",
      csv: `${HEADER}\nre-referrals,city,,1,2,,,2018-04`,
      row: 2,
      column: "period",
      message: /April 2018.*May 2018/,
    },
    {
      name: "duplicate row",
      csv: `${HEADER}\nre-referrals,city,,1,2,,,\nre-referrals,city,,3,4,,,`,
      row: 3,
      column: "indicator",
      message: /repeats row 2/,
    },
    {
      name: "not a number",
      csv: `${HEADER}\nre-referrals,city,,lots,2,,,`,
      row: 2,
      column: "numerator",
      message: /"lots" is not a number/,
    },
    {
      name: "a percentage",
      csv: `${HEADER}\nchildren-in-care,city,,,,12%,,`,
      row: 2,
      column: "value",
      message: /not a percentage/,
    },
    {
      name: "negative",
      csv: `${HEADER}\nchildren-in-care,city,,,,-4,,`,
      row: 2,
      column: "value",
      message: /negative/,
    },
    {
      name: "numerator above denominator",
      csv: `${HEADER}\nre-referrals,city,,500,400,,,`,
      row: 2,
      column: "numerator",
      message: /above the denominator/,
    },
    {
      name: "missing denominator",
      csv: `${HEADER}\nre-referrals,city,,80,,,,`,
      row: 2,
      column: "denominator",
      message: /denominator is missing/,
    },
    {
      name: "value for a ratio",
      csv: `${HEADER}\nre-referrals,city,,,,20,,`,
      row: 2,
      column: "value",
      message: /numerator and a denominator/,
    },
    {
      name: "pair for an average",
      csv: `${HEADER}\ncaseload,city,,10,2,,,`,
      row: 2,
      column: "value",
      message: /takes a value/,
    },
    {
      name: "missing column",
      csv: "indicator,area,numerator,value\nre-referrals,city,1,",
      row: null,
      column: "denominator",
      message: /no "denominator" column/,
    },
  ];

describe.each(databaseLanes())("figures in on $name", (lane) => {
  const context = useSeededApp(lane);
  let editor: SignedIn;

  const upload = (body: string | Buffer, contentType = "text/csv", period = MONTH) =>
    context.app.inject({
      method: "POST",
      url: `${ORG}/months/${period}/figures`,
      headers: { ...editor.headers, "content-type": contentType },
      payload: body,
    });
  const storedDraft = async () =>
    JSON.stringify(
      (await context.database.db.select().from(draftFigures)).sort((a, b) =>
        `${a.period}${a.areaId}${a.indicatorId}`.localeCompare(`${b.period}${b.areaId}${b.indicatorId}`),
      ),
    );

  it("stores a return and lists what is worth a second look", async () => {
    const [birmingham] = await context.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    editor = await signIn(
      context.app,
      (await makeUser(context.database, { organisationId: birmingham?.id ?? 0, role: "editor" })).email,
    );
    const saved = await upload(GOOD_CSV);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ period: MONTH, revision: 1, rows: 2 });
    expect(Array.isArray(saved.json().warnings)).toBe(true);
  });

  it.each(malformed)(
    "answers 422 for $name, naming row and column, and stores nothing",
    async ({ csv, row, column, message }) => {
      const before = await storedDraft();
      const response = await upload(csv);
      expect(response.statusCode, response.body).toBe(422);
      const problem = response
        .json()
        .errors.find((error: { column: string | null }) => error.column === column);
      expect(problem, response.body).toMatchObject({ row, column });
      expect(problem.message).toMatch(message);
      expect(await storedDraft()).toBe(before);
    },
  );

  it("reports every problem of a file at once", async () => {
    const response = await upload(`${HEADER}\nre-refs,city,,1,2,,,\nre-referrals,atlantis,,x,2,,,`);
    expect(
      response.json().errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`),
    ).toEqual(["2:indicator", "3:area", "3:numerator"]);
  });

  it("refuses a file that is neither CSV nor XLSX (422) and one over the limit (413)", async () => {
    const before = await storedDraft();
    const pdf = await upload(Buffer.from("%PDF-1.7\n\u0000\u0001binary"), "application/pdf");
    expect(pdf.statusCode).toBe(422);
    expect(pdf.json().errors[0]).toMatchObject({
      row: null,
      column: null,
      message: expect.stringMatching(/not a CSV file or an Excel workbook/),
    });
    const huge = await upload(Buffer.alloc(21 * 1024 * 1024, 0x61));
    expect(huge.statusCode).toBe(413);
    expect(await storedDraft()).toBe(before);
  });

  it("takes its own template back: download XLSX, fill it in, upload it", async () => {
    const template = await context.app.inject({
      method: "GET",
      url: `${ORG}/months/2018-04/template?format=xlsx`,
      headers: { cookie: editor.cookie },
    });
    expect(template.statusCode).toBe(200);
    expect(template.headers["content-type"]).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Return");
    if (!sheet) throw new Error("no Return sheet");
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 4)).toEqual(["indicator", "indicator_title", "area", "area_name"]);
    const column = (name: string) => header.indexOf(name) + 1;
    let filled = 0;
    sheet.eachRow((row, number) => {
      if (number === 1) return;
      if (
        row.getCell(column("indicator")).value === "re-referrals" &&
        row.getCell(column("area")).value === "city"
      ) {
        expect(typeof row.getCell(column("last_month_denominator")).value).toBe("number");
        row.getCell(column("numerator")).value = 90;
        row.getCell(column("denominator")).value = 450;
        filled++;
      }
    });
    expect(filled).toBe(1);
    const saved = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), XLSX, "2018-04");
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().rows).toBe(1);
    const draft = await context.app.inject({
      method: "GET",
      url: `${ORG}/scorecard?period=2018-04`,
      headers: { cookie: editor.cookie },
    });
    expect(
      draft.json().rows.find((r: { indicatorId: string }) => r.indicatorId === "re-referrals"),
    ).toMatchObject({ value: 20, numerator: 90 });

    const csv = await context.app.inject({
      method: "GET",
      url: `${ORG}/months/2018-04/template?format=csv`,
      headers: { cookie: editor.cookie },
    });
    expect(csv.headers["content-type"]).toMatch(/^text\/csv/);
    expect(csv.body.startsWith("\uFEFFindicator,indicator_title,area,area_name")).toBe(true);
  });

  it("never interleaves two uploads of one month: the later wins whole", async () => {
    const fileWith = (numerator: number) =>
      `${HEADER}\n${["city", "east", "nwc", "south", "dcsc"].map((area) => `re-referrals,${area},,${numerator},400,,,`).join("\n")}`;
    const results = await Promise.all([upload(fileWith(11)), upload(fileWith(22)), upload(fileWith(33))]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const rows = await context.database.db.select().from(draftFigures).where(eq(draftFigures.period, MONTH));
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((row) => row.numerator)).size).toBe(1);
  });

  it("loads past months in bulk as published revision 1, and refuses months already held", async () => {
    const [birmingham] = await context.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    const admin = await signIn(
      context.app,
      (await makeUser(context.database, { organisationId: birmingham?.id ?? 0, role: "org_admin" })).email,
    );
    const history = `${HEADER}\nre-referrals,city,,50,300,,,2014-01\nre-referrals,city,,60,310,,,2014-02\nchildren-in-care,city,,,,1700,,2014-02\n`;
    const post = (csv: string) =>
      context.app.inject({
        method: "POST",
        url: `${ORG}/history?reason=${encodeURIComponent("Moved from the Excel pack")}`,
        headers: { ...admin.headers, "content-type": "text/csv" },
        payload: csv,
      });
    const loaded = await post(history);
    expect(loaded.statusCode, loaded.body).toBe(200);
    expect(loaded.json()).toEqual({ months: ["2014-01", "2014-02"], rows: 3 });
    const published = await context.database.db
      .select()
      .from(observations)
      .where(eq(observations.period, "2014-02"));
    expect(published).toHaveLength(2);
    const months = (await context.app.inject({ method: "GET", url: `${ORG}/months` })).json().months;
    expect(months.find((m: { period: string }) => m.period === "2014-01")).toMatchObject({
      state: "published",
      publishedRevision: 1,
      revisions: [expect.objectContaining({ revision: 1, reason: "Moved from the Excel pack" })],
    });
    const again = await post(history);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/January 2014, February 2014 are already held/);
    const withoutPeriod = await post(`${HEADER}\nre-referrals,city,,50,300,,,\n`);
    expect(withoutPeriod.statusCode).toBe(422);
    expect(withoutPeriod.json().errors[0]).toMatchObject({ row: 2, column: "period" });
  });
});
