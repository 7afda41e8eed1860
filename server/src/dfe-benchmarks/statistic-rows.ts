import type { EesMeasureValue } from "@scorecard/dfe/measures";
import type { StatisticalNeighbourGroup } from "@scorecard/dfe/statistical-neighbours";
import type { NeighbourInsert, StatisticInsert } from "../repositories/statistics-import-repository.ts";

/** The ONS 0–17 estimates are stored beside the measures under this id (year = mid-year). */
export const POPULATION_MEASURE_ID = "population";

/** One DfE figure as a `published_statistics` row, from the committed dataset or an uploaded file. */
export function toStatisticInsert(value: EesMeasureValue, sourceFile: string): StatisticInsert {
  return {
    measureId: value.measureId,
    year: value.year,
    level: value.level,
    code: value.code,
    name: value.name,
    value: value.value,
    numerator: value.numerator,
    denominator: value.denominator,
    suppression: value.suppression,
    sourceFile,
  };
}

/** Each LA's neighbours as `statistical_neighbours` rows, closest first. */
export function toNeighbourRows(groups: readonly StatisticalNeighbourGroup[]): NeighbourInsert[] {
  return groups.flatMap((group) =>
    group.neighbours.map((neighbour) => ({
      model: group.model,
      laCode: group.laCode,
      position: neighbour.position,
      neighbourCode: neighbour.code,
      closeness: neighbour.closeness,
    })),
  );
}
