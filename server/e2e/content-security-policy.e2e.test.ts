import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserTestsEnabled } from "./browser.ts";
import { closeBrowserSession, openBrowserSession } from "./browser-session.ts";
import type { ServedApp } from "./served-app.ts";

/** The strict policy must not break what it protects: each page renders with no CSP violation. */
describe.runIf(browserTestsEnabled)("Content-Security-Policy in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    ({ served, browser, page } = await openBrowserSession());
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
  });
  afterAll(() => closeBrowserSession({ served, browser }));

  it("lets the scorecard and indicator pages render their charts with none refused", async () => {
    violations.length = 0;
    await page.goto(`${served.url}/`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    await page.goto(`${served.url}/indicators/re-referrals?from=2016-04&to=2017-12`);
    await page.locator("svg.recharts-surface").first().waitFor();
    expect(violations).toEqual([]);
  });

  it("lets the API reference load and list the operations with none refused", async () => {
    violations.length = 0;
    await page.goto(`${served.url}/api/docs/`);
    await page.locator(".opblock").first().waitFor();
    expect(await page.locator(".opblock").count()).toBeGreaterThan(10);
    expect(violations).toEqual([]);
  });
});
