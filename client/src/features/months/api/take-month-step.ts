import { type MonthStep, monthSummarySchema } from "@scorecard/shared/month-schema";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "../../../lib/api-client.ts";
import { monthPath } from "./get-month.ts";
import { refreshMonth } from "./month-queries.ts";

export interface MonthStepInput {
  step: MonthStep;
  reason?: string;
}

/** POST /api/orgs/{org}/months/{period}[/{step}]: opening is the bare URL, each other step its own. */
export const takeMonthStep = (org: string, period: string, { step, reason }: MonthStepInput) =>
  sendJson(
    "POST",
    step === "open" ? monthPath(org, period) : `${monthPath(org, period)}/${step}`,
    reason ? { reason } : {},
    monthSummarySchema,
  );

export function useTakeMonthStep(org: string, period: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MonthStepInput) => takeMonthStep(org, period, input),
    onSuccess: () => refreshMonth(queryClient, org, period),
  });
}
