import { type FiguresGridRequest, figuresSavedResponseSchema } from "@scorecard/shared/month-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "../../../lib/api-client.ts";
import { monthPath } from "./get-month.ts";
import { refreshMonth } from "./month-queries.ts";

/** PUT /api/orgs/{org}/months/{period}/figures: the grid's whole set of figures, checked like a file. */
export const saveFiguresGrid = (org: string, period: string, request: FiguresGridRequest) =>
  sendJson("PUT", `${monthPath(org, period)}/figures`, request, figuresSavedResponseSchema);

export function useSaveFiguresGrid(org: string, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: FiguresGridRequest) => saveFiguresGrid(org, period, request),
    onSuccess: () => refreshMonth(queryClient, org, period),
  });
}
