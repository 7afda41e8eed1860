import type { AnnexADrillDownResponse, ComputedFigureResponse } from "../annex-a/annex-a-schema.ts";
import type { DownloadTable } from "./table.ts";

/** Which of a figure's lists a row of the download is on. */
export type DrillDownList = "numerator" | "denominator only" | "excluded";

export interface DrillDownRow {
  list: DrillDownList;
  childId: string;
  sheet: string | null;
  row: number | null;
  reason: string | null;
}

/**
 * One row per counted row behind a figure: the numerator's child ids, then the denominator's that
 * are not in the numerator, then the excluded rows with sheet, row and reason. A figure's numerator
 * is always part of its denominator (a child counted twice is there twice), so the denominator is
 * the "numerator" rows and the "denominator only" rows together.
 */
export function drillDownRows(figure: ComputedFigureResponse): DrillDownRow[] {
  const inNumerator = new Map<string, number>();
  for (const id of figure.numeratorChildIds) inNumerator.set(id, (inNumerator.get(id) ?? 0) + 1);
  const denominatorOnly = figure.denominatorChildIds.filter((id) => {
    const left = inNumerator.get(id) ?? 0;
    if (left === 0) return true;
    inNumerator.set(id, left - 1);
    return false;
  });
  const counted = (list: DrillDownList) => (childId: string) => ({
    list,
    childId,
    sheet: null,
    row: null,
    reason: null,
  });
  return [
    ...figure.numeratorChildIds.map(counted("numerator")),
    ...denominatorOnly.map(counted("denominator only")),
    ...figure.exclusions.map(({ childId, sheet, row, reason }) => ({
      list: "excluded" as const,
      childId,
      sheet,
      row,
      reason,
    })),
  ];
}

/** The children behind one computed figure, for editors and above (personal data: never public). */
export function annexADrillDownTable(
  drillDown: AnnexADrillDownResponse,
  organisation: string,
): DownloadTable<DrillDownRow> {
  const { figure, import: upload } = drillDown;
  return {
    title: `Children behind ${figure.indicator} ${figure.area} ${drillDown.period}`,
    rows: drillDownRows(figure),
    about: [
      { label: "Organisation", text: organisation },
      { label: "Figure", text: `${figure.indicator}, area ${figure.area}, ${drillDown.period}` },
      { label: "Source", text: figure.source },
      { label: "Upload", text: `${upload.id}: ${upload.fileName}, sha256 ${upload.fileSha256}` },
      {
        label: "Personal data",
        text: "Child-level rows: keep this file only as long as you need it, and never share it outside the service.",
      },
    ],
    columns: [
      { header: "List", kind: "text", value: (row) => row.list },
      { header: "Child id", kind: "text", value: (row) => row.childId },
      { header: "Sheet", kind: "text", value: (row) => row.sheet },
      { header: "Row", kind: "integer", value: (row) => row.row },
      { header: "Reason", kind: "text", value: (row) => row.reason },
    ],
  };
}
