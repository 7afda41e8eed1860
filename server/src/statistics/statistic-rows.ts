import type { EesMeasureValue } from "@scorecard/seed/ees/measures";
import type { StatisticalNeighbourGroup } from "@scorecard/seed/ees/statistical-neighbours";
import type { publishedStatistics, statisticalNeighbours } from "../db/schema.ts";

export type StatisticInsert = typeof publishedStatistics.$inferInsert;

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
export function toNeighbourRows(
  groups: readonly StatisticalNeighbourGroup[],
): (typeof statisticalNeighbours.$inferInsert)[] {
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
