import type { Area, Indicator } from "@scorecard/shared/api-schema";
import { screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, json, renderWithQuery, stubApi } from "../../../testing/render-with-query.tsx";
import { MonthRevisionsPage } from "./month-revisions-page.tsx";

const indicators = [{ id: "re-referrals", ref: 2, title: "Re-referrals" }] as Indicator[];
const areas = [{ id: "city", name: "Birmingham" }] as Area[];
const figure = (numerator: number) => ({
  indicator: "re-referrals",
  area: "city",
  breakdown: "",
  numerator,
  denominator: 500,
  value: null,
});

describe("MonthRevisionsPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists revisions newest first, with the figures a correction replaced beside today's", async () => {
    stubApi(() =>
      json({
        period: "2018-04",
        revisions: [
          {
            revision: 1,
            publishedAt: "2026-12-01T10:00:00.000Z",
            publishedBy: "a@example.org",
            reason: null,
            figures: [figure(123)],
          },
          {
            revision: 2,
            publishedAt: "2026-12-02T10:00:00.000Z",
            publishedBy: "b@example.org",
            reason: "Double-counted one family",
            figures: [figure(120)],
          },
        ],
      }),
    );
    renderWithQuery(
      <MonthRevisionsPage org="birmingham" period="2018-04" indicators={indicators} areas={areas} />,
    );
    const headings = await screen.findAllByRole("heading", { level: 2 });
    expect(headings.map((heading) => heading.textContent)).toEqual(["Revision 2 (current)", "Revision 1"]);
    expect(screen.getByText(/Reason: Double-counted one family/)).toBeInTheDocument();
    const table = screen.getByRole("table", {
      name: "Figures of revision 1 that a later revision corrected",
    });
    expect(within(table).getAllByRole("row")[1]).toHaveTextContent(
      "2. Re-referralsBirmingham123 / 500120 / 500",
    );
  });

  it("says so when the month is not published", async () => {
    stubApi(() => apiError(404, "period: April 2018 is not published"));
    renderWithQuery(
      <MonthRevisionsPage org="birmingham" period="2018-04" indicators={indicators} areas={areas} />,
    );
    expect(await screen.findByRole("alert")).toHaveTextContent("April 2018 is not published");
  });
});
