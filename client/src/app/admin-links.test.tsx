import type { Indicator } from "@scorecard/shared/api-schema";
import type { SessionResponse } from "@scorecard/shared/auth-schema";
import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../testing/render-in-router.tsx";
import { json, sessionAnswer, signedInSession } from "../testing/stub-session.ts";

const reReferrals: Indicator = {
  id: "re-referrals",
  ref: 3,
  title: "Re-referrals",
  definition: "Referrals within 12 months of a previous one.",
  unit: "percent",
  polarity: "lower_is_better",
  measureKind: "ratio",
  baselineKind: "previous_6_months_cumulative",
  baselineLabel: "Prev. 6 months",
  baselineMonth: null,
  tolerance: null,
  trendThreshold: null,
  decimals: 1,
  numeratorLabel: null,
  denominatorLabel: null,
  notes: null,
  showsRatePer10k: false,
};

const orgAdmin: SessionResponse = {
  ...signedInSession,
  memberships: [
    { organisation: "birmingham", organisationName: "Birmingham City Council", role: "org_admin" },
  ],
};

function stubApi(session: SessionResponse) {
  vi.stubGlobal(
    "fetch",
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input), "http://localhost");
      const account = sessionAnswer(url, { session });
      if (account) return account;
      if (url.pathname.endsWith("/indicators")) return json({ indicators: [reReferrals] });
      if (url.pathname.endsWith("/areas")) {
        return json({
          areas: [
            {
              id: "city",
              name: "Birmingham",
              kind: "city",
              parentId: null,
              population: null,
              populationYear: null,
            },
          ],
        });
      }
      if (url.pathname.endsWith("/periods")) return json({ periods: [] });
      if (url.pathname === "/api/benchmarks/catalogue")
        return json({ measures: [], localAuthorities: [], models: [] });
      return json({ statusCode: 404, error: "Not Found", message: "no route" }, 404);
    }),
  );
}

describe("the org admin's ways to the areas and an indicator's settings", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("an org admin finds Areas in the menu and the settings link on the indicator page", async () => {
    stubApi(orgAdmin);
    const { router } = await renderApp("/o/birmingham/indicators/re-referrals");
    const menu = screen.getByRole("navigation", { name: "Main" });
    expect(await within(menu).findByRole("link", { name: "Areas" })).toHaveAttribute(
      "href",
      "/o/birmingham/areas",
    );
    fireEvent.click(await screen.findByRole("link", { name: "Change this indicator's settings" }));
    expect(await screen.findByRole("heading", { level: 1, name: /^Settings · Re-referrals/ })).toBeVisible();
    expect(router.state.location.pathname).toBe("/o/birmingham/indicators/re-referrals/settings");
  });

  it("an approver sees neither", async () => {
    stubApi(signedInSession);
    await renderApp("/o/birmingham/indicators/re-referrals");
    expect(await screen.findByRole("heading", { level: 1, name: /Re-referrals/ })).toBeVisible();
    const menu = screen.getByRole("navigation", { name: "Main" });
    await within(menu).findByRole("link", { name: "Months" });
    expect(within(menu).queryByRole("link", { name: "Areas" })).toBeNull();
    expect(screen.queryByRole("link", { name: "Change this indicator's settings" })).toBeNull();
  });
});
