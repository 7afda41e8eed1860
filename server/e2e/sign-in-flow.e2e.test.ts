import { eq } from "drizzle-orm";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "../src/auth/user-service.ts";
import { organisations } from "../src/db/schema.ts";
import { systemActor } from "../src/db/write-transaction.ts";
import { upsertMembership } from "../src/repositories/membership-repository.ts";
import { makeUser, PASSWORD } from "../src/test/auth-fixture.ts";
import { axeViolations, browserTestsEnabled } from "./browser.ts";
import { closeBrowserSession, openBrowserSession } from "./browser-session.ts";
import type { ServedApp } from "./served-app.ts";

const EMAIL = "e2e-viewer@example.org";
const NEW_PASSWORD = "copper-meadow-lantern-42";

describe.runIf(browserTestsEnabled)("organisations in the address, sign-in and account in Chromium", () => {
  let served: ServedApp;
  let browser: Browser;
  let page: Page;
  let setPasswordLink: string;

  beforeAll(async () => {
    ({ served, browser, page } = await openBrowserSession());
    // The test accounts are made through the server's own code, as user:create would.
    const [birmingham] = await served.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    if (!birmingham) throw new Error("the seed has no birmingham organisation");
    await makeUser(served.database, { email: EMAIL, organisationId: birmingham.id, role: "viewer" });
    const invited = await createUser(
      served.database.db,
      systemActor("e2e"),
      undefined,
      { email: "e2e-invited@example.org", name: "Invited Person" },
      served.url,
    );
    await upsertMembership(served.database.db, birmingham.id, invited.user.id, "editor");
    setPasswordLink = invited.setPasswordLink ?? "";
  });
  afterAll(() => closeBrowserSession({ served, browser }));

  const expectNoAxeViolations = async () => expect(await axeViolations(page)).toEqual([]);

  /** Presses Tab until the focused element is the one named, as a keyboard-only reader would. */
  async function tabTo(name: string, limit = 60) {
    for (let presses = 0; presses < limit; presses++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element) return "";
        const label = element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null;
        return (label ?? element.getAttribute("aria-label") ?? element.textContent ?? "").trim();
      });
      if (focused === name) return;
    }
    throw new Error(`Tab never reached “${name}”`);
  }

  it.each([
    ["/", "/o/birmingham", ""],
    ["/?period=2016-04&area=east", "/o/birmingham", "?area=east&period=2016-04"],
    [
      "/compare?period=2017-12&indicator=supervision",
      "/o/birmingham/compare",
      "?indicator=supervision&period=2017-12",
    ],
    ["/indicators/re-referrals?area=east", "/o/birmingham/indicators/re-referrals", "?area=east"],
    [
      "/benchmarks?indicator=re-referrals&la=330&year=2025",
      "/o/birmingham/benchmarks",
      "?indicator=re-referrals&la=330&model=2025&year=2025",
    ],
  ])("sends the old address %s to the same page under /o/birmingham/", async (from, pathname, search) => {
    await page.goto(`${served.url}${from}`);
    await page.waitForURL((url) => url.pathname === pathname);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(new URL(page.url()).search).toBe(search);
  });

  it("benchmarks the organisation's own LA when the address names none", async () => {
    await page.goto(`${served.url}/o/birmingham/benchmarks?indicator=re-referrals&year=2025`);
    await page.getByRole("heading", { level: 2, name: "Birmingham, year ending March 2025" }).waitFor();
  });

  it("sends a signed-out reader of My account to sign in", async () => {
    await page.goto(`${served.url}/account`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(new URL(page.url()).searchParams.get("redirect")).toBe("/account");
  });

  it("signs in, changes the password on My account and signs out, by keyboard alone, with no axe violations", async () => {
    await page.goto(`${served.url}/o/birmingham?period=2017-12`);
    await page.getByRole("heading", { level: 1, name: /December 2017/ }).waitFor();
    await expectNoAxeViolations();

    await tabTo("Sign in");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await expectNoAxeViolations();

    // An empty submit: the summary takes focus and each field names its problem.
    await tabTo("Sign in");
    await page.keyboard.press("Enter");
    await page.locator(".error-summary:focus").waitFor();
    expect(await page.getByLabel("Email address").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations();

    await tabTo("Enter your email address, like name@council.gov.uk");
    await page.keyboard.press("Enter");
    await page.keyboard.type(EMAIL);
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Enter");
    // Back where the reader was, signed in.
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    expect(await page.getByRole("banner").textContent()).toContain(`Signed in as ${EMAIL}`);
    expect(new URL(page.url()).pathname).toBe("/o/birmingham");
    expect(new URL(page.url()).searchParams.get("period")).toBe("2017-12");

    await tabTo("My account");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "My account" }).waitFor();
    const membership = page.getByRole("row", { name: /Birmingham/ });
    expect(await membership.textContent()).toContain("Viewer");
    await expectNoAxeViolations();

    await tabTo("Current password");
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press("Tab");
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press("Tab");
    await page.keyboard.type(NEW_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByText(/Your password has been changed/).waitFor();
    await expectNoAxeViolations();

    await tabTo("Sign out");
    await page.keyboard.press("Enter");
    // Signing out goes to the front page, which is the default organisation's scorecard.
    await page.waitForURL((url) => url.pathname === "/o/birmingham");
    await page.getByRole("link", { name: "Sign in" }).waitFor();
    await page.getByRole("heading", { level: 1, name: /December 2017/ }).waitFor();
    await expectNoAxeViolations();

    // The new password is the one that works now.
    await page.goto(`${served.url}/sign-in?redirect=%2Faccount`);
    await page.getByLabel("Email address").fill(EMAIL);
    await page.getByLabel("Password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "My account" }).waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("link", { name: "Sign in" }).waitFor();
  });

  it("chooses a password through a one-time link, showing the rule, with no axe violations", async () => {
    expect(setPasswordLink).toContain("/set-password#token=");
    await page.goto(setPasswordLink);
    await page.getByRole("heading", { level: 1, name: "Choose a password" }).waitFor();
    expect(await page.getByText(/At least 12 characters/).isVisible()).toBe(true);
    await expectNoAxeViolations();
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("New password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set password" }).click();
    await page.getByRole("heading", { level: 1, name: "Your password is set" }).waitFor();
    await expectNoAxeViolations();
    // The link is spent. (Another page first: a change of fragment alone would not reload.)
    await page.goto(`${served.url}/sign-in`);
    await page.goto(setPasswordLink);
    await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("New password again").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Set password" }).click();
    await page.getByText(/This link cannot be used/).waitFor();
  });
});
