import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderInRouter } from "../testing/render-in-router.tsx";
import { IndicatorLink, ScorecardLink } from "./page-links.tsx";

const hrefOf = (name: string) => screen.getByRole("link", { name }).getAttribute("href");

describe("links between pages", () => {
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
    );
    expect(hrefOf("East")).toBe("/?area=east&period=2017-12");
    expect(hrefOf("City")).toBe("/?period=2017-12");
    expect(hrefOf("Latest")).toBe("/");
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
    );
    expect(hrefOf("Re-referrals in the north west")).toBe("/indicators/re-referrals?area=nwc&period=2017-12");
    expect(hrefOf("CP plans")).toBe("/indicators/cp-plans?period=2016-04");
  });
});
