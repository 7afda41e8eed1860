import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

describe.each(databaseLanes())("benchmark downloads on $name", (lane) => {
  const seeded = useSeededApp(lane);
  const get = (url: string) => seeded.app.inject({ method: "GET", url });

  it("ranks every LA in CSV and XLSX with the JSON's figures", async () => {
    const query = "?indicator=re-referrals&year=2025";
    const api = (await get(`/api/benchmarks/ranking${query}`)).json();
    expect(api.entries.length).toBe(153);
    const csv = await get(`/api/benchmarks/ranking.csv${query}`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-disposition"]).toBe(
      'attachment; filename="benchmarks-re-referrals-2025-ranking.csv"',
    );
    const records: Record<string, string>[] = parse(csv.body, { bom: true, columns: true });
    expect(records.map((record) => record["LA code"])).toEqual(
      api.entries.map((e: { code: string }) => e.code),
    );
    expect(records.map((record) => record.Value)).toEqual(
      api.entries.map((e: { value: number | null }) => (e.value === null ? "" : String(e.value))),
    );
    const xlsx = await get(`/api/benchmarks/ranking.xlsx${query}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("Data");
    expect(sheet?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const values = api.entries.map(
      (_: unknown, index: number) => sheet?.getRow(index + 2).getCell(5).value ?? null,
    );
    expect(values).toEqual(api.entries.map((e: { value: number | null }) => e.value));
  });

  it("writes one LA's history and rejects what the JSON route rejects", async () => {
    const query = "?indicator=re-referrals&la=330";
    const api = (await get(`/api/benchmarks/history${query}`)).json();
    const csv = await get(`/api/benchmarks/history.csv${query}`);
    expect(csv.statusCode).toBe(200);
    const records: Record<string, string>[] = parse(csv.body, { bom: true, columns: true });
    expect(records.map((record) => record.England)).toEqual(
      api.years.map((y: { national: number | null }) => (y.national === null ? "" : String(y.national))),
    );
    const bad = await get("/api/benchmarks/history.xlsx?indicator=re-referrals&la=abc");
    expect(bad.statusCode).toBe(400);
  });
});
