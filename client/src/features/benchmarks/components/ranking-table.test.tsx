import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { sharedRanks } from "./ranking-rows.ts";
import { RankingTable } from "./ranking-table.tsx";
import { cpPlans, ranking, reReferrals } from "./test-fixtures.ts";

describe("RankingTable", () => {
  it("marks the chosen LA in words and with aria-current, not by colour alone", () => {
    render(<RankingTable ranking={ranking} measure={reReferrals} laCode="330" yearText="2024-25" />);
    const table = screen.getByRole("table", { name: /all 5 local authorities, best first/ });
    const selected = within(table).getByRole("row", { current: true });
    expect(selected).toHaveTextContent("Birmingham (selected)");
    expect(selected).toHaveTextContent("20.7%");
    expect(selected).toHaveTextContent("(joint)");
    expect(within(table).getAllByRole("row", { current: false })).toHaveLength(5);
  });

  it("shows a suppressed figure's meaning, never 0, and leaves it unranked", () => {
    render(<RankingTable ranking={ranking} measure={reReferrals} laCode="330" yearText="2024-25" />);
    const row = screen.getByRole("row", { name: /City of London/ });
    expect(row).toHaveTextContent("Not published: confidential (c)");
    expect(row).toHaveTextContent("Not ranked");
    expect(row).not.toHaveTextContent("0.0%");
  });

  it("sits in a keyboard-focusable scroll region with scoped headers and quartile bands", () => {
    render(<RankingTable ranking={ranking} measure={reReferrals} laCode="330" yearText="2024-25" />);
    expect(screen.getByRole("region", { name: "All local authorities, 2024-25, table" })).toHaveAttribute(
      "tabindex",
      "0",
    );
    expect(screen.getByRole("columnheader", { name: "Quartile band" })).toHaveAttribute("scope", "col");
    expect(screen.getByRole("rowheader", { name: "Hounslow" })).toHaveAttribute("scope", "row");
  });

  it("lists a context measure lowest first, without ranks or quartiles", () => {
    render(<RankingTable ranking={ranking} measure={cpPlans} laCode="330" yearText="2024-25" />);
    expect(screen.getByRole("table", { name: /lowest figure first/ })).toBeVisible();
    expect(screen.getByRole("columnheader", { name: "Order" })).toBeVisible();
    expect(screen.queryByRole("columnheader", { name: "Quartile band" })).toBeNull();
    expect(screen.getByRole("row", { name: /Hounslow/ })).toHaveTextContent(/^1Hounslow/);
    expect(screen.getByRole("row", { name: /City of London/ })).toHaveTextContent(/^NoneCity of London/);
  });
});

describe("sharedRanks", () => {
  it("finds ranks held by more than one LA", () => {
    expect([...sharedRanks(ranking.entries)]).toEqual([84]);
  });
});
