import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, browserTestsEnabled } from "./browser.ts";
import { closeBrowserSession, openBrowserSession } from "./browser-session.ts";
import type { ServedApp } from "./served-app.ts";

describe.runIf(browserTestsEnabled)("area comparison page in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ served, browser, page } = await openBrowserSession());
  });
  afterAll(() => closeBrowserSession({ served, browser }));

  it("charts one indicator across the areas with target and benchmarks, and tables the same figures", async () => {
    await page.goto(`${served.url}/compare?period=2017-12&indicator=assessments-in-timescale`);
    await page.getByRole("heading", { level: 2, name: /Family assessments/ }).waitFor();
    await page.locator(".recharts-surface").first().waitFor();
    const bars = await page.locator(".recharts-bar-rectangle").count();
    expect(bars).toBe(6); // the city and five areas with figures
    expect(await page.getByRole("img", { name: /by area/ }).getAttribute("aria-label")).toMatch(
      /East 94\.7%/,
    );
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Table" }).click();
    expect(new URL(page.url()).searchParams.get("view")).toBe("table");
    const table = page.locator("#area-comparison-table");
    await table.waitFor();
    const text = (await table.textContent()) ?? "";
    expect(text).toContain("94.7%");
    expect(text).toContain("340");
    expect(text).toContain("England");
    expect(await axeViolations(page)).toEqual([]);
  });

  it("hides and shows areas, keeping the choice in the URL", async () => {
    await page.goto(`${served.url}/compare?period=2017-12&indicator=assessments-in-timescale&view=table`);
    const table = page.locator("#area-comparison-table");
    await table.waitFor();
    await page.getByRole("checkbox", { name: "South" }).uncheck();
    expect(new URL(page.url()).searchParams.get("areas")).toBe("east,nwc,dcsc,citywide");
    expect(await table.textContent()).not.toContain("South");
    await page.goBack();
    await page.getByRole("checkbox", { name: "South" }).waitFor();
    expect(await page.getByRole("checkbox", { name: "South" }).isChecked()).toBe(true);
  });

  it("shows the matrix of indicators by area with ratings in words", async () => {
    await page.goto(`${served.url}/compare?period=2017-12&indicator=supervision`);
    const matrix = page.locator("table.rag-matrix");
    await matrix.waitFor();
    expect(await matrix.locator("tbody tr").count()).toBe(13);
    const supervision =
      (await matrix.locator("tbody tr").filter({ hasText: "supervised" }).textContent()) ?? "";
    expect(supervision).toMatch(/AMBER|RED|GREEN/);
    expect(supervision).toContain("76.6%");
  });
});
