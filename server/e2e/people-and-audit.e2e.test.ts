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

const ADMIN = "e2e-org-admin@example.org";
const INVITED = "e2e-new-editor@example.org";

describe.runIf(browserTestsEnabled)("an org admin's people and audit pages in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ served, browser, page } = await openBrowserSession());
    await makeBirminghamMember(served, ADMIN, "org_admin");
  });
  afterAll(() => closeBrowserSession({ served, browser }));

  const expectNoAxeViolations = async () => expect(await axeViolations(page)).toEqual([]);

  it("signs in, invites an editor on the people page, finds it in the audit trail and signs out", async () => {
    await signInThroughPage(page, served, ADMIN, "/o/birmingham");

    await page.getByRole("link", { name: "People" }).click();
    await page.getByRole("heading", { level: 1, name: /^People/ }).waitFor();
    expect(await page.getByRole("row", { name: new RegExp(ADMIN) }).textContent()).toMatch(/admin/i);
    await expectNoAxeViolations();

    const addForm = page.locator("form", { has: page.getByRole("heading", { name: "Add a person" }) });
    await addForm.getByLabel("Email address").fill(INVITED);
    await addForm.getByLabel("Name").fill("New Editor");
    await addForm.getByLabel("Role").selectOption("editor");
    await addForm.getByRole("button", { name: "Add person" }).click();
    const shownOnce = page.getByRole("region", { name: "Account created for New Editor" });
    await shownOnce.waitFor();
    expect(await shownOnce.textContent()).toContain(`Set-password link for ${INVITED}`);
    expect(await shownOnce.textContent()).toMatch(/\/set-password#token=/);
    await page.getByRole("row", { name: /New Editor/ }).waitFor();
    await expectNoAxeViolations();

    await page.getByRole("link", { name: "Audit trail" }).click();
    await page.getByRole("heading", { level: 1, name: /^Audit trail/ }).waitFor();
    const table = page.getByRole("table");
    await table.waitFor();
    const text = (await table.textContent()) ?? "";
    expect(text).toContain(ADMIN);
    expect(text).toContain(INVITED);
    await expectNoAxeViolations();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await expectNoAxeViolations();
  });
});
