import type { PublishedAreaId } from "./published-scorecard-types.ts";

/** Birmingham City Council, by its DfE codes. */
export const birmingham = {
  slug: "birmingham",
  name: "Birmingham",
  oldLaCode: "330",
  newLaCode: "E08000025",
} as const;

export interface AreaSeed {
  id: PublishedAreaId;
  name: string;
  kind: "city" | "area" | "ward" | "service";
  parentId: PublishedAreaId | null;
}

/**
 * The units the council's scorecards report: the city, its three social work areas, and the
 * city-wide services that are not geographic. Wards will hang under the areas when data arrives.
 */
export const birminghamAreas: AreaSeed[] = [
  { id: "city", name: "Birmingham", kind: "city", parentId: null },
  { id: "east", name: "East", kind: "area", parentId: "city" },
  { id: "nwc", name: "North West & Central", kind: "area", parentId: "city" },
  { id: "south", name: "South", kind: "area", parentId: "city" },
  { id: "dcsc", name: "Disabled Children's Social Care", kind: "service", parentId: "city" },
  { id: "citywide", name: "Other City-wide Teams", kind: "service", parentId: "city" },
  { id: "mash", name: "MASH", kind: "service", parentId: "city" },
];
