// Screenshots a page of a running server in headless Chromium, for looking at what users see.
// Usage: node scripts/screenshot.mjs <url> <out.png> [width=1440] [media=screen|print]
import { createRequire } from "node:module";

const require = createRequire(new URL("../server/package.json", import.meta.url));
const { chromium } = require("playwright-core");

const [url, out, width = "1440", media = "screen"] = process.argv.slice(2);
if (!url || !out) {
  console.error("usage: node scripts/screenshot.mjs <url> <out.png> [width] [screen|print]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 } });
const page = await context.newPage();
await page.emulateMedia({ media });
await page.goto(url, { waitUntil: "networkidle" });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`wrote ${out}`);
