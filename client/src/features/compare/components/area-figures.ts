import type { ScorecardResponse, ScorecardRow } from "@scorecard/shared/api-schema";
import type { Rag } from "@scorecard/shared/indicator-schema";

export interface AreaBar {
  areaId: string;
  name: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  rag: Rag | null;
  source: "published" | "illustrative";
  isWhole: boolean;
}

/**
 * One indicator's figures side by side: the whole authority first, then each chosen area in the
 * scorecard's order. `selected` null means every area.
 */
export function areaBars(
  scorecard: ScorecardResponse,
  row: ScorecardRow,
  selected: ReadonlySet<string> | null,
): AreaBar[] {
  const whole: AreaBar = {
    areaId: scorecard.area.id,
    name: scorecard.area.name,
    value: row.value,
    numerator: row.numerator,
    denominator: row.denominator,
    rag: row.rag,
    source: row.source ?? "published",
    isWhole: true,
  };
  const parts = row.areas
    .filter((area) => selected === null || selected.has(area.areaId))
    .map((area) => ({ ...area, isWhole: false }));
  return [whole, ...parts];
}

/** Every area that appears under any indicator, in first-seen order: the matrix columns. */
export function matrixAreas(scorecard: ScorecardResponse): { areaId: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const row of scorecard.rows)
    for (const area of row.areas) if (!seen.has(area.areaId)) seen.set(area.areaId, area.name);
  return [...seen].map(([areaId, name]) => ({ areaId, name }));
}

/** "east,nwc" from the URL → the chosen set; missing or empty → every area (null). */
export function parseSelectedAreas(raw: string | null | undefined): ReadonlySet<string> | null {
  if (!raw) return null;
  return new Set(raw.split(",").filter(Boolean));
}

/** The chosen set for the URL: every area → left out (undefined); none → "none". */
export function serialiseSelectedAreas(
  selected: ReadonlySet<string>,
  all: readonly string[],
): string | undefined {
  if (all.every((id) => selected.has(id))) return undefined;
  return all.filter((id) => selected.has(id)).join(",") || "none";
}
