import { populationForPeriod } from "@scorecard/shared/in-force";
import { describe, expect, it } from "vitest";
import { indicatorSeeds } from "./indicators.ts";
import { populationFor, populationSeeds, populationYearForPeriod } from "./populations.ts";
import type { PublishedAreaId, PublishedFigure, PublishedScorecard } from "./published-scorecard-types.ts";
import { scorecard2015_05 } from "./scorecard-2015-05.ts";
import { scorecard2016_04 } from "./scorecard-2016-04.ts";
import { scorecard2017_12 } from "./scorecard-2017-12.ts";

const scorecards: PublishedScorecard[] = [scorecard2015_05, scorecard2016_04, scorecard2017_12];

type Column = "month" | "baseline";

interface PrintedCell {
  period: string;
  indicatorId: string;
  column: Column;
  figure: PublishedFigure;
}

function printedCells(): PrintedCell[] {
  return scorecards.flatMap((scorecard) =>
    scorecard.blocks.flatMap((block) => [
      ...block.figures.map((figure) => ({
        period: scorecard.period,
        indicatorId: block.indicatorId,
        column: "month" as const,
        figure,
      })),
      ...(block.baseline?.figures ?? []).map((figure) => ({
        period: scorecard.period,
        indicatorId: block.indicatorId,
        column: "baseline" as const,
        figure,
      })),
    ]),
  );
}

function cellKey(cell: PrintedCell): string {
  return `${cell.period} ${cell.indicatorId} ${cell.figure.areaId} ${cell.figure.breakdown ?? "headline"} ${cell.column}`;
}

/** round-half-up(numerator / denominator × scale) in integer arithmetic, so 0.5 never becomes 0.4999…. */
function roundHalfUp(numerator: number, denominator: number, scale: number): number {
  return Math.floor((2 * numerator * scale + denominator) / (2 * denominator));
}

function decimalsOf(printed: string): number {
  return printed.match(/\.(\d+)/)?.[1]?.length ?? 0;
}

function percentText(numerator: number, denominator: number, decimals: number): string {
  const rounded = roundHalfUp(numerator, denominator, 100 * 10 ** decimals);
  return `${(rounded / 10 ** decimals).toFixed(decimals)}%`;
}

function ratePer10kText(count: number, population: number): string {
  return String(roundHalfUp(count, population, 10_000));
}

/** The populations that give a printed rate, as an inclusive integer range. */
function populationRange(count: number, printedRate: number): [number, number] {
  return [
    Math.floor((2 * count * 10_000) / (2 * printedRate + 1)) + 1,
    Math.floor((2 * count * 10_000) / (2 * printedRate - 1)),
  ];
}

function parsePrinted(printed: string): number {
  return Number(printed.replaceAll(",", "").replace("%", ""));
}

interface KnownUnreproducible {
  /** As cellKey: period, indicator, area, breakdown, column. */
  cell: string;
  check: "percent" | "rate";
  printed: string;
  reason: string;
  /** For a rate we can account for: the count and population that do give the printed figure. */
  explainedBy: { count: number; population: number } | null;
}

// Inside 273,895–274,736, the range that gives all eight printed city rates of the May 2015 and April 2016
// papers. Not a seed: the city has ONS estimates for those years, and the council never printed this one.
const cityPopulationImpliedByOlderPapers = 274_316;
// The December 2017 paper's three area estimates added up (107,112 + 109,786 + 69,198).
const sumOfDecember2017AreaEstimates = 286_096;

