import type {
  BenchmarkCatalogueResponse,
  BenchmarkMeasure,
  BenchmarksSearch,
  PageView,
  SnModel,
} from "@scorecard/shared/api-schema";

export type LocalAuthority = BenchmarkCatalogueResponse["localAuthorities"][number];

/** What the address asks for, checked against the catalogue. Every filter lives in the URL. */
export interface BenchmarkSelection {
  indicatorId: string;
  /** Null when the address names a measure DfE figures are not held for. */
  measure: BenchmarkMeasure | null;
  laCode: string;
  la: LocalAuthority | null;
  /** The year asked for, or the measure's latest; null when the address's year is not one held. */
  year: number | null;
  /** A reporting year asked for that DfE figures are not held for. */
  unusableYear: string | null;
  model: SnModel;
  view: PageView;
}

/**
 * The address's search params, already validated and defaulted by the route's schema (so an LA,
 * year or model that is not one at all has become the default), checked against the catalogue.
 */
export function readSelection(
  search: BenchmarksSearch,
  catalogue: BenchmarkCatalogueResponse,
): BenchmarkSelection {
  const indicatorId = search.indicator ?? catalogue.measures[0]?.id ?? "";
  const measure = catalogue.measures.find((candidate) => candidate.id === indicatorId) ?? null;
  const la = catalogue.localAuthorities.find((candidate) => candidate.code === search.la) ?? null;

  const latest = measure?.years.at(-1) ?? null;
  const asked = search.year;
  const yearHeld = asked !== undefined && (measure?.years.includes(asked) ?? false);
  const year = asked === undefined ? latest : yearHeld ? asked : null;

  return {
    indicatorId,
    measure,
    laCode: search.la,
    la,
    year,
    unusableYear: asked !== undefined && !yearHeld ? String(asked) : null,
    model: search.model,
    view: search.view,
  };
}

/** Local authorities in alphabetical order, for the picker. */
export function alphabetical(localAuthorities: readonly LocalAuthority[]): LocalAuthority[] {
  return [...localAuthorities].sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
}

/** The year to keep when the measure changes: the same year if the new measure has it, else its latest. */
export function yearForMeasure(measure: BenchmarkMeasure, year: number | null): number | undefined {
  return year !== null && measure.years.includes(year) ? year : undefined;
}
