import { QueryClientProvider } from "@tanstack/react-query";
import { useState } from "react";
import { AppLink } from "../components/app-link.tsx";
import { createQueryClient } from "../lib/query-client.ts";
import { useLocation } from "../lib/url-state.ts";
import { matchRoute, Router } from "./router.tsx";

function Navigation() {
  const { pathname, params } = useLocation();
  const page = matchRoute(pathname).page;
  // Carry the month and area between pages, so switching view keeps what the reader was looking at.
  const carried = new URLSearchParams();
  for (const key of ["period", "area"]) {
    const value = params.get(key);
    if (value) carried.set(key, value);
  }
  const query = carried.toString() ? `?${carried.toString()}` : "";
  return (
    <nav aria-label="Main" className="site-nav no-print">
      <ul>
        <li>
          <AppLink href={`/${query}`} aria-current={page === "scorecard" ? "page" : undefined}>
            Monthly scorecard
          </AppLink>
        </li>
        <li>
          <AppLink href={`/compare${query}`} aria-current={page === "compare" ? "page" : undefined}>
            Compare areas
          </AppLink>
        </li>
        <li>
          <AppLink href="/benchmarks" aria-current={page === "benchmarks" ? "page" : undefined}>
            Benchmarks
          </AppLink>
        </li>
      </ul>
    </nav>
  );
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="site-header">
        <p className="site-name">Scorecard · Children's services performance</p>
        <Navigation />
      </header>
      <main id="main" tabIndex={-1}>
        <Router />
      </main>
      <footer className="site-footer no-print">
        <p>
          Figures from Birmingham City Council's published performance scorecards; months without a paper are
          illustrative. Ratings follow the council's legend: see the key on each page.
        </p>
      </footer>
    </QueryClientProvider>
  );
}
