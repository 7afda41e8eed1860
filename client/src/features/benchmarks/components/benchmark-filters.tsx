import type { BenchmarkCatalogueResponse, BenchmarksSearch } from "@scorecard/shared/api-schema";
import { useId } from "react";
import { FilterForm } from "../../../components/filter-form.tsx";
import { alphabetical, type BenchmarkSelection, yearForMeasure } from "./benchmark-selection.ts";
import { shortYearLabel } from "./year-labels.ts";

type Patch = Partial<BenchmarksSearch>;

/** Measure, local authority, year and statistical-neighbour model: plain labelled selects. */
export function BenchmarkFilters({
  catalogue,
  selection,
  onChange,
}: {
  catalogue: BenchmarkCatalogueResponse;
  selection: BenchmarkSelection;
  onChange: (patch: Patch) => void;
}) {
  const ids = { measure: useId(), la: useId(), year: useId(), model: useId() };
  const { measure, la, year } = selection;
  const latestYear = Math.max(...catalogue.measures.flatMap((entry) => entry.years));
  return (
    <FilterForm label="Choose measure, local authority, year and statistical neighbours">
      <div className="picker">
        <label htmlFor={ids.measure}>Measure</label>
        <select
          id={ids.measure}
          value={measure ? measure.id : ""}
          onChange={(event) => {
            const next = catalogue.measures.find((entry) => entry.id === event.target.value);
            if (next) onChange({ indicator: next.id, year: yearForMeasure(next, year) });
          }}
        >
          {!measure && <option value="">Choose a measure</option>}
          {catalogue.measures.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.title}
            </option>
          ))}
        </select>
      </div>
      <div className="picker">
        <label htmlFor={ids.la}>Local authority</label>
        <select
          id={ids.la}
          value={la ? la.code : ""}
          onChange={(event) => event.target.value && onChange({ la: event.target.value })}
        >
          {!la && <option value="">Choose a local authority</option>}
          {alphabetical(catalogue.localAuthorities).map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.name}
              {entry.lastYear !== null && entry.lastYear < latestYear
                ? ` (figures to ${entry.lastYear})`
                : ""}
            </option>
          ))}
        </select>
      </div>
      {measure && (
        <div className="picker">
          <label htmlFor={ids.year}>Year</label>
          <select
            id={ids.year}
            value={year === null ? "" : String(year)}
            onChange={(event) => event.target.value && onChange({ year: Number(event.target.value) })}
          >
            {year === null && <option value="">Choose a year</option>}
            {[...measure.years].reverse().map((entry) => (
              <option key={entry} value={String(entry)}>
                {shortYearLabel(measure, entry)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="picker">
        <label htmlFor={ids.model}>Statistical neighbour model</label>
        <select
          id={ids.model}
          value={selection.model}
          onChange={(event) => {
            const next = catalogue.models.find((entry) => entry.model === event.target.value);
            if (next) onChange({ model: next.model });
          }}
        >
          {catalogue.models.map((entry) => (
            <option key={entry.model} value={entry.model}>
              {entry.label}
            </option>
          ))}
        </select>
      </div>
    </FilterForm>
  );
}
