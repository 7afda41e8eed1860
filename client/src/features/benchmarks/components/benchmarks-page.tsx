import { type BenchmarkMeasure, type BenchmarksSearch, DEFAULT_LA_CODE } from "@scorecard/shared/api-schema";
import { Link } from "@tanstack/react-router";
import { useEffect } from "react";
import { EmptyState, ErrorState, LoadingState } from "../../../components/page-state.tsx";
import type { PageSearchProps } from "../../../lib/page-search.ts";
import { useBenchmarkCatalogue } from "../api/get-benchmark-catalogue.ts";
import { BenchmarkFilters } from "./benchmark-filters.tsx";
import { BenchmarkResults } from "./benchmark-results.tsx";
import { readSelection } from "./benchmark-selection.ts";
import { BENCHMARKS_ERROR_ADVICE } from "./benchmark-words.ts";
import { MeasureSource } from "./measure-source.tsx";
import { longYearLabel, shortYearLabel } from "./year-labels.ts";
import "./benchmarks-page.css";

function heldYears(measure: BenchmarkMeasure): string | null {
  const first = measure.years[0];
  const last = measure.years.at(-1);
  if (first === undefined || last === undefined) return null;
  return `${shortYearLabel(measure, first)} to ${shortYearLabel(measure, last)}`;
}

/** Where a local authority stands against England, its region and its DfE statistical neighbours. */
export function BenchmarksPage({ search, onSearchChange }: PageSearchProps<BenchmarksSearch>) {
  const catalogue = useBenchmarkCatalogue();
  const selection = catalogue.data ? readSelection(search, catalogue.data) : null;
  const { measure, la, year } = selection ?? { measure: null, la: null, year: null };

  useEffect(() => {
    document.title =
      measure && la ? `Benchmarks: ${measure.title}, ${la.name} · Scorecard` : "Benchmarks · Scorecard";
  }, [measure, la]);

  if (catalogue.isError) {
    return (
      <>
        <h1>Benchmarks</h1>
        <ErrorState
          what="the list of measures and local authorities"
          error={catalogue.error}
          onRetry={() => catalogue.refetch()}
          advice={BENCHMARKS_ERROR_ADVICE}
        />
      </>
    );
  }
  if (!selection || !catalogue.data) {
    return (
      <>
        <h1>Benchmarks</h1>
        <LoadingState>Loading the benchmarks…</LoadingState>
      </>
    );
  }

  const measureNames = catalogue.data.measures.map((entry) => entry.title).join(", ");
  return (
    <>
      <h1>
        Benchmarks
        {measure && (
          <span className="subtitle">
            {measure.title}
            {la && ` · ${la.name}`}
            {year !== null && ` · ${longYearLabel(measure, year)}`}
          </span>
        )}
      </h1>
      <p className="bm-intro">
        Where a local authority stands against England, its region and its DfE statistical neighbours, on the
        Department for Education's published statistics.
      </p>
      <BenchmarkFilters
        catalogue={catalogue.data}
        selection={selection}
        onChange={(patch) => onSearchChange(patch)}
      />
      {!measure ? (
        <EmptyState title={`There is no measure called “${selection.indicatorId}”`}>
          <p>
            Choose a measure from the list above. The measures are: {measureNames}.{" "}
            <Link to="." search={{}}>
              Start again with the first measure
            </Link>
            .
          </p>
        </EmptyState>
      ) : !la ? (
        <EmptyState title={`There is no local authority with code “${selection.laCode}”`}>
          <p>
            Local authorities are identified by DfE's three-digit code, for example {DEFAULT_LA_CODE} for
            Birmingham. Choose a local authority from the list above, or{" "}
            <Link to="." search={{ indicator: measure.id }}>
              see Birmingham
            </Link>
            .
          </p>
        </EmptyState>
      ) : year === null ? (
        <EmptyState
          title={
            selection.unusableYear
              ? `No ${measure.title.toLowerCase()} figures for “${selection.unusableYear}”`
              : `No ${measure.title.toLowerCase()} figures yet`
          }
        >
          <p>
            {heldYears(measure)
              ? `DfE figures for this measure are held for ${heldYears(measure)}. Choose a year from the list above.`
              : "No DfE figures have been loaded for this measure. Choose another measure above."}
          </p>
        </EmptyState>
      ) : (
        <BenchmarkResults
          measure={measure}
          la={la}
          year={year}
          model={selection.model}
          view={selection.view}
          onViewChange={(next) => onSearchChange({ view: next })}
        />
      )}
      {measure && (
        <section className="bm-section" aria-labelledby="bm-source-heading">
          <h2 id="bm-source-heading">About this measure</h2>
          <MeasureSource measure={measure} />
        </section>
      )}
    </>
  );
}
