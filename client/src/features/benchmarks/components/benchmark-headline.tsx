import type { BenchmarksResponse } from "@scorecard/shared/api-schema";
import { formatCount, formatValue } from "@scorecard/shared/figure-format";
import type { ReactNode } from "react";
import {
  capitalise,
  differenceWords,
  measurePolarityWords,
  missingFigureText,
  quartileMeaning,
  rankOneWords,
  rankText,
} from "./benchmark-words.ts";

/** One term and its figure; `words` when the figure is a sentence (no figure, not ranked), set smaller. */
function Figure({
  term,
  value,
  words = false,
  children,
}: {
  term: ReactNode;
  value: ReactNode;
  words?: boolean;
  children?: ReactNode;
}) {
  return (
    <div className="bm-figure">
      <dt>{term}</dt>
      <dd>
        <span className={words ? "bm-figure-value bm-figure-words" : "bm-figure-value"}>{value}</span>
        {children && <span className="bm-figure-note">{children}</span>}
      </dd>
    </div>
  );
}

/** The chosen year at a glance: the LA against England, its region and its statistical neighbours. */
export function BenchmarkHeadline({
  data,
  yearText,
  jointRank,
}: {
  data: BenchmarksResponse;
  yearText: string;
  /** True when another LA has the same rank (known once the ranking has loaded). */
  jointRank: boolean;
}) {
  const { measure, la, statisticalNeighbours: neighbours } = data;
  const { unit, decimals, polarity } = measure;
  const versus = (other: number | null) => {
    const words = differenceWords(data.value, other, unit, decimals, polarity);
    if (words === null) return null;
    return words === "the same" ? `${la.name} is the same.` : `${la.name} is ${words}.`;
  };
  const benchmark = (term: string, value: number | null, note: ReactNode, missing: string) => (
    <Figure
      term={term}
      value={value === null ? "No figure" : formatValue(value, unit, decimals)}
      words={value === null}
    >
      {value === null ? missing : note}
    </Figure>
  );
  const noNeighbourFigure =
    neighbours.members.length === 0
      ? `${la.name} has no statistical neighbours in this model.`
      : "None of the neighbours has a figure.";
  return (
    <>
      <p className="bm-polarity">
        <strong>{measurePolarityWords(polarity)}</strong> Figures are shown to DfE's precision ({decimals}{" "}
        {decimals === 1 ? "decimal place" : "decimal places"}).
      </p>
      <dl className="bm-figures">
        <Figure
          term={la.name}
          value={data.value === null ? "No figure" : formatValue(data.value, unit, decimals)}
          words={data.value === null}
        >
          {data.value === null
            ? missingFigureText(data.suppression)
            : unit === "percent" && data.numerator !== null && data.denominator !== null
              ? `${formatCount(data.numerator)} of ${formatCount(data.denominator)}`
              : null}
        </Figure>
        {benchmark("England", data.national, versus(data.national), "DfE published no England figure.")}
        {data.region &&
          benchmark(
            `${data.region.name} (region)`,
            data.region.value,
            versus(data.region.value),
            "DfE published no figure for the region.",
          )}
        {benchmark(
          "Statistical neighbours' mean",
          neighbours.mean,
          <>
            {neighbours.withValues} of {neighbours.members.length} neighbours have a figure.{" "}
            {versus(neighbours.mean)}
          </>,
          noNeighbourFigure,
        )}
        {benchmark(
          "Statistical neighbours' median",
          neighbours.median,
          versus(neighbours.median),
          noNeighbourFigure,
        )}
        <Figure
          term={`Rank in England, ${yearText}`}
          value={capitalise(rankText(data.rank, data.rankOf, polarity, jointRank))}
          words={polarity === "neutral" || data.rank === null}
        >
          {polarity === "neutral"
            ? "Neither higher nor lower is better, so local authorities are not ranked."
            : `Among the ${data.rankOf} local authorities with a figure; ${rankOneWords(polarity)}.`}
        </Figure>
        <Figure
          term="Quartile band"
          value={data.quartile ? <span className="bm-quartile">{data.quartile}</span> : "None"}
          words={data.quartile === null}
        >
          {data.quartile
            ? `${capitalise(quartileMeaning(data.quartile))}. A is the best quarter, D the worst.`
            : polarity === "neutral"
              ? "Context measures have no quartile bands."
              : `No figure for ${yearText}, so no band.`}
        </Figure>
      </dl>
    </>
  );
}
