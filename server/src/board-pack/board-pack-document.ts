import { periodLongLabel } from "@scorecard/shared/periods";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { BoardPackInput } from "./board-pack-input.ts";
import { shortDate } from "./figure-text.ts";
import { indicatorPages } from "./indicator-pages.ts";
import { keyAndSources } from "./key-and-sources.ts";
import { NOT_RATED_COLOUR } from "./rating-text.ts";
import { summaryPage } from "./summary-page.ts";

/** "Published 14 Feb 2018", "Draft (submitted)" or "Published" for a month recorded before the cycle. */
export function stateLine(input: BoardPackInput): string {
  const { scorecard, publishedAt } = input;
  if (scorecard.status === "draft") return `Draft (${scorecard.monthState ?? "open"}): not for publication`;
  const published = publishedAt ? `Published ${shortDate(publishedAt)}` : "Published";
  return scorecard.revised ? `${published}; revised ${shortDate(scorecard.revised.on)}` : published;
}

/** The board pack as a pdfmake document: A4 landscape, summary page, a page per indicator, key and sources. */
export function boardPackDocument(input: BoardPackInput): TDocumentDefinitions {
  const { scorecard, organisationName } = input;
  const month = periodLongLabel(scorecard.period);
  const title = `${organisationName} children's services board pack: ${scorecard.area.name}, ${month}`;
  const state = stateLine(input);
  const content: Content[] = [...summaryPage(input), ...indicatorPages(input), ...keyAndSources(input)];
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [36, 44, 36, 36],
    info: {
      title,
      author: organisationName,
      subject: `Performance scorecard, ${month}`,
      creator: "Scorecard",
    },
    language: "en-GB",
    tagged: true,
    displayTitle: true,
    ...(scorecard.status === "draft"
      ? { watermark: { text: "DRAFT", color: "#B10E1E", opacity: 0.12, bold: true, angle: -35 } }
      : {}),
    header: () => ({
      columns: [
        { text: organisationName, bold: true },
        { text: `${month}, ${scorecard.area.name}`, alignment: "center" },
        { text: state, alignment: "right", bold: scorecard.status === "draft" },
      ],
      margin: [36, 18, 36, 0],
      fontSize: 8,
      color: NOT_RATED_COLOUR,
    }),
    footer: (currentPage: number, pageCount: number) => ({
      columns: [
        { text: `${organisationName}: children's services scorecard, ${month}` },
        { text: `Page ${currentPage} of ${pageCount}`, alignment: "right" },
      ],
      margin: [36, 10, 36, 0],
      fontSize: 8,
      color: NOT_RATED_COLOUR,
    }),
    content,
    defaultStyle: { font: "Roboto", fontSize: 9, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 15, bold: true, margin: [0, 0, 0, 4], color: "#12436D" },
      heading: { fontSize: 13, bold: true, margin: [0, 0, 0, 4], color: "#12436D" },
      subheading: { fontSize: 10, bold: true, margin: [0, 6, 0, 2] },
      tableHeader: { bold: true, fontSize: 8, color: "#0b0c0c" },
      note: { fontSize: 7.5, color: NOT_RATED_COLOUR },
    },
  };
}
