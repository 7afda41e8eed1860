import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";

describe.each(databaseLanes())("indicator series and target downloads on $name", (lane) => {
  const seeded = useSeededApp(lane);
  const get = (url: string) => seeded.app.inject({ method: "GET", url });

  it("writes the re-referrals series with its SPC fields; figures equal the JSON's", async () => {
    const query = "?from=2017-01&to=2017-12";
    const api = (await get(`${ORG}/indicators/re-referrals/series${query}`)).json();
    const csv = await get(`${ORG}/indicators/re-referrals/series.csv${query}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-disposition"]).toBe(
      'attachment; filename="birmingham-re-referrals-city-series.csv"',
    );
    const records: Record<string, string>[] = parse(csv.body, { bom: true, columns: true });
    expect(records.map((record) => record.Month)).toEqual(
      api.points.map((p: { period: string }) => p.period),
    );
    expect(records.map((record) => record.Numerator)).toEqual(
      api.points.map((p: { numerator: number | null }) => (p.numerator === null ? "" : String(p.numerator))),
    );
    expect(records[0]?.["Upper process limit"]).toBe(String(api.spc.upperProcessLimit ?? ""));

    const xlsx = await get(`${ORG}/indicators/re-referrals/series.xlsx${query}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Data");
    if (!sheet) throw new Error("no Data sheet");
    api.points.forEach((point: { period: string; value: number | null }, index: number) => {
      const month = sheet.getRow(index + 2).getCell(1);
      expect(month.value).toBeInstanceOf(Date);
      expect((month.value as Date).toISOString().slice(0, 7)).toBe(point.period);
      const value = sheet.getRow(index + 2).getCell(2);
      // re-referrals is a percent: Excel holds the fraction with a percentage format.
      if (point.value === null) expect(value.value).toBeNull();
      else {
        expect(value.value).toBe(point.value / 100);
        expect(value.numFmt).toMatch(/%$/);
      }
    });
  });

  it("writes the target history and answers 404 for an unknown indicator like the JSON route", async () => {
    const api = (await get(`${ORG}/indicators/re-referrals/targets`)).json();
    const csv = await get(`${ORG}/indicators/re-referrals/targets.csv`);
    const records: Record<string, string>[] = parse(csv.body, { bom: true, columns: true });
    expect(records.map((record) => record.Target)).toEqual(
      api.targets.map((t: { value: number | null }) => (t.value === null ? "" : String(t.value))),
    );
    expect((await get(`${ORG}/indicators/no-such-thing/targets.xlsx`)).statusCode).toBe(
      (await get(`${ORG}/indicators/no-such-thing/targets`)).statusCode,
    );
  });
});
