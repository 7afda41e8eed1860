import { AREA_KINDS, areaIdSchema } from "./api-schema.ts";
import { type AreaEntry, type AreaKind, nestingProblem } from "./area-hierarchy.ts";
import { MAX_RETURN_ERRORS, type ReturnError } from "./month-schema.ts";

/**
 * An areas file (`slug, name, kind, parent`, headers in any case) checked against the areas the
 * organisation already has: every problem at once with its row and column, or what to create and
 * update. Parents may be created later in the same file; existing slugs are updated.
 */

export const AREA_COLUMNS = ["slug", "name", "kind", "parent"] as const;
type AreaColumn = (typeof AREA_COLUMNS)[number];

export interface AreaTable {
  header: readonly string[];
  /** `row` is the file's own row number (the header is row 1). */
  rows: readonly { row: number; cells: readonly string[] }[];
}

export interface AreaImportPlan {
  /** New areas, each after its parent. */
  creates: AreaEntry[];
  /** Existing areas whose name, kind or parent the file changes. */
  updates: AreaEntry[];
  /** Existing areas the file repeats as they are. */
  unchanged: number;
}

const MAX_NAME = 120;

export function planAreaImport(
  table: AreaTable,
  existing: readonly AreaEntry[],
): { plan: AreaImportPlan } | { errors: ReturnError[] } {
  const errors: ReturnError[] = [];
  const fail = (row: number | null, column: string | null, message: string) => {
    if (errors.length < MAX_RETURN_ERRORS) errors.push({ row, column, message });
  };

  const position = new Map(table.header.map((name, index) => [name.trim().toLowerCase(), index]));
  for (const column of AREA_COLUMNS) {
    if (!position.has(column)) {
      fail(1, column, `The file has no "${column}" column: the columns are ${AREA_COLUMNS.join(", ")}`);
    }
  }
  if (errors.length > 0) return { errors };

  const cell = (cells: readonly string[], column: AreaColumn) =>
    (cells[position.get(column) ?? -1] ?? "").trim();
  const fileRows: { row: number; entry: AreaEntry }[] = [];
  const rowOfSlug = new Map<string, number>();
  for (const { row, cells } of table.rows) {
    if (cells.every((value) => value.trim() === "")) continue;
    const slug = cell(cells, "slug");
    const name = cell(cells, "name");
    const kind = cell(cells, "kind").toLowerCase();
    const parent = cell(cells, "parent");
    let valid = true;
    const problem = (column: AreaColumn, message: string) => {
      fail(row, column, message);
      valid = false;
    };
    if (!areaIdSchema.safeParse(slug).success) {
      problem(
        "slug",
        slug === ""
          ? "Give the area's id (its slug), such as east or nwc"
          : `"${slug}" is not an area id: use lower-case letters, digits and hyphens, such as east or nwc`,
      );
    } else if (rowOfSlug.has(slug)) {
      problem("slug", `"${slug}" is also on row ${rowOfSlug.get(slug)}: each area once`);
    } else {
      rowOfSlug.set(slug, row);
    }
    if (name === "") problem("name", "Give the area a name");
    else if (name.length > MAX_NAME) problem("name", `The name is longer than ${MAX_NAME} characters`);
    if (!(AREA_KINDS as readonly string[]).includes(kind)) {
      problem("kind", `"${cell(cells, "kind")}" is not a kind of area: use ${AREA_KINDS.join(", ")}`);
    }
    if (parent !== "" && !areaIdSchema.safeParse(parent).success) {
      problem(
        "parent",
        `"${parent}" is not an area id: give the parent area's slug, or leave it empty for the city`,
      );
    }
    if (valid) fileRows.push({ row, entry: { slug, name, kind: kind as AreaKind, parent: parent || null } });
  }
  if (table.rows.length === 0 || (fileRows.length === 0 && errors.length === 0)) {
    fail(null, null, `The file has no areas: one row per area under the header ${AREA_COLUMNS.join(", ")}`);
  }

  // The hierarchy as it would be after the import: the file's rows over the areas held.
  const merged = new Map(existing.map((area) => [area.slug, area]));
  for (const { entry } of fileRows) merged.set(entry.slug, entry);
  for (const { row, entry } of fileRows) {
    const parent = entry.parent === null ? null : (merged.get(entry.parent) ?? null);
    if (entry.parent !== null && !parent) {
      fail(row, "parent", `There is no area "${entry.parent}", in the file or already held`);
      continue;
    }
    const nesting = nestingProblem(entry.kind, parent);
    if (nesting) fail(row, "parent", nesting);
  }
  // An area the file leaves alone must still fit under a parent the file changes.
  for (const area of existing) {
    const parentRow = area.parent === null ? undefined : rowOfSlug.get(area.parent);
    if (rowOfSlug.has(area.slug) || parentRow === undefined || area.parent === null) continue;
    const parent = merged.get(area.parent) ?? null;
    const nesting = nestingProblem(area.kind, parent);
    if (nesting) fail(parentRow, "kind", `"${area.slug}" sits under "${area.parent}": ${nesting}`);
  }
  const cities = [...merged.values()].filter((area) => area.kind === "city");
  if (cities.length > 1) {
    for (const { row, entry } of fileRows) {
      if (
        entry.kind === "city" &&
        existing.every((area) => area.slug !== entry.slug || area.kind !== "city")
      ) {
        fail(
          row,
          "kind",
          `The organisation has one whole authority (city): ${cities.map((c) => `"${c.slug}"`).join(" and ")} cannot both be`,
        );
      }
    }
  }
  if (errors.length > 0) return { errors };

  const held = new Map(existing.map((area) => [area.slug, area]));
  const depth = (slug: string): number => {
    let levels = 0;
    for (let at = merged.get(slug); at?.parent && levels < merged.size; at = merged.get(at.parent)) levels++;
    return levels;
  };
  const creates = fileRows
    .map(({ entry }) => entry)
    .filter((entry) => !held.has(entry.slug))
    .map((entry, order) => ({ entry, order, depth: depth(entry.slug) }))
    .sort((a, b) => a.depth - b.depth || a.order - b.order)
    .map(({ entry }) => entry);
  const updates = fileRows
    .map(({ entry }) => entry)
    .filter((entry) => {
      const before = held.get(entry.slug);
      return (
        before && (before.name !== entry.name || before.kind !== entry.kind || before.parent !== entry.parent)
      );
    });
  const unchanged = fileRows.length - creates.length - updates.length;
  return { plan: { creates, updates, unchanged } };
}
