import { baselineValue, measureValue, ratePer10k } from "@scorecard/shared/aggregation";
import type {
  BenchmarkValue,
  ScorecardQuery,
  ScorecardResponse,
  ScorecardRow,
} from "@scorecard/shared/api-schema";
import { inForceAt, populationForPeriod } from "@scorecard/shared/in-force";
import type { BaselineKind, MeasureKind, Polarity, Unit } from "@scorecard/shared/indicator-schema";
import { previousMonths } from "@scorecard/shared/periods";
import { ragRating } from "@scorecard/shared/rag-rating";
import { trendRating } from "@scorecard/shared/trend-rating";
import type { Db } from "../db/database.ts";
import { NotFoundError } from "../errors.ts";
import {
  type AreaRecord,
  type BenchmarkRecord,
  findCommentaries,
  findDefaultOrganisation,
  findObservations,
  findPublishedBaselines,
  type IndicatorRecord,
  listAreas,
  listBenchmarks,
  listIndicators,
  listPopulations,
  listTargets,
  type ObservationRecord,
  type PopulationRecord,
} from "../repositories/scorecard-repository.ts";

const HEADLINE = "";

/** Months read for one scorecard: the month, the 12 before it (baselines) and any fixed baseline months. */
function monthsNeeded(period: string, indicatorList: IndicatorRecord[]): string[] {
  const months = new Set([...previousMonths(period, 12), period]);
  for (const indicator of indicatorList) if (indicator.baselineMonth) months.add(indicator.baselineMonth);
  return [...months];
}

type RawFigure = Pick<ObservationRecord, "numerator" | "denominator" | "value">;

function figureOf(indicator: IndicatorRecord, observation: RawFigure | undefined) {
  if (!observation) return { value: null, numerator: null, denominator: null };
  return {
    value: measureValue({
      unit: indicator.unit as Unit,
      measureKind: indicator.measureKind as MeasureKind,
      numerator: observation.numerator,
      denominator: observation.denominator,
      value: observation.value,
    }),
    numerator: observation.numerator,
    denominator: observation.denominator,
  };
}

function ratePer10kOf(
  indicator: IndicatorRecord,
  observation: ObservationRecord | undefined,
  populations: PopulationRecord[],
  period: string,
): number | null {
  if (!indicator.showsRatePer10k || !observation) return null;
  const count = observation.numerator ?? observation.value;
  const population = populationForPeriod(populations, period);
  return count === null || !population ? null : ratePer10k(count, population.population);
}

function benchmarksInForce(history: BenchmarkRecord[], period: string): BenchmarkValue[] {
  const kinds = ["national", "statistical_neighbours", "regional"] as const;
  return kinds.flatMap((kind) => {
    const entry = inForceAt(
      history.filter((benchmark) => benchmark.kind === kind),
      period,
    );
    return entry
      ? [
          {
            kind,
            value: entry.value,
            unit: entry.unit as Unit,
            period: entry.periodLabel,
            source: entry.source,
          },
        ]
      : [];
  });
}

