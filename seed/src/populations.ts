import type { PopulationSeed, PublishedAreaId } from "./published-scorecard-types.ts";

const december2017Estimates = "Birmingham scorecard December 2017, mid-2016 population estimates";
const onsEstimates = "ONS mid-year estimates via DfE EES";

/**
 * Children aged 0 to 17. The areas' mid-2016 figures are printed in the December 2017 paper. The May 2015
 * and April 2016 papers print area rates that those figures cannot give, and no populations: each area's
 * figure for those papers is back-solved from its printed rates (CP plans and children in care) and lies
 * inside the range that reproduces every one of them. The year is the mid-year the product reads for the
 * paper's month (the calendar year before it); the council's true vintage for those papers is unknown.
 */
export const populationSeeds: PopulationSeed[] = [
  { areaId: "city", year: 2014, population: 283467, source: onsEstimates },
  { areaId: "city", year: 2015, population: 285934, source: onsEstimates },
  { areaId: "city", year: 2016, population: 289265, source: onsEstimates },
  { areaId: "city", year: 2017, population: 291299, source: onsEstimates },
  { areaId: "east", year: 2016, population: 107112, source: december2017Estimates },
  { areaId: "nwc", year: 2016, population: 109786, source: december2017Estimates },
  { areaId: "south", year: 2016, population: 69198, source: december2017Estimates },
  {
    areaId: "east",
    year: 2014,
    population: 102930,
    source:
      "implied by printed rates in the May 2015 scorecard (CP 385 → 37, CiC 614 → 60 per 10,000): any population from 102,667 to 103,193 gives both; midpoint recorded",
  },
  {
    areaId: "nwc",
    year: 2014,
    population: 105808,
    source:
      "implied by printed rates in the May 2015 scorecard (CP 394 → 37, CiC 602 → 57 per 10,000): any population from 105,067 to 106,548 gives both; midpoint recorded",
  },
  {
    areaId: "south",
    year: 2014,
    population: 65789,
    source:
      "implied by printed rates in the May 2015 scorecard (CP 453 → 69, CiC 625 → 95 per 10,000): any population from 65,446 to 66,131 gives both; midpoint recorded",
  },
  {
    areaId: "east",
    year: 2015,
    population: 103527,
    source:
      "implied by printed rates in the April 2016 scorecard (CP 163 → 16, CiC 559 → 54 per 10,000): any population from 102,569 to 104,485 gives both; midpoint recorded",
  },
  {
    areaId: "nwc",
    year: 2015,
    population: 105592,
    source:
      "implied by printed rates in the April 2016 scorecard (CP 314 → 30, CiC 508 → 48 per 10,000): any population from 104,743 to 106,440 gives both; midpoint recorded",
  },
  {
    areaId: "south",
    year: 2015,
    population: 65989,
    source:
      "implied by printed rates in the April 2016 scorecard (CP 328 → 50, CiC 575 → 87 per 10,000): any population from 65,715 to 66,262 gives both; midpoint recorded",
  },
];

/** The recorded 0–17 population of an area for a mid-year, or null when none is held. */
export function populationFor(areaId: PublishedAreaId, year: number): PopulationSeed | null {
  return populationSeeds.find((seed) => seed.areaId === areaId && seed.year === year) ?? null;
}

/**
 * The mid-year whose population a scorecard month's rates per 10,000 use: the calendar year before the
 * month, as in the December 2017 paper (mid-2016 estimates) and the product's `populationForPeriod`.
 */
export function populationYearForPeriod(period: string): number {
  return Number(period.slice(0, 4)) - 1;
}
