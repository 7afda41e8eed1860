import type { Browser, BrowserContext, Page } from "playwright-core";
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
