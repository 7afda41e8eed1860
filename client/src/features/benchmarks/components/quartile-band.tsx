import type { BenchmarksResponse } from "@scorecard/shared/api-schema";

/** A quartile band as a boxed letter (A best, D worst), or "None" in grey for a context measure or no figure. */
export function QuartileBand({ quartile }: { quartile: BenchmarksResponse["quartile"] }) {
  return quartile ? <span className="bm-quartile">{quartile}</span> : <span className="muted">None</span>;
}
