import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, browserTestsEnabled } from "./browser.ts";
import { closeBrowserSession, openBrowserSession } from "./browser-session.ts";
import type { ServedApp } from "./served-app.ts";

describe.runIf(browserTestsEnabled)("monthly scorecard page in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ served, browser, page } = await openBrowserSession());
  });
  afterAll(() => closeBrowserSession({ served, browser }));

  const indicatorRows = () => page.locator("tr.indicator-row");

  it("opens on the latest published month and shows all 13 indicators with their statuses", async () => {
    await page.goto(served.url);
    await page.getByRole("heading", { level: 1, name: /December 2017/ }).waitFor();
    // The heading comes from the months list; the table follows with the scorecard's own answer.
    await indicatorRows().first().waitFor();
    expect(await indicatorRows().count()).toBe(13);
    const reReferrals = indicatorRows().filter({ hasText: "Re-referrals" });
    const text = (await reReferrals.textContent()) ?? "";
    expect(text).toContain("21.7%");
    expect(text).toContain("24%");
    expect(text).toContain("GREEN");
    expect(text).toContain("2015-16");
    // Every row states a rating in words (or says it is not rated), never colour alone.
    for (const row of await indicatorRows().all()) {
      expect(await row.textContent()).toMatch(/GREEN|AMBER|RED|Not rated/);
    }
    expect(await page.locator(".summary").textContent()).toMatch(/13 indicators: .*green.*amber.*red/);
  });

  it("changes month and area through the pickers, in the URL, with back and forward", async () => {
    await page.goto(`${served.url}/?period=2017-12`);
    await page.getByLabel("Month", { exact: true }).selectOption("2016-04");
    await page.getByRole("heading", { level: 1, name: /April 2016/ }).waitFor();
    expect(new URL(page.url()).searchParams.get("period")).toBe("2016-04");
    const april = (await indicatorRows().filter({ hasText: "Re-referrals" }).textContent()) ?? "";
    expect(april).toContain("20.5%");

    await page.getByLabel("Area", { exact: true }).selectOption("east");
    await page.getByRole("heading", { level: 1, name: /East, April 2016/ }).waitFor();
    expect(new URL(page.url()).searchParams.get("area")).toBe("east");

    await page.goBack();
    await page.getByRole("heading", { level: 1, name: /Birmingham, April 2016/ }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: /December 2017/ }).waitFor();
    await page.goForward();
    await page.getByRole("heading", { level: 1, name: /April 2016/ }).waitFor();
  });

  it("shows the whole authority for an empty area in the address, with back and forward", async () => {
    await page.goto(`${served.url}/?area=`);
    await page.getByRole("heading", { level: 1, name: /Birmingham, December 2017/ }).waitFor();
    // The heading can come before the rows: wait for the rows themselves before counting them.
    await indicatorRows().first().waitFor();
    expect(await indicatorRows().count()).toBe(13);
    expect(await page.getByRole("alert").count()).toBe(0);

    await page.getByLabel("Month", { exact: true }).selectOption("2016-04");
    await page.getByRole("heading", { level: 1, name: /Birmingham, April 2016/ }).waitFor();
    expect(new URL(page.url()).search).toBe("?period=2016-04");
    await page
      .getByRole("link", { name: /^Re-referrals/ })
      .first()
      .click();
    await page.getByRole("link", { name: "Back to the scorecard for April 2016" }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/o/birmingham/indicators/re-referrals");

    await page.goBack();
    await page.getByRole("heading", { level: 1, name: /Birmingham, April 2016/ }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: /Birmingham, December 2017/ }).waitFor();
    // The old address's redirect to /o/birmingham writes the empty area as its default: left out.
    expect(new URL(page.url()).pathname).toBe("/o/birmingham");
    expect(new URL(page.url()).search).toBe("");
    await page.goForward();
    await page.getByRole("heading", { level: 1, name: /Birmingham, April 2016/ }).waitFor();
    await page.goForward();
    await page.getByRole("link", { name: "Back to the scorecard for April 2016" }).waitFor();
  });

  it("shows a row's numerator, denominator, areas and commentary on demand", async () => {
    await page.goto(`${served.url}/?period=2017-12`);
    await page.getByRole("button", { name: /Show figures and commentary for Family assessments/ }).click();
    // The button's name changes to "Hide…" once open, so find it again by what it controls.
    const toggle = page.locator('button[aria-controls="details-assessments-in-timescale"]');
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    expect(await toggle.textContent()).toMatch(/^Hide figures/);
    const details = page.locator("#details-assessments-in-timescale");
    await details.waitFor();
    const text = (await details.textContent()) ?? "";
    expect(text).toContain("923");
    expect(text).toContain("1,001");
    expect(text).toContain("East");
    expect(text).toMatch(/timeliness of assessments/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it("has no axe violations", async () => {
    await page.goto(`${served.url}/?period=2017-12`);
    await indicatorRows().first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it("says so for a month or area without figures, and for an unknown page", async () => {
    await page.goto(`${served.url}/?period=2017-12&area=mash`);
    await page.getByRole("heading", { name: /No figures for MASH in December 2017/ }).waitFor();
    await page.goto(`${served.url}/?period=2017-12&area=atlantis`);
    await page.getByRole("alert").waitFor();
    expect(await page.getByRole("alert").textContent()).toMatch(/area/);
    await page.goto(`${served.url}/no/such/page`);
    await page.getByRole("heading", { name: "Page not found" }).waitFor();
  });

  it("offers the board pack, CSV and Excel for the month and area shown, each downloading its file", async () => {
    await page.goto(`${served.url}/?period=2017-12&area=east`);
    await indicatorRows().first().waitFor();
    const downloads = [
      { name: "Download board pack (PDF)", file: "birmingham-2017-12-board-pack.pdf", starts: "%PDF" },
      { name: "Download the scorecard as CSV", file: ".csv", starts: "\uFEFF" },
      { name: "Download the scorecard as Excel", file: ".xlsx", starts: "PK" },
    ];
    for (const { name, file, starts } of downloads) {
      const link = page.getByRole("link", { name });
      expect(await link.getAttribute("href")).toMatch(/2017-12/);
      expect(await link.getAttribute("href")).toMatch(/area=east/);
      const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
      expect(download.suggestedFilename()).toContain(file);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      expect(Buffer.concat(chunks).toString("utf8", 0, 4).startsWith(starts)).toBe(true);
    }
  });

  it("prints as a board paper: no navigation, legend and commentary included", async () => {
    await page.goto(`${served.url}/?period=2017-12`);
    await indicatorRows().first().waitFor();
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".site-nav").isVisible()).toBe(false);
    expect(await page.getByLabel("Month", { exact: true }).isVisible()).toBe(false);
    expect(await page.getByRole("heading", { name: "Key" }).isVisible()).toBe(true);
    expect(await page.getByRole("heading", { name: "Commentary", level: 2 }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: "A4", landscape: true, printBackground: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: "screen" });
  });

  it("is usable at 375 px: pickers fit and the table scrolls inside its region", async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const small = await phone.newPage();
    await small.goto(`${served.url}/?period=2017-12`);
    // On a phone each indicator is a card, figure and rating first, instead of a wide table.
    const cards = small.locator("li.scorecard-card");
    await cards.first().waitFor();
    expect(await cards.count()).toBe(13);
    expect(await small.locator("section.table-scroll").isVisible()).toBe(false);
    const reReferrals = (await cards.filter({ hasText: "Re-referrals" }).textContent()) ?? "";
    expect(reReferrals).toMatch(/21\.7%.*GREEN/);
    const pageWidth = await small.evaluate(() => document.documentElement.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(375);
    expect(await axeViolations(small)).toEqual([]);
    await phone.close();
  });
});
