import type { BenchmarkMeasure, BenchmarkRankingResponse } from "@scorecard/shared/api-schema";
import { useEffect, useRef } from "react";
import { figureText } from "./benchmark-words.ts";
import { QuartileBand } from "./quartile-band.tsx";
import { sharedRanks } from "./ranking-rows.ts";

/**
 * Every LA for the year, best first (lowest first for a context measure), in a keyboard-scrollable region
 * that opens scrolled to the chosen LA. The chosen row is marked in words and with aria-current, not by
 * its background alone.
 */
export function RankingTable({
  ranking,
  measure,
  laCode,
  yearText,
}: {
  ranking: BenchmarkRankingResponse;
  measure: BenchmarkMeasure;
  laCode: string;
  yearText: string;
}) {
  const regionRef = useRef<HTMLElement>(null);
  const selectedRef = useRef<HTMLTableRowElement>(null);
  const ranked = measure.polarity !== "neutral";
  const shared = sharedRanks(ranking.entries);

  // Scroll the region (not the page) so the chosen LA is in view, about a third of the way down.
  useEffect(() => {
    const region = regionRef.current;
    const row = selectedRef.current;
    if (!region || !row || !laCode) return;
    const offset = row.getBoundingClientRect().top - region.getBoundingClientRect().top;
    region.scrollTop = Math.max(region.scrollTop + offset - region.clientHeight / 3, 0);
  }, [laCode]);

  return (
    <section
      ref={regionRef}
      className="table-scroll bm-ranking-scroll"
      aria-label={`All local authorities, ${yearText}, table`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the long table scrolls inside this region.
      tabIndex={0}
    >
      <table className="data-table bm-table bm-ranking">
        <caption>
          {measure.title}, {yearText}: all {ranking.entries.length} local authorities,{" "}
          {ranked ? "best first" : "lowest figure first"}
        </caption>
        <thead>
          <tr>
            <th scope="col">{ranked ? "Rank" : "Order"}</th>
            <th scope="col">Local authority</th>
            <th scope="col">Value</th>
            {ranked && <th scope="col">Quartile band</th>}
            <th scope="col">Region</th>
          </tr>
        </thead>
        <tbody>
          {ranking.entries.map((entry, index) => {
            const selected = entry.code === laCode;
            return (
              <tr
                key={entry.code}
                ref={selected ? selectedRef : undefined}
                className={selected ? "bm-selected" : undefined}
                aria-current={selected ? "true" : undefined}
              >
                <td className="bm-nowrap">
                  {ranked ? (
                    entry.rank === null ? (
                      <span className="muted">Not ranked</span>
                    ) : (
                      <>
                        {entry.rank}
                        {shared.has(entry.rank) && <span className="muted"> (joint)</span>}
                      </>
                    )
                  ) : entry.value === null ? (
                    <span className="muted">None</span>
                  ) : (
                    index + 1
                  )}
                </td>
                <th scope="row">
                  {entry.name}
                  {selected && <strong className="bm-selected-marker"> (selected)</strong>}
                </th>
                <td className={entry.value === null ? "muted" : "bm-nowrap"}>
                  {figureText(entry.value, entry.suppression, measure.unit, measure.decimals)}
                </td>
                {ranked && (
                  <td>
                    <QuartileBand quartile={entry.quartile} />
                  </td>
                )}
                <td>{entry.regionName ?? <span className="muted">Unknown</span>}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
