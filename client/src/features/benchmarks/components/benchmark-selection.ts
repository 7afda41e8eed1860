import type { BenchmarkCatalogueResponse, BenchmarkMeasure, SnModel } from "@scorecard/shared/api-schema";

export type LocalAuthority = BenchmarkCatalogueResponse["localAuthorities"][number];

export const DEFAULT_LA = "330";
export const DEFAULT_MODEL: SnModel = "2025";

/** What the address asks for, checked against the catalogue. Every filter lives in the URL. */
export interface BenchmarkSelection {
  indicatorId: string;
  /** Null when the address names a measure DfE figures are not held for. */
  measure: BenchmarkMeasure | null;
  laCode: string;
  la: LocalAuthority | null;
  /** The year asked for, or the measure's latest; null when the address's year is not one held. */
  year: number | null;
  /** The year as written in the address, when it was not usable. */
  unusableYear: string | null;
  model: SnModel;
  /** The model as written in the address, when it was not a DfE model (the default is used instead). */
  unusableModel: string | null;
  view: "chart" | "table";
}

export function readSelection(
  params: URLSearchParams,
  catalogue: BenchmarkCatalogueResponse,
): BenchmarkSelection {
  const indicatorId = params.get("indicator") || catalogue.measures[0]?.id || "";
  const measure = catalogue.measures.find((candidate) => candidate.id === indicatorId) ?? null;
  const laCode = params.get("la") || DEFAULT_LA;
  const la = catalogue.localAuthorities.find((candidate) => candidate.code === laCode) ?? null;

  const yearText = params.get("year");
  const latest = measure?.years.at(-1) ?? null;
  const asked = yearText ? Number(yearText) : null;
  const yearHeld = asked !== null && (measure?.years.includes(asked) ?? false);
  const year = yearText ? (yearHeld ? asked : null) : latest;

  const modelText = params.get("model");
  const known = catalogue.models.find((candidate) => candidate.model === modelText);
  return {
    indicatorId,
    measure,
    laCode,
    la,
    year,
    unusableYear: yearText && !yearHeld ? yearText : null,
    model: known?.model ?? DEFAULT_MODEL,
    unusableModel: modelText && !known ? modelText : null,
    view: params.get("view") === "table" ? "table" : "chart",
  };
}

/** Local authorities in alphabetical order, for the picker. */
export function alphabetical(localAuthorities: readonly LocalAuthority[]): LocalAuthority[] {
  return [...localAuthorities].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

/** The year to keep when the measure changes: the same year if the new measure has it, else its latest. */
export function yearForMeasure(measure: BenchmarkMeasure, year: number | null): string | null {
  return year !== null && measure.years.includes(year) ? String(year) : null;
}
