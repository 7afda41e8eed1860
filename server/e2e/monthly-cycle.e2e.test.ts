import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { axeViolations, browserTestsEnabled } from "./browser.ts";
import {
  closeBrowserSession,
  makeBirminghamMember,
  openBrowserSession,
  signInThroughPage,
} from "./browser-session.ts";
import type { ServedApp } from "./served-app.ts";

const EDITOR = "e2e-cycle-editor@example.org";
const APPROVER = "e2e-cycle-approver@example.org";
const PERIOD = "2018-04";
/** The figure this test sets by hand, so the public scorecard's value can be checked against it. */
const CHOSEN = { indicator: "re-referrals", area: "city", numerator: 123, denominator: 500 };
const COMMENTARY = "Re-referrals fell after the new front door triage started in April.";

/** Fills the downloaded template as a performance officer would: last month's figures, one changed. */
async function fillTemplate(downloaded: string, filled: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(downloaded);
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new Error("the template has no sheet");
  const column = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, index) => column.set(String(cell.value), index));
  const at = (name: string) => {
    const index = column.get(name);
    if (index === undefined) throw new Error(`the template has no ${name} column`);
    return index;
  };
  let filledRows = 0;
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const indicator = row.getCell(at("indicator")).value;
    const area = row.getCell(at("area")).value;
    const breakdown = row.getCell(at("breakdown")).value;
    if (indicator === CHOSEN.indicator && area === CHOSEN.area && !breakdown) {
      row.getCell(at("numerator")).value = CHOSEN.numerator;
      row.getCell(at("denominator")).value = CHOSEN.denominator;
      filledRows++;
      return;
    }
    for (const name of ["numerator", "denominator", "value"]) {
      const last = row.getCell(at(`last_month_${name}`)).value;
      if (typeof last === "number") row.getCell(at(name)).value = last;
    }
    if (["numerator", "value"].some((name) => typeof row.getCell(at(name)).value === "number")) filledRows++;
  });
  await workbook.xlsx.writeFile(filled);
  return filledRows;
}

