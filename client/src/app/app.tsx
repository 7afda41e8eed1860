import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { ScorecardPage } from "../features/scorecard/components/scorecard-page.tsx";
import { createQueryClient } from "../lib/query-client.ts";

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <header className="site-header">
        <p className="site-name">Scorecard · Children's services performance</p>
      </header>
      <main id="main">
        <ScorecardPage />
      </main>
    </QueryClientProvider>
  );
}
