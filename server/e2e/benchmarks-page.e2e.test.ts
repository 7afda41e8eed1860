import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, browserTestsEnabled } from "./browser.ts";
import { closeBrowserSession, openBrowserSession } from "./browser-session.ts";
import type { ServedApp } from "./served-app.ts";

describe.runIf(browserTestsEnabled)("benchmarks page in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ served, browser, page } = await openBrowserSession());
  });
  afterAll(() => closeBrowserSession({ served, browser }));

  const birmingham2025 = () => `${served.url}/benchmarks?indicator=re-referrals&la=330&year=2025`;
  const headline = () =>
    page.locator("section", {
      has: page.getByRole("heading", { level: 2, name: "Birmingham, year ending March 2025" }),
    });

  it("shows Birmingham's 2025 re-referrals against England, its neighbours and every LA", async () => {
    await page.goto(birmingham2025());
    await page.getByRole("heading", { level: 2, name: "Birmingham, year ending March 2025" }).waitFor();
    const figures = (await headline().textContent()) ?? "";
    expect(figures).toContain("20.7%");
    expect(figures).toMatch(/England\s*22\.6%/);
    expect(figures).toMatch(/\d+(st|nd|rd|th) of \d+/);
    expect(figures).toMatch(/Quartile band\s*[A-D]/);
    expect(figures).toContain("Lower is better");

    const neighbours = page.getByRole("table", { name: /statistical neighbours, closest first/ });
    await neighbours.waitFor();
    expect(await neighbours.textContent()).toContain("DfE statistical neighbours, May 2025 model");
    const members = neighbours.locator("tbody tr");
    expect(await members.count()).toBe(10);
    for (const row of await members.all()) {
      expect(await row.textContent()).toMatch(/close/i);
    }
    expect(await page.locator("strong.bm-model").textContent()).toBe(
      "DfE statistical neighbours, May 2025 model",
    );

    const ranking = page.getByRole("table", { name: /all \d+ local authorities, best first/ });
    await ranking.waitFor();
    const selected = ranking.locator('tr[aria-current="true"]');
    expect(await selected.count()).toBe(1);
    expect(await selected.textContent()).toMatch(/Birmingham \(selected\).*20\.7%/);
    expect(await ranking.locator("tbody tr").count()).toBeGreaterThan(140);

    const source = page.getByRole("link", { name: "Characteristics of children in need" });
    expect(await source.getAttribute("href")).toMatch(/^https:\/\/explore-education-statistics/);
    expect(await page.getByText(/^Year ending 31 March/).count()).toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("changes the neighbour model through its picker, in the URL", async () => {
    await page.goto(birmingham2025());
    await page.getByRole("heading", { level: 2, name: "Birmingham, year ending March 2025" }).waitFor();
    await page.getByLabel("Statistical neighbour model", { exact: true }).selectOption("2021");
    await page.locator("strong.bm-model", { hasText: "April 2021 model" }).waitFor();
    expect(new URL(page.url()).searchParams.get("model")).toBe("2021");
    expect(
      await page
        .getByRole("table", { name: /April 2021 model/ })
        .first()
        .isVisible(),
    ).toBe(true);
    await page.goBack();
    await page.locator("strong.bm-model", { hasText: "May 2025 model" }).waitFor();
  });

  it("shows the years as a chart or a table, with no axe violations in either", async () => {
    await page.goto(birmingham2025());
    const chart = page.getByRole("img", { name: /Re-referrals within 12 months, year by year/ });
    await chart.waitFor();
    expect(await chart.getAttribute("aria-label")).toMatch(/The same figures are in the table/);
    expect(await page.getByText(/The vertical axis starts at/).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Table" }).click();
    expect(new URL(page.url()).searchParams.get("view")).toBe("table");
    const table = page.getByRole("table", { name: /newest first/ });
    await table.waitFor();
    expect(await chart.count()).toBe(0);
    expect(await table.locator("tbody tr").first().textContent()).toMatch(/2024-25.*20\.7%.*22\.6%/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("tells the reader what to do about an unknown LA code", async () => {
    await page.goto(`${served.url}/benchmarks?indicator=re-referrals&la=999`);
    await page.getByRole("heading", { name: "There is no local authority with code “999”" }).waitFor();
    expect(await page.getByText(/Choose a local authority from the list above/).isVisible()).toBe(true);
    await page.getByRole("link", { name: "see Birmingham" }).click();
    await page.getByRole("heading", { level: 2, name: /^Birmingham, / }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("fits a 375 px screen, the tables scrolling inside their regions", async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const small = await phone.newPage();
    await small.goto(`${served.url}/benchmarks?indicator=re-referrals&la=330&year=2025`);
    await small.locator('tr[aria-current="true"]').waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await axeViolations(small)).toEqual([]);
    await phone.close();
  });
});
