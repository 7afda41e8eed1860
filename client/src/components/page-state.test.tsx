import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ApiError } from "../lib/api-client.ts";
import { ErrorState } from "./page-state.tsx";

describe("ErrorState", () => {
  it("asks the reader to check the scorecard's choices when the server turns the request down", () => {
    render(<ErrorState what="the scorecard" error={new ApiError(400, "period must be YYYY-MM")} />);
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Could not load the scorecard");
    expect(alert).toHaveTextContent("period must be YYYY-MM");
    expect(alert).toHaveTextContent("Check the month, area or indicator in the address");
  });

  it("gives a page's own advice instead, when it has some", () => {
    render(
      <ErrorState
        what="the benchmarks"
        error={new ApiError(400, "year must be a year")}
        advice="Check the measure, local authority, year or model."
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("Check the measure, local authority, year or model.");
    expect(alert).not.toHaveTextContent("month, area or indicator");
  });

  it("says the server may be down for any other failure, whatever the page's advice", () => {
    render(
      <ErrorState
        what="the benchmarks"
        error={new ApiError(503, "Service unavailable")}
        advice="Check the measure, local authority, year or model."
        onRetry={() => undefined}
      />,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveTextContent("The server may be down or restarting");
    expect(alert).not.toHaveTextContent("Check the measure");
    expect(screen.getByRole("button", { name: "Try again" })).toBeVisible();
  });
});
