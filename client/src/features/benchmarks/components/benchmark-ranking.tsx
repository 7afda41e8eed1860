import type { BenchmarkMeasure } from "@scorecard/shared/api-schema";
import { ErrorState, LoadingState } from "../../../components/page-state.tsx";
import { useBenchmarkRanking } from "../api/get-benchmark-ranking.ts";
import { BENCHMARKS_ERROR_ADVICE, QUARTILE_KEY, rankOneWords } from "./benchmark-words.ts";
import { RankingTable } from "./ranking-table.tsx";

/** Where the LA sits among every local authority in England for the year. */
export function BenchmarkRanking({
  measure,
  year,
  laCode,
  laName,
  yearText,
}: {
  measure: BenchmarkMeasure;
  year: number;
  laCode: string;
  laName: string;
  yearText: string;
}) {
  const ranking = useBenchmarkRanking({ indicator: measure.id, year });
  if (ranking.isPending) return <LoadingState>Loading every local authority's figure…</LoadingState>;
  if (ranking.isError) {
    return (
      <ErrorState
        what="the ranking"
        error={ranking.error}
        onRetry={() => ranking.refetch()}
        advice={BENCHMARKS_ERROR_ADVICE}
      />
    );
  }
  const listed = ranking.data.entries.some((entry) => entry.code === laCode);
  return (
    <>
      <p>
        {measure.polarity === "neutral"
          ? "This is a context measure, so local authorities are listed from the lowest figure to the highest, not ranked."
          : `Ranked best first: ${rankOneWords(measure.polarity)}. Local authorities with the same figure share a rank; those without a figure are listed last, not ranked. Quartile bands: ${QUARTILE_KEY}`}{" "}
        {listed
          ? `${laName} is marked “(selected)” and the table opens scrolled to it.`
          : `${laName} is not in the list for ${yearText}.`}
      </p>
      <RankingTable ranking={ranking.data} measure={measure} laCode={laCode} yearText={yearText} />
    </>
  );
}
