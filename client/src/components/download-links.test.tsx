import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { BoardPackLink, DownloadLinks, downloadHref } from "./download-links.tsx";

const hrefOf = (name: string) => screen.getByRole("link", { name }).getAttribute("href");

describe("download links", () => {
  it("name each file for a screen reader and carry the page's filters", () => {
    render(
      <DownloadLinks
        path="/api/orgs/birmingham/scorecard"
        query={{ period: "2017-12", area: "east" }}
        what="the scorecard"
      />,
    );
    expect(hrefOf("Download the scorecard as CSV")).toBe(
      "/api/orgs/birmingham/scorecard.csv?period=2017-12&area=east",
    );
    expect(hrefOf("Download the scorecard as Excel")).toBe(
      "/api/orgs/birmingham/scorecard.xlsx?period=2017-12&area=east",
    );
    expect(screen.getByText(/Download:/)).toHaveTextContent("Download: CSV · Excel");
  });

  it("leave out filters that are not set", () => {
    expect(
      downloadHref("/api/benchmarks/ranking", "csv", { measure: "x y", la: undefined, page: null }),
    ).toBe("/api/benchmarks/ranking.csv?measure=x+y");
    expect(downloadHref("/api/orgs/birmingham/indicators/cp-plans/targets", "xlsx")).toBe(
      "/api/orgs/birmingham/indicators/cp-plans/targets.xlsx",
    );
  });

  it("link the month's board pack as a PDF for the chosen area", () => {
    render(<BoardPackLink org="birmingham" period="2017-12" area="city" />);
    expect(hrefOf("Download board pack (PDF)")).toBe(
      "/api/orgs/birmingham/months/2017-12/board-pack.pdf?area=city",
    );
  });
});
