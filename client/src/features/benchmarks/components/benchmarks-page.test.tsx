import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../../../testing/render-in-router.tsx";
import { birmingham, coventry, sessionAnswer } from "../../../testing/stub-session.ts";
import { benchmarks, catalogue, history, ranking } from "./test-fixtures.ts";

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

/** Answers like the API; `fail` makes the main benchmarks call fail with that status. */
function stubApi(fail?: number) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => {
    const url = new URL(String(input), "http://localhost");
    const account = sessionAnswer(url);
    if (account) return account;
    if (url.pathname === "/api/benchmarks/catalogue") return json(catalogue);
    if (url.pathname === "/api/benchmarks/history") return json(history);
    if (url.pathname === "/api/benchmarks/ranking") return json(ranking);
    if (url.pathname === "/api/benchmarks") {
      if (fail) return json({ statusCode: fail, error: "Error", message: "Something broke" }, fail);
      return json({
        ...benchmarks,
        statisticalNeighbours: {
          ...benchmarks.statisticalNeighbours,
          model: url.searchParams.get("model") ?? "2025",
          modelLabel:
            url.searchParams.get("model") === "2021"
              ? "DfE statistical neighbours, April 2021 model"
              : "DfE statistical neighbours, May 2025 model",
        },
      });
    }
    return json({ statusCode: 404, error: "Not Found", message: "no route" }, 404);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const renderAt = (search: string) => renderApp(`/o/birmingham/benchmarks${search}`);

describe("BenchmarksPage", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("shows the LA against England, region and neighbours, with rank and quartile", async () => {
    stubApi();
    await renderAt("?indicator=re-referrals&la=330&year=2025");
    const heading = await screen.findByRole("heading", {
      level: 2,
      name: "Birmingham, year ending March 2025",
    });
    const headline = heading.closest("section") as HTMLElement;
    expect(within(headline).getByText("20.7%")).toBeVisible();
    expect(within(headline).getByText("22.6%")).toBeVisible();
    expect(within(headline).getByText("Birmingham is 1.9 percentage points lower (better).")).toBeVisible();
    expect(await within(headline).findByText("Joint 84th of 153")).toBeVisible();
    expect(within(headline).getByText("Lower is better.")).toBeVisible();
    expect(screen.getByRole("heading", { level: 1 })).toHaveTextContent(
      "Re-referrals within 12 months · Birmingham · year ending March 2025",
    );
    expect(
      screen.getByText("DfE statistical neighbours, May 2025 model", { selector: "strong" }),
    ).toBeVisible();
    expect(await screen.findByRole("row", { current: true })).toHaveTextContent("Birmingham (selected)");
    expect(screen.getByRole("link", { name: "Characteristics of children in need" })).toHaveAttribute(
      "href",
      catalogue.measures[0]?.sourceUrl,
    );
  });

  it("keeps every filter in the URL: changing the model writes model=2021", async () => {
    stubApi();
    const { router } = await renderAt("?indicator=re-referrals&la=330&year=2025");
    await screen.findByRole("heading", { level: 2, name: /Birmingham, year ending/ });
    fireEvent.change(screen.getByLabelText("Statistical neighbour model"), { target: { value: "2021" } });
    await vi.waitFor(() =>
      expect(router.state.location.href).toBe(
        "/o/birmingham/benchmarks?indicator=re-referrals&la=330&model=2021&year=2025",
      ),
    );
    expect(
      await screen.findByText("DfE statistical neighbours, April 2021 model", { selector: "strong" }),
    ).toBeVisible();
  });

  it("tells the reader what to choose for an unknown LA, without asking the server", async () => {
    const fetchMock = stubApi();
    await renderAt("?indicator=re-referrals&la=999");
    expect(
      await screen.findByRole("heading", { name: "There is no local authority with code “999”" }),
    ).toBeVisible();
    expect(screen.getByText(/Choose a local authority from the list above/)).toBeVisible();
    expect(screen.getByLabelText("Local authority")).toHaveValue("");
    const benchmarkCalls = fetchMock.mock.calls
      .map(([input]) => String(input))
      .filter((url) => url.startsWith("/api/benchmarks"));
    expect(benchmarkCalls).toEqual(["/api/benchmarks/catalogue"]);
  });

  it("explains an unknown measure or year", async () => {
    stubApi();
    const first = await renderAt("?indicator=nope");
    expect(await screen.findByRole("heading", { name: "There is no measure called “nope”" })).toBeVisible();
    first.unmount();
    await renderAt("?indicator=re-referrals&year=2001");
    expect(
      await screen.findByRole("heading", { name: "No re-referrals within 12 months figures for “2001”" }),
    ).toBeVisible();
  });

  it("offers to try again when the server fails", async () => {
    stubApi(500);
    await renderAt("?indicator=re-referrals");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the benchmarks");
    expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  });

  it("advises checking the measure, LA, year or model when the server turns the request down", async () => {
    stubApi(400);
    await renderAt("?indicator=re-referrals");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the benchmarks");
    expect(alert).toHaveTextContent(
      "Check the measure, the local authority (its three-digit DfE code), the year or the statistical neighbour model in the address",
    );
    expect(alert).not.toHaveTextContent("month, area or indicator");
  });

  it("says so when the LA has no figure for the year", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: RequestInfo | URL) => {
        const url = new URL(String(input), "http://localhost");
        const account = sessionAnswer(url);
        if (account) return account;
        if (url.pathname === "/api/benchmarks/catalogue") return json(catalogue);
        if (url.pathname === "/api/benchmarks/history") {
          const years = history.years.map((entry) =>
            entry.year === 2025 ? { ...entry, value: null } : entry,
          );
          return json({ ...history, years });
        }
        if (url.pathname === "/api/benchmarks/ranking") return json(ranking);
        return json({
          ...benchmarks,
          value: null,
          numerator: null,
          denominator: null,
          suppression: "x",
          rank: null,
          quartile: null,
        });
      }),
    );
    await renderAt("?indicator=re-referrals&la=330&year=2025");
    const note = await screen.findByRole("note");
    expect(note).toHaveTextContent("Birmingham has no figure for re-referrals within 12 months in 2024-25");
    expect(note).toHaveTextContent("DfE marks it “x”, not available.");
    expect(note).toHaveTextContent("It has a figure only for 2022-23: see 2022-23");
    expect(await within(note).findByRole("link", { name: "see 2022-23" })).toHaveAttribute(
      "href",
      "/o/birmingham/benchmarks?indicator=re-referrals&la=330&model=2025&year=2023",
    );
    const headline = screen
      .getByRole("heading", { level: 2, name: /Birmingham, year ending/ })
      .closest("section");
    expect(within(headline as HTMLElement).getByText("Not ranked: no figure")).toBeVisible();
    expect(within(headline as HTMLElement).getByText("Not published: not available (x)")).toBeVisible();
  });

  it("benchmarks the organisation's own LA when the address names none", async () => {
    const nottingham = { ...coventry, slug: "nottingham", name: "Nottingham City Council", laCode: "892" };
    const fetchMock = stubApi();
    vi.stubGlobal(
      "fetch",
      vi.fn(async (input: RequestInfo | URL) => {
        const url = new URL(String(input), "http://localhost");
        return sessionAnswer(url, { organisations: [birmingham, nottingham] }) ?? fetchMock(input);
      }),
    );
    await renderApp("/o/nottingham/benchmarks?indicator=re-referrals&year=2025");
    await screen.findByRole("heading", { level: 2, name: /year ending March 2025/ });
    const asked = fetchMock.mock.calls.map(([input]) => String(input));
    expect(asked.filter((url) => url.startsWith("/api/benchmarks?"))).toEqual([
      "/api/benchmarks?indicator=re-referrals&la=892&year=2025&model=2025",
    ]);
  });
});
