import type { Role } from "@scorecard/shared/roles";
import { eq } from "drizzle-orm";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { organisations } from "../src/db/schema.ts";
import { makeUser, PASSWORD } from "../src/test/auth-fixture.ts";
import { launchChromium } from "./browser.ts";
import { type ServedApp, serveApp } from "./served-app.ts";

export interface BrowserSession {
  served: ServedApp;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** The served app and a desktop-sized page in headless Chromium, for one e2e file. */
export async function openBrowserSession(): Promise<BrowserSession> {
  const served = await serveApp();
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  return { served, browser, context, page: await context.newPage() };
}

export async function closeBrowserSession(session: Partial<BrowserSession>) {
  await session.browser?.close();
  await session.served?.close();
}

/** An account with `role` in the seeded Birmingham organisation, made through the server's own code. */
export async function makeBirminghamMember(served: ServedApp, email: string, role: Role) {
  const [birmingham] = await served.database.db
    .select()
    .from(organisations)
    .where(eq(organisations.slug, "birmingham"));
  if (!birmingham) throw new Error("the seed has no birmingham organisation");
  await makeUser(served.database, { email, organisationId: birmingham.id, role });
}

/** Signs in on the sign-in page, as a person would, and waits until the app says who is signed in. */
export async function signInThroughPage(page: Page, served: ServedApp, email: string, redirect: string) {
  await page.goto(`${served.url}/sign-in?redirect=${encodeURIComponent(redirect)}`);
  await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("button", { name: "Sign out" }).waitFor();
}
