/**
 * Rebuilds seed/data/ees-dataset.json from DfE's EES files.
 *
 *   cd seed && pnpm exec tsx scripts/build-ees-dataset.ts [source-directory]
 *
 * The source directory defaults to ../shared/data/ees relative to the repository root. Commit the output:
 * the product reads only the JSON, and a test fails when it no longer matches what this script builds.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EES_DATASET_URL } from "../src/ees/ees-dataset.ts";
import { buildEesDatasetFile, serializeEesDataset } from "../src/ees/ees-dataset-builder.ts";

const repositoryRoot = fileURLToPath(new URL("../../", import.meta.url));
const sourceDirectory = resolve(process.argv[2] ?? resolve(repositoryRoot, "../shared/data/ees"));
const outputPath = fileURLToPath(EES_DATASET_URL);

const dataset = buildEesDatasetFile(sourceDirectory);
const text = serializeEesDataset(dataset);
mkdirSync(dirname(outputPath), { recursive: true });
writeFileSync(outputPath, text);

console.log(
  `Wrote ${outputPath} (${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB) from ${sourceDirectory}`,
);
for (const columns of dataset.values) {
  const years = columns.year;
  const withFigures = columns.value.filter((value) => value !== null).length;
  console.log(
    `  ${columns.measureId}: ${years.length} values (${withFigures} with figures), ${Math.min(...years)}–${Math.max(...years)}`,
  );
}
console.log(
  `  ${dataset.las.length} LAs, ${dataset.regions.length} regions, ${dataset.statisticalNeighbours.length} SN groups`,
);
