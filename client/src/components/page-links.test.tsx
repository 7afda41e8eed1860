import { screen } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderInRouter } from "../testing/render-in-router.tsx";
import { json, sessionAnswer } from "../testing/stub-session.ts";
import { IndicatorLink, ScorecardLink } from "./page-links.tsx";

const hrefOf = (name: string) => screen.getByRole("link", { name }).getAttribute("href");

describe("links between pages", () => {
  beforeEach(() => {
    vi.stubGlobal(
      "fetch",
      vi.fn(
        async (input: RequestInfo | URL) =>
          sessionAnswer(new URL(String(input), "http://localhost")) ?? json({}, 404),
      ),
    );
  });
  afterEach(() => vi.unstubAllGlobals());

  it("go back to the scorecard's month and area, leaving out the whole-authority default", async () => {
    await renderInRouter(
      <>
        <ScorecardLink period="2017-12" area="east">
          East
        </ScorecardLink>
        <ScorecardLink period="2017-12" area="city">
          City
        </ScorecardLink>
        <ScorecardLink period={null}>Latest</ScorecardLink>
      </>,
      "/o/birmingham/compare",
    );
    expect(hrefOf("East")).toBe("/o/birmingham?area=east&period=2017-12");
    expect(hrefOf("City")).toBe("/o/birmingham?period=2017-12");
    expect(hrefOf("Latest")).toBe("/o/birmingham");
  });

  it("open an indicator for the month and area it was chosen in", async () => {
    await renderInRouter(
      <>
        <IndicatorLink indicatorId="re-referrals" period="2017-12" area="nwc">
          Re-referrals in the north west
        </IndicatorLink>
        <IndicatorLink indicatorId="cp-plans" period="2016-04" area="city">
          CP plans
        </IndicatorLink>
      </>,
      "/o/birmingham/compare",
    );
    expect(hrefOf("Re-referrals in the north west")).toBe(
      "/o/birmingham/indicators/re-referrals?area=nwc&period=2017-12",
    );
    expect(hrefOf("CP plans")).toBe("/o/birmingham/indicators/cp-plans?period=2016-04");
  });

  it("use the old addresses, which lead to the default organisation, outside any organisation", async () => {
    await renderInRouter(
      <>
        <ScorecardLink period="2017-12" area="east">
          East
        </ScorecardLink>
        <IndicatorLink indicatorId="cp-plans" period="2016-04" area="east">
          CP plans
        </IndicatorLink>
      </>,
      "/sign-in",
    );
    expect(hrefOf("East")).toBe("/?area=east&period=2017-12");
    expect(hrefOf("CP plans")).toBe("/indicators/cp-plans?area=east&period=2016-04");
  });
});
