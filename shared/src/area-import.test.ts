import { describe, expect, it } from "vitest";
import type { AreaEntry } from "./area-hierarchy.ts";
import { type AreaTable, planAreaImport } from "./area-import.ts";

const held: AreaEntry[] = [
  { slug: "city", name: "Birmingham", kind: "city", parent: null },
  { slug: "east", name: "East", kind: "area", parent: "city" },
  { slug: "hodge-hill", name: "Hodge Hill", kind: "ward", parent: "east" },
];

const table = (header: string[], ...rows: string[][]): AreaTable => ({
  header,
  rows: rows.map((cells, index) => ({ row: index + 2, cells })),
});
const HEADER = ["slug", "name", "kind", "parent"];

describe("planAreaImport", () => {
  it("creates new areas parents first, even when the parent comes later, and updates held ones", () => {
    const result = planAreaImport(
      table(
        ["Slug", "NAME", "Kind", "Parent"],
        ["yardley", "Yardley", "ward", "south-east"],
        ["south-east", "South East", "area", "city"],
        ["east", "East Birmingham", "area", "city"],
        ["city", "Birmingham", "city", ""],
        ["", "", "", ""],
      ),
      held,
    );
    expect(result).toEqual({
      plan: {
        creates: [
          { slug: "south-east", name: "South East", kind: "area", parent: "city" },
          { slug: "yardley", name: "Yardley", kind: "ward", parent: "south-east" },
        ],
        updates: [{ slug: "east", name: "East Birmingham", kind: "area", parent: "city" }],
        unchanged: 1,
      },
    });
  });

  it("lists every problem at once with its row and column", () => {
    const result = planAreaImport(
      table(
        HEADER,
        ["Bad Slug", "", "district", "city"],
        ["moseley", "Moseley", "ward", "hodge-hill"],
        ["kings-heath", "Kings Heath", "ward", "nowhere"],
        ["moseley", "Moseley again", "ward", "east"],
        ["second-city", "Another", "city", ""],
      ),
      held,
    );
    expect(result).toEqual({
      errors: [
        { row: 2, column: "slug", message: expect.stringMatching(/"Bad Slug" is not an area id/) },
        { row: 2, column: "name", message: "Give the area a name" },
        { row: 2, column: "kind", message: expect.stringMatching(/"district" is not a kind of area/) },
        { row: 5, column: "slug", message: `"moseley" is also on row 3: each area once` },
        { row: 3, column: "parent", message: `a ward's parent must be an area, and "hodge-hill" is a ward` },
        { row: 4, column: "parent", message: `There is no area "nowhere", in the file or already held` },
        { row: 6, column: "kind", message: expect.stringMatching(/one whole authority/) },
      ],
    });
  });

  it("refuses a change that would leave a held area under an impossible parent", () => {
    const result = planAreaImport(table(HEADER, ["east", "East", "ward", "city"]), held);
    expect(result).toMatchObject({
      errors: [
        { row: 2, column: "parent", message: expect.stringMatching(/a ward's parent must be an area/) },
        { row: 2, column: "kind", message: expect.stringMatching(/^"hodge-hill" sits under "east"/) },
      ],
    });
  });

  it("names a missing column, and an empty file", () => {
    expect(planAreaImport(table(["slug", "name", "kind"], ["a", "A", "area", "city"]), held)).toEqual({
      errors: [{ row: 1, column: "parent", message: expect.stringMatching(/no "parent" column/) }],
    });
    expect(planAreaImport(table(HEADER), held)).toEqual({
      errors: [{ row: null, column: null, message: expect.stringMatching(/no areas/) }],
    });
  });
});
