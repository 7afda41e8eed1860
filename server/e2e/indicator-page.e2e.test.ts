import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, browserTestsEnabled } from "./browser.ts";
import { closeBrowserSession, openBrowserSession } from "./browser-session.ts";
import type { ServedApp } from "./served-app.ts";

describe.runIf(browserTestsEnabled)("indicator page in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ served, browser, page } = await openBrowserSession());
  });
  afterAll(() => closeBrowserSession({ served, browser }));

  const chart = () => page.locator("svg.recharts-surface").first();

  it("shows the title, the charts, the axis note and the SPC summary", async () => {
    await page.goto(`${served.url}/indicators/re-referrals?from=2016-04&to=2017-12`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toContain("Re-referrals");
    await chart().waitFor();
    expect(await page.locator("svg.recharts-surface").count()).toBe(2);
    const text = await page.locator("main").textContent();
    expect(text).toMatch(
      /The vertical axis starts at (zero|\d+(\.\d+)?%, not zero, so that changes are visible)\./,
    );
    expect(text).toMatch(
      /(Common cause: no significant change|Special cause: [a-z ]+) — the latest month \(Dec-17\)/,
    );
    expect(text).toContain("Assurance: ");
    expect(text).toContain("Lower is better");
  });

  it("switches to the table through the URL, and back with the browser", async () => {
    await page.goto(`${served.url}/indicators/re-referrals?from=2016-04&to=2017-12`);
    await chart().waitFor();
    await page.getByRole("button", { name: "Table" }).click();
    await page.waitForURL(/view=table/);
    expect(new URL(page.url()).searchParams.get("from")).toBe("2016-04");
    expect(await page.locator("svg.recharts-surface").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Table" }).getAttribute("aria-pressed")).toBe("true");

    const row = page
      .getByRole("table", { name: /Re-referrals, Birmingham/ })
      .getByRole("row", { name: /Dec-17/ });
    const cells = await row.textContent();
    expect(cells).toContain("21.7%");
    expect(cells).toContain("268 of 1,234");
    expect(cells).toContain("Published");
    expect(cells).toContain("GREEN");

    await page.goBack();
    await chart().waitFor();
    expect(new URL(page.url()).searchParams.has("view")).toBe(false);
  });

  it("has no axe violations in the chart view", async () => {
    await page.goto(`${served.url}/indicators/re-referrals?from=2016-04&to=2017-12`);
    await chart().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("has no axe violations in the table view", async () => {
    await page.goto(`${served.url}/indicators/re-referrals?from=2016-04&to=2017-12&view=table`);
    await page.getByRole("table", { name: /Re-referrals, Birmingham/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("draws CP plans as a rate per 10,000 against the rate benchmarks, kept in the URL", async () => {
    await page.goto(`${served.url}/indicators/cp-plans?measure=rate`);
    await chart().waitFor();
    const rate = page.getByRole("button", { name: "Rate per 10,000 children" });
    expect(await rate.getAttribute("aria-pressed")).toBe("true");
    expect(await page.getByRole("heading", { level: 2, name: /^Trend per 10,000 children/ }).count()).toBe(1);

    // The rate line is drawn, on an axis of rates (tens per 10,000), not counts (about a thousand children).
    await chart().locator('path.recharts-line-curve[stroke="var(--chart-1)"]').waitFor();
    const tickLabels = chart().locator(".recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value");
    await tickLabels.first().waitFor();
    const ticks = (await tickLabels.allTextContents()).map((tick) => Number(tick.replace(/,/g, "")));
    expect(ticks.length).toBeGreaterThan(1);
    expect(Math.max(...ticks)).toBeLessThan(200);

    const trend = page.locator('section[aria-labelledby="indicator-trend-heading"]');
    const legend = trend.locator(".chart-legend").first();
    await expect(legend.textContent()).resolves.toContain("Birmingham, per 10,000 children, each month");
    for (const name of ["National (England) average", "Regional average", "Statistical neighbours average"]) {
      const entry = legend.getByText(`${name} per 10,000 children, figures for`);
      expect(await entry.isVisible()).toBe(true);
    }
    expect(await trend.textContent()).toContain("the target is on the Number chart");
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole("button", { name: "Number" }).click();
    await page.waitForURL((url) => !url.searchParams.has("measure"));
    await legend.getByText("Target", { exact: true }).waitFor();
    expect(await rate.getAttribute("aria-pressed")).toBe("false");
  });

  it("says when the area has no figures, and the area picker leads back to the figures", async () => {
    await page.goto(`${served.url}/indicators/re-referrals?area=east`);
    await page.getByRole("heading", { name: /^No figures for East/ }).waitFor();
    const picker = page.getByLabel("Area", { exact: true });
    expect(await picker.inputValue()).toBe("east");
    await picker.selectOption("city");
    await chart().waitFor();
    expect(new URL(page.url()).searchParams.has("area")).toBe(false);
  });

  it("says when an indicator does not exist, with a way back to the scorecard", async () => {
    await page.goto(`${served.url}/indicators/no-such-indicator`);
    await page.getByRole("heading", { name: "Indicator not found" }).waitFor();
    expect(await page.locator("main").textContent()).toContain(
      "There is no indicator called “no-such-indicator”",
    );
    expect(await page.getByRole("link", { name: "Go to the monthly scorecard" }).getAttribute("href")).toBe(
      "/o/birmingham",
    );
  });
});