const knownUnreproducible: KnownUnreproducible[] = [
  {
    cell: "2016-04 re-referrals city headline baseline",
    check: "percent",
    printed: "23%",
    reason: "1,507 / 6,376 = 23.6% → 24%: the 6-month % looks like an average of monthly percentages",
    explainedBy: null,
  },
  {
    cell: "2016-04 children-seen-at-assessment city headline baseline",
    check: "percent",
    printed: "64%",
    reason: "549 / 827 = 66.4% → 66%: the 6-month % looks like an average of monthly percentages",
    explainedBy: null,
  },
  {
    cell: "2016-04 cp-visits city headline baseline",
    check: "percent",
    printed: "94%",
    reason: "805 / 862 = 93.4% → 93%: the 6-month % looks like an average of monthly percentages",
    explainedBy: null,
  },
  {
    cell: "2017-12 cp-plans city headline baseline",
    check: "rate",
    printed: "35",
    reason:
      "988 / ONS mid-2016 289,265 → 34.2; the paper used the sum of its area estimates, 286,096 (→ 34.5)",
    explainedBy: { count: 988, population: sumOfDecember2017AreaEstimates },
  },
  {
    cell: "2017-12 children-in-care city headline month",
    check: "rate",
    printed: "67",
    reason:
      "labelled '(UASC included)': 1,758 excludes the 151 UASC of the commentary; (1,758 + 151) / 286,096 (sum of area estimates) → 66.7, whereas / ONS 289,265 → 66.0",
    explainedBy: { count: 1758 + 151, population: sumOfDecember2017AreaEstimates },
  },
  {
    cell: "2017-12 children-in-care city headline baseline",
    check: "rate",
    printed: "66",
    reason:
      "carried over from the April 2016 paper, which printed March 2016 as 1,807 (UASC included) at rate 66; the restated 1,735 gives 60",
    explainedBy: { count: 1807, population: cityPopulationImpliedByOlderPapers },
  },
  {
    cell: "2016-04 cp-plans city headline baseline",
    check: "rate",
    printed: "31",
    reason: "851 / ONS mid-2015 285,934 → 29.8; the paper used a city population of about 274,000",
    explainedBy: { count: 851, population: cityPopulationImpliedByOlderPapers },
  },
  {
    cell: "2016-04 cp-plans city headline month",
    check: "rate",
    printed: "30",
    reason: "825 / ONS mid-2015 285,934 → 28.9; the paper used a city population of about 274,000",
    explainedBy: { count: 825, population: cityPopulationImpliedByOlderPapers },
  },
  {
    cell: "2016-04 children-in-care city headline baseline",
    check: "rate",
    printed: "66",
    reason: "1,807 / ONS mid-2015 285,934 → 63.2; the paper used a city population of about 274,000",
    explainedBy: { count: 1807, population: cityPopulationImpliedByOlderPapers },
  },
  {
    cell: "2016-04 children-in-care city headline month",
    check: "rate",
    printed: "66",
    reason: "1,807 / ONS mid-2015 285,934 → 63.2; the paper used a city population of about 274,000",
    explainedBy: { count: 1807, population: cityPopulationImpliedByOlderPapers },
  },
  {
    cell: "2015-05 cp-plans city headline baseline",
    check: "rate",
    printed: "47",
    reason: "1,301 / ONS mid-2014 283,467 → 45.9; the paper used a city population of about 274,000",
    explainedBy: { count: 1301, population: cityPopulationImpliedByOlderPapers },
  },
  {
    cell: "2015-05 cp-plans city headline month",
    check: "rate",
    printed: "48",
    reason: "1,305 / ONS mid-2014 283,467 → 46.0; the paper used a city population of about 274,000",
    explainedBy: { count: 1305, population: cityPopulationImpliedByOlderPapers },
  },
  {
    cell: "2015-05 children-in-care city headline baseline",
    check: "rate",
    printed: "72",
    reason: "1,975 / ONS mid-2014 283,467 → 69.7; the paper used a city population of about 274,000",
    explainedBy: { count: 1975, population: cityPopulationImpliedByOlderPapers },
  },
  {
    cell: "2015-05 children-in-care city headline month",
    check: "rate",
    printed: "71",
    reason: "1,951 / ONS mid-2014 283,467 → 68.8; the paper used a city population of about 274,000",
    explainedBy: { count: 1951, population: cityPopulationImpliedByOlderPapers },
  },
];

function knownCells(check: KnownUnreproducible["check"]): string[] {
  return knownUnreproducible
    .filter((entry) => entry.check === check)
    .map((entry) => entry.cell)
    .sort();
}

function countOf(figure: PublishedFigure): number | null {
  return figure.numerator ?? figure.value;
}

function rateCells(): PrintedCell[] {
  return printedCells().filter((cell) => cell.figure.printedRatePer10k !== null);
}

