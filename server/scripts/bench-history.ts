// Benchmark: a 100,000-row bulk history file (CSV and XLSX), validated and stored through the real
// route (POST /api/orgs/birmingham/history) on the seeded database: in-memory PGlite, and PostgreSQL
// too when BENCH_DATABASE_URL is set (a throwaway database on that server). Goal: ≤ 3 s per file.
//   pnpm bench:history            BENCH_DATABASE_URL=postgres://user:pass@localhost:5432/postgres pnpm bench:history
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import pg from "pg";
import { type Database, openPglite, openPostgres } from "../src/db/database.ts";
import { areas, indicators, organisations } from "../src/db/schema.ts";
import { seedDatabase } from "../src/db/seed.ts";
import { makeUser, signIn } from "../src/test/auth-fixture.ts";
import { buildTestApp } from "../src/test/test-app.ts";
import { dropDatabase } from "../src/test/test-database.ts";

const ROWS = 100_000;
const HEADER = ["indicator", "area", "breakdown", "numerator", "denominator", "value", "period"];

async function openFresh(serverUrl: string | undefined): Promise<Database> {
  if (!serverUrl) return openPglite();
  const name = `scorecard_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  return { ...database, close: () => database.close().then(() => dropDatabase(serverUrl, name)) };
}

/** 100,000 rows of past months before the seeded history: every indicator × area × breakdown × month. */
async function historyRows(database: Database, firstYear: number) {
  const [birmingham] = await database.db
    .select()
    .from(organisations)
    .where(eq(organisations.slug, "birmingham"));
  if (!birmingham) throw new Error("no seeded Birmingham");
  const indicatorList = await database.db
    .select()
    .from(indicators)
    .where(eq(indicators.organisationId, birmingham.id));
  const areaList = await database.db.select().from(areas).where(eq(areas.organisationId, birmingham.id));
  const rows: (string | number)[][] = [];
  for (let month = 0; rows.length < ROWS; month++) {
    const period = `${firstYear + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
    for (const indicator of indicatorList) {
      for (const area of areaList) {
        for (let part = 0; part < 20 && rows.length < ROWS; part++) {
          const figure = indicator.measureKind === "ratio" ? [part + 10, 100, ""] : ["", "", part + 10];
          rows.push([indicator.id, area.slug, part === 0 ? "" : `team-${part}`, ...figure, period]);
        }
      }
    }
  }
  return { rows, birminghamId: birmingham.id };
}

async function xlsxOf(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Past months");
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function run(label: string, serverUrl: string | undefined) {
  const database = await openFresh(serverUrl);
  try {
    await database.migrate();
    await seedDatabase(database.db);
    const app = await buildTestApp(database);
    try {
      const csvRows = await historyRows(database, 1990);
      const xlsxRows = await historyRows(database, 2000);
      const admin = await makeUser(database, { organisationId: csvRows.birminghamId, role: "org_admin" });
      const session = await signIn(app, admin.email);
      const files = [
        {
          kind: "CSV",
          type: "text/csv",
          body: Buffer.from([HEADER, ...csvRows.rows].map((r) => r.join(",")).join("\n")),
        },
        {
          kind: "XLSX",
          type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          body: await xlsxOf(xlsxRows.rows),
        },
      ];
      for (const file of files) {
        const started = performance.now();
        const response = await app.inject({
          method: "POST",
          url: "/api/orgs/birmingham/history?reason=bench",
          headers: { ...session.headers, "content-type": file.type },
          payload: file.body,
        });
        const seconds = (performance.now() - started) / 1000;
        if (response.statusCode !== 200)
          throw new Error(`${file.kind}: ${response.statusCode} ${response.body.slice(0, 300)}`);
        const { rows, months } = response.json() as { rows: number; months: string[] };
        console.log(
          `${label.padEnd(10)} ${file.kind.padEnd(5)} ${(file.body.length / 1e6).toFixed(1).padStart(5)} MB  ${rows} rows, ${months.length} months  ${seconds.toFixed(2)} s  (goal ≤ 3 s)`,
        );
      }
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

await run("PGlite", undefined);
if (process.env.BENCH_DATABASE_URL) await run("PostgreSQL", process.env.BENCH_DATABASE_URL);
