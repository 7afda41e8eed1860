import { tableToCsv } from "@scorecard/shared/downloads/csv";
import type { DownloadTable } from "@scorecard/shared/downloads/table";
import type { FastifyReply, FastifyRequest } from "fastify";
import { tableToXlsx } from "./xlsx.ts";

export const DOWNLOAD_FORMATS = ["csv", "xlsx"] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];

const CONTENT_TYPES: Record<DownloadFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** A file name safe in a header: lower case letters, digits and hyphens. */
export function downloadFilename(parts: string[], format: DownloadFormat): string {
  const stem = parts
    .map((part) =>
      part
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, ""),
    )
    .filter((part) => part.length > 0)
    .join("-");
  return `${stem}.${format}`;
}

/** Sends a table as the asked format, as an attachment with its file name. */
export async function sendDownload<Row>(
  request: FastifyRequest,
  reply: FastifyReply,
  options: { table: DownloadTable<Row>; format: DownloadFormat; filename: string[] },
) {
  const body =
    options.format === "csv"
      ? tableToCsv(options.table)
      : await tableToXlsx(options.table, {
          url: `${request.protocol}://${request.host}${request.url}`,
          generatedAt: new Date(),
        });
  return reply
    .header("content-type", CONTENT_TYPES[options.format])
    .header(
      "content-disposition",
      `attachment; filename="${downloadFilename(options.filename, options.format)}"`,
    )
    .send(body);
}
