import type { Area } from "@scorecard/shared/api-schema";
import { describe, expect, it } from "vitest";
import { inHierarchyOrder, possibleParents } from "./area-order.ts";

const area = (id: string, kind: Area["kind"], parentId: string | null): Area => ({
  id,
  name: id,
  kind,
  parentId,
  population: null,
  populationYear: null,
});

const listed = [
  area("city", "city", null),
  area("east", "area", "city"),
  area("mash", "service", "city"),
  area("west", "area", "city"),
  area("hodge-hill", "ward", "east"),
  area("ladywood", "ward", "west"),
  area("east-team", "service", "east"),
];

describe("inHierarchyOrder", () => {
  it("puts each area straight after its parent, siblings in the server's order", () => {
    expect(inHierarchyOrder(listed).map((entry) => entry.id)).toEqual([
      "city",
      "east",
      "hodge-hill",
      "east-team",
      "mash",
      "west",
      "ladywood",
    ]);
  });

  it("keeps an area whose parent is not held, at the end", () => {
    const orphan = area("lost", "ward", "nowhere");
    expect(
      inHierarchyOrder([orphan, ...listed])
        .map((entry) => entry.id)
        .at(-1),
    ).toBe("lost");
  });
});

describe("possibleParents", () => {
  it("offers only the kinds an area may sit under", () => {
    expect(possibleParents("ward", listed).map((entry) => entry.id)).toEqual(["east", "west"]);
    expect(possibleParents("service", listed).map((entry) => entry.id)).toEqual(["city", "east", "west"]);
    expect(possibleParents("area", listed).map((entry) => entry.id)).toEqual(["city"]);
    expect(possibleParents("city", listed)).toEqual([]);
  });
});
