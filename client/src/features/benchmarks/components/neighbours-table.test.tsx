import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { NeighboursTable } from "./neighbours-table.tsx";
import { benchmarks } from "./test-fixtures.ts";

describe("NeighboursTable", () => {
  it("lists the neighbours closest first with closeness and value, naming the model", () => {
    render(<NeighboursTable data={benchmarks} yearText="2024-25" />);
    const table = screen.getByRole("table", {
      name: /Birmingham's 3 statistical neighbours, closest first \(DfE statistical neighbours, May 2025 model\)/,
    });
    const [, first] = within(table).getAllByRole("row");
    expect(first).toHaveTextContent("1");
    expect(first).toHaveTextContent("Nottingham");
    expect(first).toHaveTextContent("Very close");
    expect(first).toHaveTextContent("27.2%");
  });

  it("shows a suppressed neighbour's reason instead of a number", () => {
    render(<NeighboursTable data={benchmarks} yearText="2024-25" />);
    expect(screen.getByRole("row", { name: /City of London/ })).toHaveTextContent(
      "Not published: confidential (c)",
    );
  });

  it("gives the LA itself and the neighbours' mean and median for reference", () => {
    render(<NeighboursTable data={benchmarks} yearText="2024-25" />);
    expect(screen.getByRole("row", { name: /Birmingham \(selected, for reference\)/ })).toHaveTextContent(
      "20.7%",
    );
    expect(screen.getByRole("row", { name: /Neighbours' mean/ })).toHaveTextContent("2 of 3 with a figure");
  });

  it("says so when the LA has no neighbours in the model", () => {
    const none = {
      ...benchmarks,
      statisticalNeighbours: { ...benchmarks.statisticalNeighbours, members: [], withValues: 0 },
    };
    render(<NeighboursTable data={none} yearText="2024-25" />);
    expect(screen.getByText(/Birmingham has no statistical neighbours in the DfE statistical/)).toBeVisible();
  });
});
