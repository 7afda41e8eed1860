import { areasImportedResponseSchema } from "@scorecard/shared/month-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { areasQueryOptions } from "../../../api/get-areas.ts";
import { orgApiPath, sendFile } from "../../../lib/api-client.ts";

/**
 * POST /api/orgs/{org}/areas/import with the CSV itself as the body (slug, name, kind, parent):
 * new slugs are created, held ones updated. Any problem is a 422 listing every row and column, and
 * then nothing is stored.
 */
export const importAreas = (org: string, file: File) =>
  sendFile("POST", `${orgApiPath(org)}/areas/import`, asCsv(file), areasImportedResponseSchema);

/**
 * The endpoint reads CSV only, and a browser may label a .csv file otherwise (Windows with Excel
 * says application/vnd.ms-excel) or not at all: the bytes go as text/csv and the server judges them.
 */
const asCsv = (file: File) =>
  file.type === "text/csv" ? file : new File([file], file.name, { type: "text/csv" });

export function useImportAreas(org: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => importAreas(org, file),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: areasQueryOptions(org).queryKey }),
  });
}
