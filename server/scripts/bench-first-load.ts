// Benchmark: the scorecard's first load. Prints the initial JavaScript (gzip) and how long a cold
// load from the local server takes to show the scorecard table. Run after building the client:
//   pnpm --filter @scorecard/client build && pnpm bench:first-load
// Budgets (issue 5): initial JS ≤ 250 KB gzip; scorecard visible ≤ 1.5 s.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { launchChromium } from "../e2e/browser.ts";
import { serveApp } from "../e2e/served-app.ts";

const dist = fileURLToPath(new URL("../../client/dist/", import.meta.url));
const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1] ?? "");
const gzipKb = (file: string) => gzipSync(readFileSync(join(dist, file))).length / 1024;
const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0);
const allJs = readdirSync(join(dist, "assets")).filter((file) => file.endsWith(".js"));
console.log(`initial JavaScript: ${initial.length} file(s), ${initialKb.toFixed(1)} KB gzip (budget 150 KB)`);
for (const file of allJs.sort()) console.log(`  ${file}: ${gzipKb(`assets/${file}`).toFixed(1)} KB gzip`);

const served = await serveApp();
const browser = await launchChromium();
const timings: number[] = [];
try {
  for (let run = 0; run < 5; run++) {
    // A new context each time: empty cache, so every load is cold.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const started = performance.now();
    await page.goto(served.url);
    await page.locator("tr.indicator-row").nth(12).waitFor();
    timings.push(performance.now() - started);
    await context.close();
  }
} finally {
  await browser.close();
  await served.close();
}
timings.sort((a, b) => a - b);
console.log(
  `scorecard visible after a cold load: median ${timings[2]?.toFixed(0)} ms, worst ${timings[4]?.toFixed(0)} ms (budget 1500 ms)`,
);