/** Builds the monthly scorecard for an area: a fixed number of queries, then the shared engine. */
export async function getScorecard(db: Db, query: ScorecardQuery): Promise<ScorecardResponse> {
  const organisation = await findDefaultOrganisation(db);
  if (!organisation) throw new NotFoundError("No organisation has been loaded into this database");

  const [areaList, indicatorList, targetList, benchmarkList, commentaryList] = await Promise.all([
    listAreas(db, organisation.id),
    listIndicators(db),
    listTargets(db, organisation.id),
    listBenchmarks(db, organisation.id),
    findCommentaries(db, organisation.id, query.period),
  ]);
  const area = areaList.find((candidate) => candidate.slug === query.area);
  if (!area) {
    throw new NotFoundError(
      `area: no area "${query.area}"; known areas: ${areaList.map((a) => a.slug).join(", ")}`,
    );
  }
  const children = areaList.filter((candidate) => candidate.parentId === area.id);
  const shownAreas: AreaRecord[] = [area, ...children];
  const shownIds = shownAreas.map((shown) => shown.id);

  const [observationList, baselineList, populationList] = await Promise.all([
    findObservations(db, { areaIds: shownIds, periods: monthsNeeded(query.period, indicatorList) }),
    findPublishedBaselines(db, { areaIds: [area.id], period: query.period }),
    listPopulations(db, shownIds),
  ]);

  const observationKey = (areaId: number, period: string, indicatorId: string, breakdown: string) =>
    `${areaId}|${period}|${indicatorId}|${breakdown}`;
  const observationIndex = new Map(
    observationList.map((row) => [
      observationKey(row.areaId, row.period, row.indicatorId, row.breakdown),
      row,
    ]),
  );
  const populationsByArea = (areaId: number) => populationList.filter((row) => row.areaId === areaId);

  const rows: ScorecardRow[] = indicatorList.map((indicator) => {
    const unit = indicator.unit as Unit;
    const polarity = indicator.polarity as Polarity;
    const measureKind = indicator.measureKind as MeasureKind;
    const current = observationIndex.get(observationKey(area.id, query.period, indicator.id, HEADLINE));
    const figure = figureOf(indicator, current);
    const target = inForceAt(
      targetList.filter((entry) => entry.indicatorId === indicator.id),
      query.period,
    );
    const tolerance = indicator.tolerance ?? undefined;
    const rag = ragRating({ value: figure.value, target: target?.value ?? null, polarity, tolerance });

    const published = baselineList.find(
      (row) => row.indicatorId === indicator.id && row.breakdown === HEADLINE,
    );
    let baseline: ScorecardRow["baseline"] = null;
    if (published) {
      const publishedFigure = figureOf(indicator, published);
      baseline = {
        kind: indicator.baselineKind,
        label: published.label,
        ...publishedFigure,
        origin: "published",
      };
    } else if (indicator.baselineKind !== "none") {
      const series = monthsNeeded(query.period, [indicator]).flatMap((month) => {
        const row = observationIndex.get(observationKey(area.id, month, indicator.id, HEADLINE));
        return row
          ? [{ period: month, numerator: row.numerator, denominator: row.denominator, value: row.value }]
          : [];
      });
      const computed = baselineValue({
        kind: indicator.baselineKind as BaselineKind,
        series,
        period: query.period,
        fixedMonth: indicator.baselineMonth ?? undefined,
        measureKind,
        unit,
      });
      if (computed.months.length > 0 && computed.value !== null) {
        baseline = {
          kind: indicator.baselineKind,
          label: indicator.baselineLabel,
          value: computed.value,
          numerator: computed.numerator,
          denominator: computed.denominator,
          origin: "computed",
        };
      }
    }
    const trend = trendRating({
      value: figure.value,
      baseline: baseline?.value ?? null,
      polarity,
      threshold: indicator.trendThreshold ?? undefined,
    });

    const areaFigures = children.flatMap((child) => {
      const observation = observationIndex.get(
        observationKey(child.id, query.period, indicator.id, HEADLINE),
      );
      if (!observation) return [];
      const childFigure = figureOf(indicator, observation);
      return [
        {
          areaId: child.slug,
          name: child.name,
          ...childFigure,
          ratePer10k: ratePer10kOf(indicator, observation, populationsByArea(child.id), query.period),
          rag: ragRating({ value: childFigure.value, target: target?.value ?? null, polarity, tolerance }),
          source: observation.source,
        },
      ];
    });

    const breakdown = observationList
      .filter(
        (row) =>
          row.indicatorId === indicator.id && row.period === query.period && row.breakdown !== HEADLINE,
      )
      .map((row) => ({
        breakdown: row.breakdown,
        areaId: shownAreas.find((shown) => shown.id === row.areaId)?.slug ?? "",
        ...figureOf(indicator, row),
        ratePer10k: null,
        source: row.source,
      }));

    return {
      indicatorId: indicator.id,
      ref: indicator.ref,
      title: indicator.title,
      unit,
      polarity,
      decimals: indicator.decimals,
      ...figure,
      ratePer10k: ratePer10kOf(indicator, current, populationsByArea(area.id), query.period),
      baseline,
      target: target?.value ?? null,
      targetEffectiveFrom: target?.effectiveFrom ?? null,
      rag,
      trend,
      benchmarks: benchmarksInForce(
        benchmarkList.filter((entry) => entry.indicatorId === indicator.id),
        query.period,
      ),
      areas: areaFigures,
      breakdown,
      commentary: commentaryList.find((entry) => entry.indicatorId === indicator.id)?.body ?? null,
      source: current?.source ?? null,
    };
  });

  return { period: query.period, area: { id: area.slug, name: area.name }, rows };
}
