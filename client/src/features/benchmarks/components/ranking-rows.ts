import type { BenchmarkRankingResponse } from "@scorecard/shared/api-schema";

export type RankingEntry = BenchmarkRankingResponse["entries"][number];

/** Ranks held by more than one local authority (equal figures share a rank). */
export function sharedRanks(entries: readonly RankingEntry[]): Set<number> {
  const seen = new Set<number>();
  const shared = new Set<number>();
  for (const entry of entries) {
    if (entry.rank === null) continue;
    if (seen.has(entry.rank)) shared.add(entry.rank);
    seen.add(entry.rank);
  }
  return shared;
}
