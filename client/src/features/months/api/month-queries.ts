import type { QueryClient } from "@tanstack/react-query";

/** After any change to a month: its page, the months list, and every scorecard and series that may show it. */
export function refreshMonth(queryClient: QueryClient, org: string, period: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ["month", org, period] }),
    queryClient.invalidateQueries({ queryKey: ["months", org] }),
    queryClient.invalidateQueries({ queryKey: ["scorecard", org] }),
    queryClient.invalidateQueries({ queryKey: ["indicator-series", org] }),
    queryClient.invalidateQueries({ queryKey: ["periods", org] }),
  ]);
}
