import { figuresSavedResponseSchema } from "@scorecard/shared/month-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendFile } from "../../../lib/api-client.ts";
import { monthPath } from "./get-month.ts";
import { refreshMonth } from "./month-queries.ts";

/** POST /api/orgs/{org}/months/{period}/figures with the return file (CSV or XLSX) as the body. */
export const uploadFigures = (org: string, period: string, file: File) =>
  sendFile("POST", `${monthPath(org, period)}/figures`, file, figuresSavedResponseSchema);

export function useUploadFigures(org: string, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFigures(org, period, file),
    onSuccess: () => refreshMonth(queryClient, org, period),
  });
}
