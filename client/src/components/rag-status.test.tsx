import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { RagLegend } from "./rag-legend.tsx";
import { RagStatus, TrendStatus } from "./rag-status.tsx";

describe("RagStatus and TrendStatus", () => {
  it("say the rating in words and carry a shape, not colour alone", () => {
    const { container } = render(<RagStatus rag="AMBER" />);
    expect(container.textContent).toBe("▲ AMBER (Near target)");
    // The shape is decoration for sighted readers; the words are what a screen reader hears.
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe("▲");
  });

  it("says when an indicator is not rated or has no trend", () => {
    render(
      <>
        <RagStatus rag={null} />
        <TrendStatus trend={null} />
      </>,
    );
    expect(screen.getByText("Not rated")).toBeInTheDocument();
    expect(screen.getByText("No trend")).toBeInTheDocument();
  });

  it("words a trend as the council's legend does", () => {
    const { container } = render(<TrendStatus trend="GREEN" />);
    expect(container.textContent).toBe("↑ Much better");
  });
});

describe("RagLegend", () => {
  it("explains every shape and arrow, and the illustrative mark", () => {
    render(<RagLegend />);
    const legend = screen.getByRole("region", { name: "Key" });
    for (const text of [
      "GREEN: On or above target",
      "AMBER: Near target",
      "RED: Off target",
      "Much better",
      "Bit better",
      "Not better",
    ]) {
      expect(legend).toHaveTextContent(text);
    }
    expect(legend).toHaveTextContent(/generated history/);
  });
});
