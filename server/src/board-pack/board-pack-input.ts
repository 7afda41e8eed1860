import type { ScorecardResponse, SeriesResponse, TargetsResponse } from "@scorecard/shared/api-schema";

/** Everything a board pack is drawn from: the same responses the scorecard and indicator pages show. */
export interface BoardPackInput {
  organisationName: string;
  scorecard: ScorecardResponse;
  /** One per scorecard row, by indicator id: the 13 months up to the month, with its SPC chart. */
  series: ReadonlyMap<string, SeriesResponse>;
  targets: ReadonlyMap<string, TargetsResponse>;
  /** When the revision shown was published (ISO); null for a draft or a month published before the cycle. */
  publishedAt: string | null;
}
