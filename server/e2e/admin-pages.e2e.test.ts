import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, browserTestsEnabled } from "./browser.ts";
import {
  closeBrowserSession,
  makeBirminghamMember,
  openBrowserSession,
  signInThroughPage,
} from "./browser-session.ts";
import type { ServedApp } from "./served-app.ts";

const ADMIN = "e2e-areas-admin@example.org";

const csv = (name: string, rows: string[]) => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(["slug,name,kind,parent", ...rows, ""].join("\n")),
});

describe.runIf(browserTestsEnabled)("an org admin's areas and indicator settings pages in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ served, browser, page } = await openBrowserSession());
    await makeBirminghamMember(served, ADMIN, "org_admin");
  });
  afterAll(() => closeBrowserSession({ served, browser }));

  const expectNoAxeViolations = async () => expect(await axeViolations(page)).toEqual([]);

  it("adds a ward, loads an areas file (a bad one first), and changes a rating rule from a month", async () => {
    await signInThroughPage(page, served, ADMIN, "/o/birmingham");

    await page.getByRole("link", { name: "Areas", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: /^Areas/ }).waitFor();
    await page.getByRole("rowheader", { name: "East", exact: true }).waitFor();
    await expectNoAxeViolations();

    const addForm = page.getByRole("form", { name: "Add an area" });
    await addForm.getByLabel("Name").fill("Hodge Hill");
    await addForm.getByLabel("Slug").fill("hodge-hill");
    await addForm.getByLabel("Kind").selectOption("ward");
    await addForm.getByLabel("Parent").selectOption("east");
    await addForm.getByRole("button", { name: "Add area" }).click();
    await page.getByRole("status").filter({ hasText: "Hodge Hill (hodge-hill) added." }).waitFor();
    const hodgeHill = page.getByRole("row", { name: /Hodge Hill/ });
    await hodgeHill.waitFor();
    expect(await hodgeHill.textContent()).toMatch(/hodge-hill.*Ward.*East/);

    const file = page.getByLabel("Areas CSV file");
    await file.setInputFiles(
      csv("bad-areas.csv", ["yardley,Yardley,ward,east", "stechford,Stechford,district,east"]),
    );
    await page.getByRole("button", { name: "Load areas" }).click();
    const problems = page.getByRole("alert").filter({ hasText: "bad-areas.csv was not loaded" });
    await problems.waitFor();
    const problemRows = problems.getByRole("row");
    expect(await problemRows.count()).toBe(2);
    expect(await problemRows.nth(1).textContent()).toMatch(/^3kind.*district/);
    expect(await page.getByRole("rowheader", { name: "Yardley" }).count()).toBe(0);
    await expectNoAxeViolations();

    await file.setInputFiles(
      csv("areas.csv", ["yardley,Yardley,ward,east", "hodge-hill,Hodge Hill,ward,east"]),
    );
    await page.getByRole("button", { name: "Load areas" }).click();
    await page.getByText("areas.csv loaded: 1 area created, 0 updated, 1 unchanged.").waitFor();
    await page.getByRole("rowheader", { name: "Yardley" }).waitFor();
    await expectNoAxeViolations();

    await page.goto(`${served.url}/o/birmingham/indicators/re-referrals`);
    await page.getByRole("link", { name: "Change this indicator's settings" }).click();
    await page.getByRole("heading", { level: 1, name: /^Settings · Re-referrals/ }).waitFor();
    await expectNoAxeViolations();

    const rule = page.getByRole("group", { name: "Rating rule" });
    await rule.getByLabel("Tolerance").fill("1.5");
    await page.getByRole("button", { name: "Save the settings" }).click();
    await page.getByRole("link", { name: /enter the first month it applies to/ }).waitFor();
    expect(await rule.getByLabel("Reason").getAttribute("aria-invalid")).toBe("true");

    await rule.getByLabel("From month").fill("2018-04");
    await rule.getByLabel("Reason").fill("The board agreed a wider amber band");
    await page.getByRole("button", { name: "Save the settings" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: "The new rating rule applies from April 2018" })
      .waitFor();
    const earlier = page.getByRole("row", { name: /Rule in force before April 2018/ });
    await earlier.waitFor();
    expect(await earlier.textContent()).toContain("The board agreed a wider amber band");
    expect(await rule.getByLabel("Tolerance").inputValue()).toBe("1.5");
    await expectNoAxeViolations();
  });
});
