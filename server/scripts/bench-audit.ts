// Benchmark: what the audit trigger costs. For each database (in-memory PGlite; PostgreSQL too when
// BENCH_DATABASE_URL is set) it times, with the audit triggers on and then off, the Birmingham seed
// and 100,000 observations inserted as an upload would (2,000-row statements in one transaction),
// inserted in one INSERT ... SELECT, then updated and deleted in one statement each.
//   pnpm bench:audit            BENCH_DATABASE_URL=postgres://user:pass@localhost:5432/postgres pnpm bench:audit
// On PostgreSQL it creates (and afterwards drops) its own databases; nothing else is touched.
import { auditedTableSchema } from "@scorecard/shared/audit-schema";
import { sql } from "drizzle-orm";
import { observations } from "../src/db/schema.ts";
import { seedDatabase } from "../src/db/seed.ts";
import { systemActor, writeTransaction } from "../src/db/write-transaction.ts";
import { openBenchDatabase } from "./bench-database.ts";

const ROWS = 100_000;
const CHUNK = 2_000;
const MONTHS = 120;
const INDICATORS = Math.ceil(ROWS / MONTHS);
const upload = { actor: systemActor("bench"), organisationId: null };

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

async function measure(serverUrl: string | undefined, audited: boolean) {
  const { database, close } = await openBenchDatabase(serverUrl);
  try {
    await database.migrate();
    if (!audited)
      for (const table of auditedTableSchema.options)
        await database.db.execute(sql.raw(`alter table ${table} disable trigger user`));
    const seed = await timed(() => seedDatabase(database.db));
    const [area] = (
      (await database.db.execute(sql`select id from areas order by id limit 1`)) as unknown as {
        rows: { id: number }[];
      }
    ).rows;
    if (!area) throw new Error("the seed made no area");
    await database.db.execute(sql`
      insert into indicators (organisation_id, id, ref, title, definition, unit, polarity, measure_kind,
                              baseline_kind, baseline_label, decimals)
      select (select organisation_id from areas where id = ${area.id}), 'bench-' || i, 1000 + i, 'Bench ' || i,
             'Synthetic', 'percent', 'higher_is_better', 'ratio', 'none', 'none', 0
      from generate_series(1, ${INDICATORS}) i`);
    const rows = Array.from({ length: ROWS }, (_, n) => ({
      areaId: area.id,
      period: `${2000 + Math.floor((n % MONTHS) / 12)}-${String((n % 12) + 1).padStart(2, "0")}`,
      indicatorId: `bench-${Math.floor(n / MONTHS) + 1}`,
      value: n % 97,
      source: "illustrative" as const,
    }));
    const chunked = await timed(() =>
      writeTransaction(database.db, upload, async (tx) => {
        for (let start = 0; start < rows.length; start += CHUNK)
          await tx.insert(observations).values(rows.slice(start, start + CHUNK));
      }),
    );
    const benchRows = sql`indicator_id like 'bench-%'`;
    await database.db.execute(sql`delete from observations where ${benchRows}`);
    const oneStatement = await timed(() =>
      writeTransaction(database.db, upload, (tx) =>
        tx.execute(sql`
          insert into observations (area_id, period, indicator_id, value, source)
          select ${area.id}, to_char(date '2000-01-01' + (n % ${MONTHS}) * interval '1 month', 'YYYY-MM'),
                 'bench-' || (n / ${MONTHS} + 1), n % 97, 'illustrative'
          from generate_series(0, ${ROWS - 1}) n`),
      ),
    );
    const update = await timed(() =>
      writeTransaction(database.db, upload, (tx) =>
        tx.execute(sql`update observations set value = value + 1 where ${benchRows}`),
      ),
    );
    const remove = await timed(() =>
      writeTransaction(database.db, upload, (tx) =>
        tx.execute(sql`delete from observations where ${benchRows}`),
      ),
    );
    const [counted] = (
      (await database.db.execute(sql`select count(*)::integer as rows from audit_log`)) as unknown as {
        rows: { rows: number }[];
      }
    ).rows;
    return { seed, chunked, oneStatement, update, remove, auditRows: counted?.rows ?? 0 };
  } finally {
    await close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const lanes: [string, string | undefined][] = [["PGlite (in memory)", undefined]];
if (process.env.BENCH_DATABASE_URL) lanes.push(["PostgreSQL", process.env.BENCH_DATABASE_URL]);

for (const [lane, serverUrl] of lanes) {
  const on = await measure(serverUrl, true);
  const off = await measure(serverUrl, false);
  console.log(
    `\n${lane}: audit triggers on | off (audit rows written with triggers on: ${on.auditRows.toLocaleString("en-GB")})`,
  );
  const line = (label: string, key: "seed" | "chunked" | "oneStatement" | "update" | "remove") =>
    console.log(
      `  ${label.padEnd(48)} ${seconds(on[key]).padStart(9)} | ${seconds(off[key]).padStart(9)}  (×${(on[key] / off[key]).toFixed(2)})`,
    );
  line("Birmingham seed", "seed");
  line(
    `${ROWS.toLocaleString("en-GB")} observations, ${CHUNK.toLocaleString("en-GB")}-row inserts`,
    "chunked",
  );
  line(`${ROWS.toLocaleString("en-GB")} observations, one INSERT ... SELECT`, "oneStatement");
  line(`${ROWS.toLocaleString("en-GB")} observations, one UPDATE`, "update");
  line(`${ROWS.toLocaleString("en-GB")} observations, one DELETE`, "remove");
}
