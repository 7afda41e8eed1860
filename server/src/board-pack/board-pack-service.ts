import type { ScorecardQuery } from "@scorecard/shared/api-schema";
import { addMonths } from "@scorecard/shared/periods";
import type { ViewerClass } from "../auth/viewer-class.ts";
import type { Db } from "../db/database.ts";
import { listMonths } from "../months/month-service.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { getTargetHistory } from "../services/catalogue-service.ts";
import { getScorecard } from "../services/scorecard-service.ts";
import { getSeries } from "../services/series-service.ts";
import { boardPackDocument } from "./board-pack-document.ts";
import type { BoardPackInput } from "./board-pack-input.ts";
import { renderPdf } from "./render-pdf.ts";

/** Months the trend and SPC charts show: the month and the twelve before it. */
const CHART_MONTHS = 13;

/**
 * Loads the board pack from the services the pages use (the scorecard decides, as on the page,
 * whether the viewer may see the month and which revision), then draws it.
 */
export async function loadBoardPackInput(
  db: Db,
  organisation: OrganisationRow,
  query: ScorecardQuery,
  viewer: ViewerClass,
): Promise<BoardPackInput> {
  const scorecard = await getScorecard(db, organisation, query, viewer);
  const seriesQuery = { area: query.area, from: addMonths(query.period, 1 - CHART_MONTHS), to: query.period };
  const [seriesList, targetList, months] = await Promise.all([
    Promise.all(scorecard.rows.map((row) => getSeries(db, organisation, row.indicatorId, seriesQuery))),
    Promise.all(scorecard.rows.map((row) => getTargetHistory(db, organisation, row.indicatorId))),
    listMonths(db, organisation, false),
  ]);
  const month = months.find((entry) => entry.period === query.period);
  const shown = month?.revisions.find((revision) => revision.revision === month.publishedRevision);
  return {
    organisationName: organisation.name,
    scorecard,
    series: new Map(seriesList.map((series) => [series.indicatorId, series])),
    targets: new Map(targetList.map((targets) => [targets.indicatorId, targets])),
    publishedAt: scorecard.status === "draft" ? null : (shown?.publishedAt ?? null),
  };
}

export async function boardPackPdf(
  db: Db,
  organisation: OrganisationRow,
  query: ScorecardQuery,
  viewer: ViewerClass,
): Promise<Buffer> {
  return renderPdf(boardPackDocument(await loadBoardPackInput(db, organisation, query, viewer)));
}