describe("indicator seeds", () => {
  it("has the 13 December 2017 indicators, refs 1–13 once each and in order", () => {
    expect(indicatorSeeds.map((indicator) => indicator.ref)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13,
    ]);
    expect(new Set(indicatorSeeds.map((indicator) => indicator.id)).size).toBe(13);
  });

  it("defines every indicator a scorecard block uses", () => {
    const ids = new Set(indicatorSeeds.map((indicator) => indicator.id));
    const used = scorecards.flatMap((scorecard) => scorecard.blocks.map((block) => block.indicatorId));
    expect(used.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("uses each indicator at most once per scorecard, and all 13 in December 2017", () => {
    for (const scorecard of scorecards) {
      const used = scorecard.blocks.map((block) => block.indicatorId);
      expect(new Set(used).size).toBe(used.length);
    }
    expect(scorecard2017_12.blocks.map((block) => block.indicatorId)).toEqual(
      indicatorSeeds.map((indicator) => indicator.id),
    );
  });

  it("matches the baseline columns printed in December 2017", () => {
    for (const block of scorecard2017_12.blocks) {
      const indicator = indicatorSeeds.find((candidate) => candidate.id === block.indicatorId);
      expect(block.baseline?.label, block.indicatorId).toBe(indicator?.baselineLabel);
      expect(block.baseline?.kind, block.indicatorId).toBe(indicator?.baselineKind);
      expect(block.baseline?.month ?? null, block.indicatorId).toBe(indicator?.baselineMonth);
    }
  });

  it("prints rates per 10,000 only for indicators that show them", () => {
    const showing = new Set(indicatorSeeds.filter((i) => i.showsRatePer10k).map((i) => i.id));
    expect([...showing].sort()).toEqual(["children-in-care", "cp-plans"]);
    expect(rateCells().filter((cell) => !showing.has(cell.indicatorId))).toEqual([]);
  });

  it("uses breakdowns only for caseload team types", () => {
    const breakdowns = printedCells().flatMap((cell) =>
      cell.figure.breakdown === null ? [] : [`${cell.indicatorId}:${cell.figure.breakdown}`],
    );
    expect(new Set(breakdowns)).toEqual(
      new Set(["caseload:assessment", "caseload:safeguarding", "caseload:children_in_care", "caseload:mash"]),
    );
  });
});

describe("printed figures", () => {
  it("records the figures each paper prints", () => {
    const figuresIn = (scorecard: PublishedScorecard) =>
      scorecard.blocks.reduce(
        (sum, block) => sum + block.figures.length + (block.baseline?.figures.length ?? 0),
        0,
      );
    expect(figuresIn(scorecard2015_05)).toBe(33);
    expect(figuresIn(scorecard2016_04)).toBe(29);
    expect(figuresIn(scorecard2017_12)).toBe(70);
  });

  it("keeps ratio figures as counts and single values as values", () => {
    for (const cell of printedCells()) {
      const indicator = indicatorSeeds.find((candidate) => candidate.id === cell.indicatorId);
      const { numerator, denominator, value } = cell.figure;
      if (indicator?.measureKind === "ratio") {
        expect({ key: cellKey(cell), numerator: typeof numerator, denominator: typeof denominator }).toEqual({
          key: cellKey(cell),
          numerator: "number",
          denominator: "number",
        });
        expect(value, cellKey(cell)).toBeNull();
      } else {
        expect(value, cellKey(cell)).not.toBeNull();
      }
    }
  });

  it("records a printed value or count that reads as the printed text", () => {
    for (const { figure, ...cell } of printedCells()) {
      const key = cellKey({ ...cell, figure });
      if (figure.numerator !== null && figure.value !== null)
        expect(figure.value, key).toBe(figure.numerator);
      if (figure.numerator === null && figure.value !== null)
        expect(parsePrinted(figure.printed), key).toBe(figure.value);
    }
  });

  it("records targets and benchmarks that read as their printed text", () => {
    for (const scorecard of scorecards) {
      for (const block of scorecard.blocks) {
        if (block.target) expect(parsePrinted(block.target.printed)).toBe(block.target.value);
        for (const benchmark of block.benchmarks)
          expect(parsePrinted(benchmark.printed)).toBe(benchmark.value);
      }
    }
  });

  it("has ratings and trends only where the paper prints them (not in December 2017)", () => {
    const rated = (scorecard: PublishedScorecard) =>
      scorecard.blocks.filter((block) => block.printedRating !== null || block.printedTrend !== null).length;
    expect(rated(scorecard2017_12)).toBe(0);
    expect(rated(scorecard2016_04)).toBe(6);
    expect(rated(scorecard2015_05)).toBe(5);
  });
});

describe("printed percentages", () => {
  const percentCells = printedCells().filter(
    (cell) => cell.figure.numerator !== null && cell.figure.denominator !== null,
  );

  it("checks every figure printed with a numerator and denominator", () => {
    expect(percentCells.length).toBe(59);
    expect(percentCells.every((cell) => cell.figure.printed.endsWith("%"))).toBe(true);
  });

  it("reproduces each percentage, rounded half-up to the printed decimals, except the known list", () => {
    const failing = percentCells
      .filter(({ figure }) => {
        const { numerator, denominator, printed } = figure;
        if (numerator === null || denominator === null) return false;
        return percentText(numerator, denominator, decimalsOf(printed)) !== printed;
      })
      .map(cellKey)
      .sort();
    expect(failing).toEqual(knownCells("percent"));
  });
});

describe("printed rates per 10,000", () => {
  it("reproduces each rate from the count and the recorded population, except the known list", () => {
    const failing = rateCells()
      .filter(({ period, figure }) => {
        const population = populationFor(figure.areaId, populationYearForPeriod(period));
        const count = countOf(figure);
        if (!population || count === null) return true;
        return ratePer10kText(count, population.population) !== figure.printedRatePer10k;
      })
      .map(cellKey)
      .sort();
    expect(rateCells().length).toBe(30);
    expect(failing).toEqual(knownCells("rate"));
  });

  it("accounts for each known rate with the count and population that give it", () => {
    const printedRates = new Map(rateCells().map((cell) => [cellKey(cell), cell.figure.printedRatePer10k]));
    for (const entry of knownUnreproducible.filter((known) => known.check === "rate")) {
      expect(printedRates.get(entry.cell), entry.cell).toBe(entry.printed);
      if (entry.explainedBy) {
        expect(ratePer10kText(entry.explainedBy.count, entry.explainedBy.population), entry.cell).toBe(
          entry.printed,
        );
      }
    }
  });

  it("lists known percentages exactly as printed", () => {
    const printed = new Map(printedCells().map((cell) => [cellKey(cell), cell.figure.printed]));
    for (const entry of knownUnreproducible.filter((known) => known.check === "percent")) {
      expect(printed.get(entry.cell), entry.cell).toBe(entry.printed);
    }
  });

  it("reproduces the December 2017 examples from the printed mid-2016 estimates", () => {
    expect(ratePer10kText(282, 107_112)).toBe("26");
    expect(ratePer10kText(609, 69_198)).toBe("88");
    expect(populationFor("east", 2016)?.population).toBe(107_112);
    expect(populationFor("nwc", 2016)?.population).toBe(109_786);
    expect(populationFor("south", 2016)?.population).toBe(69_198);
  });

  it("reads the same mid-year as the product's populationForPeriod", () => {
    for (const { period, figure } of rateCells()) {
      const estimates = populationSeeds.filter((seed) => seed.areaId === figure.areaId);
      expect(populationForPeriod(estimates, period)?.year).toBe(populationYearForPeriod(period));
    }
  });

  it("needs implied area populations because mid-2016 estimates cannot give the 2015 and 2016 area rates", () => {
    const olderAreaCells = rateCells().filter(
      (cell) => cell.period !== "2017-12" && cell.figure.areaId !== "city",
    );
    expect(olderAreaCells.length).toBe(12);
    for (const { figure } of olderAreaCells) {
      const mid2016 = populationFor(figure.areaId, 2016);
      const count = countOf(figure);
      expect(mid2016 && count !== null && ratePer10kText(count, mid2016.population)).not.toBe(
        figure.printedRatePer10k,
      );
    }
  });

  it("records each implied population inside the range every printed rate of its area and paper allows", () => {
    const implied = populationSeeds.filter((seed) => seed.source.startsWith("implied by printed rates in"));
    expect(implied.map((seed) => `${seed.areaId} ${seed.year}`).sort()).toEqual([
      "east 2014",
      "east 2015",
      "nwc 2014",
      "nwc 2015",
      "south 2014",
      "south 2015",
    ]);
    for (const seed of implied) {
      const ranges = rateCells()
        .filter(
          (cell) => cell.figure.areaId === seed.areaId && populationYearForPeriod(cell.period) === seed.year,
        )
        .map(({ figure }) => populationRange(countOf(figure) ?? 0, Number(figure.printedRatePer10k)));
      expect(ranges.length).toBe(2);
      const low = Math.max(...ranges.map(([from]) => from));
      const high = Math.min(...ranges.map(([, to]) => to));
      expect(low).toBeLessThanOrEqual(high);
      expect(seed.population).toBeGreaterThanOrEqual(low);
      expect(seed.population).toBeLessThanOrEqual(high);
      expect(seed.source).toContain(`from ${low.toLocaleString("en-GB")} to ${high.toLocaleString("en-GB")}`);
    }
  });

  it("holds one population per area and mid-year", () => {
    const keys = populationSeeds.map((seed) => `${seed.areaId} ${seed.year}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("area columns against the city", () => {
  // Where the areas do not add up to the city, and why (from the paper's own notes where it has one).
  const cityNotSumOfAreas: Record<string, string> = {
    "2015-05 unallocated-cases":
      "DCSC not included in area breakdown: 108 of 121 unallocated, 1,312 of 1,391 open",
    "2015-05 assessments-in-timescale":
      "DCSC not included in area breakdown: 1,061 of 1,123 inside, 1,312 of 1,391",
    "2015-05 cp-plans": "DCSC not included in area breakdown: 1,241 of 1,305",
    "2015-05 children-in-care": "DCSC breakdown not included in area: 1,841 of 1,951",
    "2016-04 assessments-in-timescale":
      "no column for DCSC or city-wide teams: 931 of 986 inside, 1,045 of 1,121",
    "2016-04 cp-plans": "no column for DCSC or city-wide teams: 805 of 825",
    "2016-04 children-in-care": "no column for DCSC, UASC or city-wide teams: 1,642 of 1,807",
  };

  const comparisons = scorecards.flatMap((scorecard) =>
    scorecard.blocks.flatMap((block) => {
      const indicator = indicatorSeeds.find((candidate) => candidate.id === block.indicatorId);
      // Averages (caseload, days, ETE) are not sums of areas.
      if (indicator?.measureKind === "mean") return [];
      const headlines = block.figures.filter((figure) => figure.breakdown === null);
      const city = headlines.find((figure) => figure.areaId === "city");
      const areas = headlines.filter((figure) => figure.areaId !== "city");
      if (!city || areas.length === 0) return [];
      const sum = (pick: (figure: PublishedFigure) => number | null) =>
        areas.reduce((total, figure) => total + (pick(figure) ?? 0), 0);
      const adds = (["numerator", "denominator", "value"] as const).every(
        (field) => city[field] === null || sum((figure) => figure[field]) === city[field],
      );
      return [{ key: `${scorecard.period} ${block.indicatorId}`, adds }];
    }),
  );

  it("checks the city against its area columns wherever it is a sum", () => {
    expect(comparisons.filter((comparison) => comparison.adds).map((comparison) => comparison.key)).toEqual([
      "2016-04 unallocated-cases",
      "2017-12 unallocated-cases",
      "2017-12 assessments-in-timescale",
      "2017-12 cp-plans",
      "2017-12 children-in-care",
      "2017-12 supervision",
    ]);
  });

  it("lists exactly the tables whose areas do not add up to the city", () => {
    expect(
      comparisons
        .filter((comparison) => !comparison.adds)
        .map((comparison) => comparison.key)
        .sort(),
    ).toEqual(Object.keys(cityNotSumOfAreas).sort());
  });

  it("adds up the December 2017 family assessments: 340+274+270+8+31 = 923 inside", () => {
    const block = scorecard2017_12.blocks.find(
      (candidate) => candidate.indicatorId === "assessments-in-timescale",
    );
    const inside = (areaId: PublishedAreaId) =>
      block?.figures.find((figure) => figure.areaId === areaId)?.numerator;
    expect([inside("east"), inside("nwc"), inside("south"), inside("dcsc"), inside("citywide")]).toEqual([
      340, 274, 270, 8, 31,
    ]);
    expect(inside("city")).toBe(923);
  });
});
