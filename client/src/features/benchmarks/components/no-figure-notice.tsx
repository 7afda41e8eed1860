import type { BenchmarkMeasure, SnModel } from "@scorecard/shared/api-schema";
import { Link } from "@tanstack/react-router";
import { useBenchmarkHistory } from "../api/get-benchmark-history.ts";
import { suppressionMeaning } from "./benchmark-words.ts";
import { shortYearLabel } from "./year-labels.ts";

/** Says plainly that the LA has no figure for the year, why (DfE's code), and where its figures are. */
export function NoFigureNotice({
  measure,
  laCode,
  laName,
  model,
  year,
  suppression,
}: {
  measure: BenchmarkMeasure;
  laCode: string;
  laName: string;
  model: SnModel;
  year: number;
  suppression: string | null;
}) {
  const history = useBenchmarkHistory({ indicator: measure.id, la: laCode, model });
  const held =
    history.data?.years
      .filter((entry) => entry.value !== null && entry.year !== year)
      .map((entry) => entry.year) ?? [];
  const first = held[0];
  const last = held.at(-1);
  return (
    <div className="notice" role="note">
      <p>
        <strong>
          {laName} has no figure for {measure.title.toLowerCase()} in {shortYearLabel(measure, year)}
        </strong>
        :{" "}
        {suppression
          ? `DfE marks it “${suppression}”, ${suppressionMeaning(suppression)}.`
          : "DfE published none."}{" "}
        {first !== undefined && last !== undefined ? (
          <>
            {first === last
              ? `It has a figure only for ${shortYearLabel(measure, last)}`
              : `Its figures run from ${shortYearLabel(measure, first)} to ${shortYearLabel(measure, last)}`}
            :{" "}
            <Link to="." search={(prev) => ({ ...prev, year: last })}>
              see {shortYearLabel(measure, last)}
            </Link>
            , or choose another year or local authority above.
          </>
        ) : (
          "Choose another year or local authority above."
        )}
      </p>
    </div>
  );
}