describe.runIf(browserTestsEnabled)("the monthly cycle in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;
  const folder = mkdtempSync(join(tmpdir(), "scorecard-cycle-"));

  beforeAll(async () => {
    ({ served, browser, page } = await openBrowserSession());
    await makeBirminghamMember(served, EDITOR, "editor");
    await makeBirminghamMember(served, APPROVER, "approver");
  });
  afterAll(() => closeBrowserSession({ served, browser }));
  // A failed step leaves a picture of the page behind, to see what the browser saw.
  afterEach(async (context) => {
    if (context.task.result?.state === "fail") {
      const path = join(folder, `failed-${context.task.name.replace(/\W+/g, "-")}.png`);
      await page.screenshot({ path, fullPage: true });
      const shown = ((await page.locator("main").textContent()) ?? "").slice(0, 1500);
      console.log(`failed step's screenshot: ${path}\n${shown}`);
    }
  });

  const expectNoAxeViolations = async () => expect(await axeViolations(page)).toEqual([]);

  const signIn = (email: string, redirect: string) => signInThroughPage(page, served, email, redirect);
  async function signOut() {
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
  }

  it("an editor uploads April 2018's XLSX, writes commentary and submits", async () => {
    await signIn(EDITOR, "/o/birmingham");
    await page.getByRole("link", { name: "Months" }).click();
    await page.getByRole("heading", { level: 1, name: /^Months/ }).waitFor();
    await page.getByLabel("Month", { exact: true }).fill(PERIOD);
    await page.getByRole("button", { name: "Go to the month" }).click();
    await page.getByRole("heading", { level: 1, name: /April 2018/ }).waitFor();
    await page.getByText("April 2018 has not been opened yet").waitFor();
    await expectNoAxeViolations();

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Excel template (XLSX)" }).click(),
    ]);
    const downloaded = join(folder, "template.xlsx");
    await download.saveAs(downloaded);
    const filled = join(folder, "april-2018.xlsx");
    const rows = await fillTemplate(downloaded, filled);
    expect(rows).toBeGreaterThan(10);

    // A wrong file first: every problem listed, nothing stored.
    const broken = join(folder, "broken.csv");
    writeFileSync(
      broken,
      "indicator,area,numerator,denominator,value\nre-referrals,city,600,500,\nnope,city,,,3\n",
    );
    await page.getByLabel("Upload the filled-in return").setInputFiles(broken);
    const problems = page.getByRole("alert").filter({ hasText: "broken.csv was not loaded" });
    await problems.waitFor();
    expect(await problems.getByRole("row").count()).toBe(3);
    expect(await problems.textContent()).toMatch(/above the denominator/);
    await expectNoAxeViolations();

    await page.getByLabel("Upload the filled-in return").setInputFiles(filled);
    await page.getByText(`april-2018.xlsx loaded: ${rows} figures saved in the draft.`).waitFor();
    await page.getByText(/DRAFT/).first().waitFor();
    await page
      .getByRole("textbox", { name: /^Numerator, line \d+: \d+\. Re-referrals/ })
      .first()
      .waitFor();

    const commentary = page.getByLabel(/^Commentary: \d+\. Re-referrals/);
    await commentary.fill(COMMENTARY);
    await page.getByRole("button", { name: /^Save commentary for \d+\. Re-referrals/ }).click();
    await page.getByRole("cell", { name: "Commentary saved" }).first().waitFor();
    await page.screenshot({ path: join(folder, "this-month-draft.png"), fullPage: true });
    await page.screenshot({ path: join(folder, "this-month-top.png") });
    for (const name of ["Figures", "Commentary"]) {
      const section = page.locator("section", {
        has: page.getByRole("heading", { level: 2, name, exact: true }),
      });
      await section.screenshot({ path: join(folder, `this-month-${name.toLowerCase()}.png`) });
    }
    await expectNoAxeViolations();

    await page.getByRole("button", { name: "Submit for approval" }).click();
    await page.getByText("April 2018 submitted for approval.").waitFor();
    expect(await page.getByRole("button", { name: "Approve" }).count()).toBe(0);
    await signOut();
  });

  it("a second person approves and publishes", async () => {
    await signIn(APPROVER, `/o/birmingham/months/${PERIOD}`);
    await page.getByRole("button", { name: "Approve" }).click();
    await page.getByText("April 2018 approved.").waitFor();
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("April 2018 published.").waitFor();
    await page.getByRole("button", { name: "Reopen for a correction" }).waitFor();
    await expectNoAxeViolations();
    await signOut();
  });

  it("an anonymous visitor then sees April 2018 with the right values and ratings", async () => {
    const api = await (
      await fetch(`${served.url}/api/orgs/birmingham/scorecard?period=${PERIOD}&area=city`)
    ).json();
    expect(api.status).toBe("published");
    const row = api.rows.find((entry: { indicatorId: string }) => entry.indicatorId === CHOSEN.indicator);
    expect(row.value).toBeCloseTo((CHOSEN.numerator / CHOSEN.denominator) * 100, 6);
    expect(row.commentary).toBe(COMMENTARY);

    await page.goto(`${served.url}/o/birmingham?period=${PERIOD}`);
    await page.getByRole("heading", { level: 1, name: /April 2018/ }).waitFor();
    expect(await page.getByText("DRAFT").count()).toBe(0);
    const shown = page.getByRole("row", { name: /Re-referrals/ }).first();
    const text = (await shown.textContent()) ?? "";
    expect(text).toContain("24.6%");
    if (row.rag) expect(text).toContain(row.rag);
    await page.screenshot({ path: join(folder, "public-april-2018.png"), fullPage: true });
    await expectNoAxeViolations();
    console.log(`screenshots in ${folder}`);
  });

  it("a correction is reopened, fixed in the grid and republished, and reads as revised with its reason", async () => {
    const reason = "Re-referrals numerator double-counted one family";
    await signIn(APPROVER, `/o/birmingham/months/${PERIOD}`);
    await page.getByRole("button", { name: "Reopen for a correction" }).click();
    await page.getByLabel("Why reopen it?").fill(reason);
    await page.getByRole("button", { name: "Reopen with this reason" }).click();
    await page.getByText("April 2018 reopened for a correction.").waitFor();
    await signOut();

    await signIn(EDITOR, `/o/birmingham/months/${PERIOD}`);
    const numerator = page.getByRole("textbox", {
      name: /^Numerator, line \d+: \d+\. Re-referrals, Birmingham$/,
    });
    await numerator.fill("120");
    await page.getByRole("button", { name: "Save the grid" }).click();
    await page.getByText(/^Grid saved: \d+ figures in the draft\.$/).waitFor();
    await page.getByRole("button", { name: "Submit for approval" }).click();
    await page.getByText("April 2018 submitted for approval.").waitFor();
    await signOut();

    await signIn(APPROVER, `/o/birmingham/months/${PERIOD}`);
    await page.getByRole("button", { name: "Approve" }).click();
    await page.getByText("April 2018 approved.").waitFor();
    await page.getByRole("button", { name: "Publish" }).click();
    await page.getByText("April 2018 published.").waitFor();
    await signOut();

    await page.goto(`${served.url}/o/birmingham?period=${PERIOD}`);
    await page.getByText(new RegExp(`^Revised on .*: ${reason} \\(revision 2\\)\\.`)).waitFor();
    const publicRow = page.getByRole("row", { name: /Re-referrals/ }).first();
    expect(await publicRow.textContent()).toContain("24.0%");
    await page.getByRole("link", { name: "Earlier figures" }).click();
    await page.getByRole("heading", { level: 1, name: /April 2018.*Published revisions/ }).waitFor();
    const corrected = page.getByRole("table", {
      name: "Figures of revision 1 that a later revision corrected",
    });
    const line = corrected.getByRole("row", { name: /Re-referrals/ }).filter({ hasText: "Birmingham" });
    expect(await line.textContent()).toMatch(/123 \/ 500.*120 \/ 500/);
    expect(await page.getByText(`Reason: ${reason}`).count()).toBe(1);
    await expectNoAxeViolations();
    await page.goto(`${served.url}/o/birmingham/indicators/re-referrals`);
    await page.getByText(new RegExp(`^April 2018 revised on .*: ${reason}`)).waitFor();
    await expectNoAxeViolations();
  });
});
