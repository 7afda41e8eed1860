// Benchmark: a 100,000-row bulk history file (CSV and XLSX), validated and stored through the real
// route (POST /api/orgs/birmingham/history) on the seeded database: in-memory PGlite, and PostgreSQL
// too when BENCH_DATABASE_URL is set (a throwaway database on that server). Goal: ≤ 3 s per file.
// Each file is then loaded again (other months) phase by phase, calling what the route calls, so the
// figure can be read as parse + validate + store. BENCH_RUNS=n repeats everything n times (a busy
// machine's figures vary by seconds; read the best of several, and the CPU seconds beside each: this
// process's, plus the PostgreSQL server processes' for this database, which other work does not inflate).
// BENCH_ONLY=postgres skips PGlite.
//   pnpm bench:history            BENCH_DATABASE_URL=postgres://user:pass@localhost:5432/postgres pnpm bench:history
import { readFileSync } from "node:fs";
import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import type { Database } from "../src/db/database.ts";
import { areas, indicators, organisations } from "../src/db/schema.ts";
import { seedDatabase } from "../src/db/seed.ts";
import { parseReturnFile } from "../src/month-return/parse-return-file.ts";
import { validatedReturn } from "../src/months/month-return-service.ts";
import { loadHistory } from "../src/months/month-service.ts";
import { makeUser, signIn } from "../src/test/auth-fixture.ts";
import { buildTestApp } from "../src/test/test-app.ts";
import { openBenchDatabase } from "./bench-database.ts";

const ROWS = 100_000;
const HEADER = ["indicator", "area", "breakdown", "numerator", "denominator", "value", "period"];
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
  return { rows, birmingham };
}

async function xlsxOf(rows: (string | number)[][]) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Past months");
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvOf = (rows: (string | number)[][]) =>
  Buffer.from([HEADER, ...rows].map((r) => r.join(",")).join("\n"));

/** CPU seconds so far of this process and of the database's server processes (Linux /proc; 100 ticks a second). */
async function cpuSeconds(database: Database): Promise<number> {
  const own = process.cpuUsage();
  let server = 0;
  if (database.kind === "postgres") {
    const result = (await database.db.execute(
      sql`select pid from pg_stat_activity where datname = current_database()`,
    )) as unknown as { rows: { pid: number }[] };
    for (const { pid } of result.rows) {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
      server += (Number(fields[11]) + Number(fields[12])) / 100;
    }
  }
  return (own.user + own.system) / 1e6 + server;
}

/** Wall-clock and CPU seconds of some work. */
async function timed<T>(database: Database, work: () => Promise<T>): Promise<[T, number, number]> {
  const cpu = await cpuSeconds(database);
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  return [result, seconds, (await cpuSeconds(database)) - cpu];
}

/** Each run loads its own months (55 per file, four files a run), going back from 1990. */
const firstYearOf = (run: number, file: number) => 1990 - 20 * run - 5 * file;

async function run(label: string, serverUrl: string | undefined) {
  const { database, close } = await openBenchDatabase(serverUrl);
  try {
    await database.migrate();
    await seedDatabase(database.db);
    const app = await buildTestApp(database);
    try {
      const { birmingham } = await historyRows(database, 1990);
      const admin = await makeUser(database, { organisationId: birmingham.id, role: "org_admin" });
      const session = await signIn(app, admin.email);
      const actor = {
        context: {
          actor: { kind: "system" as const, id: "bench", label: "bench" },
          organisationId: birmingham.id,
        },
        userId: null,
        label: "bench",
      };
      for (let runNumber = 0; runNumber < RUNS; runNumber++) {
        const kinds = [
          { kind: "CSV", type: "text/csv", encode: async (rows: (string | number)[][]) => csvOf(rows) },
          { kind: "XLSX", type: XLSX, encode: xlsxOf },
        ];
        for (const [index, file] of kinds.entries()) {
          const routeBody = await file.encode(
            (await historyRows(database, firstYearOf(runNumber, index))).rows,
          );
          const [response, seconds, cpu] = await timed(database, () =>
            app.inject({
              method: "POST",
              url: "/api/orgs/birmingham/history?reason=bench",
              headers: { ...session.headers, "content-type": file.type },
              payload: routeBody,
            }),
          );
          if (response.statusCode !== 200)
            throw new Error(`${file.kind}: ${response.statusCode} ${response.body.slice(0, 300)}`);
          const { rows, months } = response.json() as { rows: number; months: string[] };

          // The same work again on other months, phase by phase.
          const phaseBody = await file.encode(
            (await historyRows(database, firstYearOf(runNumber, index + 2))).rows,
          );
          const [table, parse] = await timed(database, () => parseReturnFile(phaseBody, file.type));
          const [figures, validate] = await timed(database, () =>
            validatedReturn(app.db, birmingham, table, { mode: "history" }),
          );
          const [, store, storeCpu] = await timed(database, () =>
            loadHistory(app.db, actor, figures, "bench"),
          );
          console.log(
            `${label.padEnd(10)} ${file.kind.padEnd(5)} ${(routeBody.length / 1e6).toFixed(1).padStart(5)} MB  ${rows} rows, ${months.length} months  ${seconds.toFixed(2)} s (CPU ${cpu.toFixed(2)} s; goal ≤ 3 s)   phases: parse ${parse.toFixed(2)} s, validate ${validate.toFixed(2)} s, store ${store.toFixed(2)} s (CPU ${storeCpu.toFixed(2)} s)`,
          );
        }
      }
    } finally {
      await app.close();
    }
  } finally {
    await close();
  }
}

if (process.env.BENCH_ONLY !== "postgres") await run("PGlite", undefined);
if (process.env.BENCH_DATABASE_URL) await run("PostgreSQL", process.env.BENCH_DATABASE_URL);
