import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createMemoryHistory, RouterContextProvider, RouterProvider } from "@tanstack/react-router";
import { render } from "@testing-library/react";
import type { ReactNode } from "react";
import { createAppRouter } from "../app/router.tsx";

function testRouter(url: string) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const router = createAppRouter({ queryClient, history: createMemoryHistory({ initialEntries: [url] }) });
  return { queryClient, router };
}

/** The whole app at `url`, on the app's own route tree, with an in-memory history; the page's code loaded first. */
export async function renderApp(url: string) {
  const { queryClient, router } = testRouter(url);
  await router.load();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  );
  return { ...view, router };
}

/** One component inside the app's router at `url`, so its links resolve as on the page. */
export async function renderInRouter(ui: ReactNode, url = "/") {
  const { queryClient, router } = testRouter(url);
  await router.load();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <RouterContextProvider router={router}>{ui}</RouterContextProvider>
    </QueryClientProvider>,
  );
  return { ...view, router };
}
