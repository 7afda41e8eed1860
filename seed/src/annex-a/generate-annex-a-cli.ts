/**
 * Writes the synthetic Northshire Annex A extract for a month:
 *   pnpm --filter @scorecard/seed annex-a:generate -- --period 2018-04 --out northshire-2018-04.xlsx
 * An --out ending in .zip writes a zip of CSVs instead; --seed varies the children; --children the volume.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { generateAnnexA } from "./generate-annex-a.ts";
import { writeAnnexACsvZip } from "./write-annex-a-csv-zip.ts";
import { writeAnnexAXlsx } from "./write-annex-a-xlsx.ts";

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== "--"),
  options: {
    period: { type: "string" },
    out: { type: "string" },
    seed: { type: "string" },
    children: { type: "string" },
  },
});

if (!values.period || !values.out || !/\.(xlsx|zip)$/i.test(values.out)) {
  console.error(
    "usage: annex-a:generate --period YYYY-MM --out FILE.xlsx|FILE.zip [--seed TEXT] [--children N]",
  );
  process.exit(2);
}

const lists = generateAnnexA({
  period: values.period,
  seed: values.seed,
  referredChildren: values.children ? Number(values.children) : undefined,
});
const body = /\.zip$/i.test(values.out) ? writeAnnexACsvZip(lists) : await writeAnnexAXlsx(lists);
// pnpm --filter runs the script in seed/, so a relative --out is taken from where the command was typed.
const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out);
await writeFile(out, body);
const { extractDate, ...rows } = lists;
const counts = Object.entries(rows).map(([name, list]) => `${name} ${list.length}`);
console.log(`Wrote ${out}: extract date ${extractDate}; ${counts.join(", ")}`);
