import type { Area } from "@scorecard/shared/api-schema";
import { type AreaKind, PARENT_KINDS } from "@scorecard/shared/area-hierarchy";

/** What each kind of area is called on the page. */
export const areaKindLabels: Record<AreaKind, string> = {
  city: "Whole authority",
  area: "Area",
  ward: "Ward",
  service: "Service unit",
};

/**
 * The areas in hierarchy order: each area followed by everything under it, siblings in the order
 * the server lists them. An area whose parent is not held (it should not happen) comes last rather
 * than vanishing from the table.
 */
export function inHierarchyOrder(areas: readonly Area[]): Area[] {
  const children = new Map<string | null, Area[]>();
  for (const area of areas) {
    const siblings = children.get(area.parentId) ?? [];
    siblings.push(area);
    children.set(area.parentId, siblings);
  }
  const ordered: Area[] = [];
  const placed = new Set<string>();
  const visit = (area: Area) => {
    if (placed.has(area.id)) return;
    placed.add(area.id);
    ordered.push(area);
    for (const child of children.get(area.id) ?? []) visit(child);
  };
  for (const root of children.get(null) ?? []) visit(root);
  for (const area of areas) visit(area);
  return ordered;
}

/** The areas an area of `kind` may sit under (shared/area-hierarchy's rule), in hierarchy order. */
export function possibleParents(kind: AreaKind, areas: readonly Area[]): Area[] {
  const allowed = PARENT_KINDS[kind];
  return inHierarchyOrder(areas).filter((area) => allowed.includes(area.kind));
}
