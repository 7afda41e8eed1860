import { QueryClient } from "@tanstack/react-query";
import {
  createMemoryHistory,
  createRootRouteWithContext,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
  redirect,
} from "@tanstack/react-router";
import { fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../testing/render-in-router.tsx";
import { json, sessionAnswer } from "../testing/stub-session.ts";
import { createGuardedLayout } from "./routes/guarded-layout.ts";
import type { RouterContext } from "./routes/root-route.tsx";

const areas = [
  { id: "city", name: "Birmingham", kind: "city", parentId: null, population: null, populationYear: null },
  { id: "east", name: "East", kind: "area", parentId: "city", population: null, populationYear: null },
];

/** The API as the scorecard page needs it: two months, two areas, no indicators. */
function stubApi() {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), "http://localhost");
    const account = sessionAnswer(url);
    if (account) return account;
    if (url.pathname === "/api/orgs/birmingham/periods") {
      return json({
        periods: [
          { period: "2017-12", label: "Dec 2017", source: "published" },
          { period: "2016-04", label: "Apr 2016", source: "published" },
        ],
      });
    }
    if (url.pathname === "/api/orgs/birmingham/areas") return json({ areas });
    if (url.pathname === "/api/orgs/birmingham/indicators") return json({ indicators: [] });
    if (url.pathname === "/api/orgs/birmingham/scorecard") {
      const area = areas.find((entry) => entry.id === url.searchParams.get("area"));
      return json({
        period: url.searchParams.get("period"),
        area: { id: area?.id, name: area?.name },
        rows: [],
        statisticalNeighbourModel: { model: "2025", label: "DfE statistical neighbours, May 2025 model" },
        status: "published",
        monthState: null,
        revised: null,
      });
    }
    return new Response("{}", { status: 404 });
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const scorecardRequests = (fetchMock: ReturnType<typeof stubApi>) =>
  fetchMock.mock.calls
    .map(([input]) => String(input))
    .filter((url) => url.startsWith("/api/orgs/birmingham/scorecard"));

describe("the app's routes", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the whole authority's scorecard for an empty area, asking the API for the default", async () => {
    const fetchMock = stubApi();
    await renderApp("/?area=");
    await screen.findByRole("heading", { level: 1, name: /Birmingham, December 2017/ });
    expect(scorecardRequests(fetchMock)).toEqual(["/api/orgs/birmingham/scorecard?period=2017-12&area=city"]);
  });

  it("falls back to the latest month and the whole authority for an unreadable address", async () => {
    const fetchMock = stubApi();
    await renderApp("/?period=December&area=East%20Side");
    await screen.findByRole("heading", { level: 1, name: /Birmingham, December 2017/ });
    expect(scorecardRequests(fetchMock)).toEqual(["/api/orgs/birmingham/scorecard?period=2017-12&area=city"]);
  });

  it("keeps the pickers in the address, and follows back and forward", async () => {
    stubApi();
    const { router } = await renderApp("/");
    await screen.findByRole("heading", { level: 1, name: /Birmingham, December 2017/ });

    fireEvent.change(screen.getByLabelText("Month"), { target: { value: "2016-04" } });
    await screen.findByRole("heading", { level: 1, name: /Birmingham, April 2016/ });
    fireEvent.change(screen.getByLabelText("Area"), { target: { value: "east" } });
    await screen.findByRole("heading", { level: 1, name: /East, April 2016/ });
    expect(router.state.location.href).toBe("/o/birmingham?area=east&period=2016-04");

    // Choosing the whole authority again leaves the default out of the address.
    fireEvent.change(screen.getByLabelText("Area"), { target: { value: "city" } });
    await screen.findByRole("heading", { level: 1, name: /Birmingham, April 2016/ });
    expect(router.state.location.href).toBe("/o/birmingham?period=2016-04");

    router.history.back();
    await screen.findByRole("heading", { level: 1, name: /East, April 2016/ });
    router.history.back();
    router.history.back();
    await screen.findByRole("heading", { level: 1, name: /Birmingham, December 2017/ });
    router.history.forward();
    await screen.findByRole("heading", { level: 1, name: /Birmingham, April 2016/ });
  });

  it("carries the month and area in the menu and marks the current page", async () => {
    stubApi();
    await renderApp("/?area=east&period=2016-04");
    await screen.findByRole("heading", { level: 1, name: /East, April 2016/ });
    const menu = screen.getByRole("navigation", { name: "Main" });
    const scorecard = screen.getByRole("link", { name: "Monthly scorecard" });
    expect(menu).toContainElement(scorecard);
    expect(scorecard).toHaveAttribute("aria-current", "page");
    expect(scorecard).toHaveAttribute("href", "/o/birmingham?area=east&period=2016-04");
    const compare = screen.getByRole("link", { name: "Compare areas" });
    expect(compare).toHaveAttribute("href", "/o/birmingham/compare?area=east&period=2016-04");
    expect(compare).not.toHaveAttribute("aria-current");
    expect(screen.getByRole("link", { name: "Benchmarks" })).toHaveAttribute(
      "href",
      "/o/birmingham/benchmarks",
    );
  });

  it("says so for an address with no page, inside the usual layout", async () => {
    stubApi();
    await renderApp("/no/such/page");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeVisible();
    expect(screen.getByRole("navigation", { name: "Main" })).toBeVisible();
    expect(screen.getByRole("link", { name: "Go to the monthly scorecard" })).toHaveAttribute("href", "/");
  });

  it("sends an address under /indicators/ without an id to not found", async () => {
    stubApi();
    await renderApp("/indicators/");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeVisible();
  });
});

describe("createGuardedLayout", () => {
  /** A small tree: a public page, a sign-in page, and a page behind a guard that asks `allowed`. */
  function guardedApp(allowed: () => boolean, url: string) {
    const root = createRootRouteWithContext<RouterContext>()({ component: Outlet });
    const signIn = createRoute({
      getParentRoute: () => root,
      path: "/sign-in",
      component: () => <h1>Sign in</h1>,
    });
    const signedIn = createGuardedLayout(
      () => root,
      "signed-in",
      ({ location }) => {
        if (!allowed()) throw redirect({ href: `/sign-in?redirect=${encodeURIComponent(location.href)}` });
      },
    );
    const account = createRoute({
      getParentRoute: () => signedIn,
      path: "/account",
      component: () => <h1>Account</h1>,
    });
    const router = createRouter({
      routeTree: root.addChildren([signIn, signedIn.addChildren([account])]),
      history: createMemoryHistory({ initialEntries: [url] }),
      context: { queryClient: new QueryClient() },
    });
    render(<RouterProvider router={router} />);
    return router;
  }

  it("lets the reader in when the guard returns", async () => {
    const router = guardedApp(() => true, "/account?tab=keys");
    expect(await screen.findByRole("heading", { name: "Account" })).toBeVisible();
    expect(router.state.location.pathname).toBe("/account");
  });

  it("sends the reader where the guard redirects, remembering where they were going", async () => {
    const router = guardedApp(() => false, "/account?tab=keys");
    expect(await screen.findByRole("heading", { name: "Sign in" })).toBeVisible();
    expect(router.state.location.pathname).toBe("/sign-in");
    expect(new URLSearchParams(router.state.location.searchStr).get("redirect")).toBe("/account?tab=keys");
  });
});
