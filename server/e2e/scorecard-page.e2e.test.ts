import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, browserTestsEnabled, launchChromium } from "./browser.ts";
import { type ServedApp, serveApp } from "./served-app.ts";

describe.runIf(browserTestsEnabled)("scorecard page in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    served = await serveApp();
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it("shows the December 2017 re-referral rate, its target and its rating", async () => {
    await page.goto(`${served.url}/?period=2017-12`);
    const row = page.getByRole("row").filter({ hasText: "Re-referrals" }).first();
    await row.waitFor();
    const text = await row.textContent();
    expect(text).toContain("21.7%");
    expect(text).toContain("24");
    expect(text).toContain("GREEN");
  });

  it("has no axe violations", async () => {
    await page.goto(`${served.url}/?period=2017-12`);
    await page.getByRole("table").waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});
