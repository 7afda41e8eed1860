import type { Organisation, SessionResponse } from "@scorecard/shared/auth-schema";
import { fireEvent, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderApp } from "../testing/render-in-router.tsx";
import { birmingham, coventry, json, sessionAnswer, signedInSession } from "../testing/stub-session.ts";

/** The API with no months loaded: every organisation page shows "No figures yet". */
function stubApi({
  organisations = [birmingham],
  session = null,
}: {
  organisations?: Organisation[];
  session?: SessionResponse | null;
} = {}) {
  let signedIn = session;
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), "http://localhost");
    if (url.pathname === "/api/session" && init?.method === "DELETE") {
      signedIn = null;
      return json(null, 204);
    }
    const account = sessionAnswer(url, { organisations, session: signedIn });
    if (account) return account;
    if (/^\/api\/orgs\/[a-z-]+\/periods$/.test(url.pathname)) return json({ periods: [] });
    if (/^\/api\/orgs\/[a-z-]+\/areas$/.test(url.pathname)) return json({ areas: [] });
    if (/^\/api\/orgs\/[a-z-]+\/indicators$/.test(url.pathname)) return json({ indicators: [] });
    return json({ statusCode: 404, error: "Not Found", message: "no route" }, 404);
  });
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

const noFiguresYet = () => screen.findByRole("heading", { name: "No figures yet" });

describe("addresses from before organisations", () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each([
    ["/", "/o/birmingham"],
    ["/?area=east&period=2016-04", "/o/birmingham?area=east&period=2016-04"],
    [
      "/compare?indicator=re-referrals&period=2017-12",
      "/o/birmingham/compare?indicator=re-referrals&period=2017-12",
    ],
    [
      "/benchmarks?indicator=re-referrals&la=331&model=2021",
      "/o/birmingham/benchmarks?indicator=re-referrals&la=331&model=2021",
    ],
    [
      "/indicators/re-referrals?area=east&view=table",
      "/o/birmingham/indicators/re-referrals?area=east&view=table",
    ],
  ])("send %s to the default organisation's same page, search kept", async (from, to) => {
    stubApi();
    const { router } = await renderApp(from);
    await vi.waitFor(() => expect(router.state.location.href).toBe(to));
  });

  it("go to the organisation marked default, not merely the first", async () => {
    stubApi({ organisations: [{ ...coventry, isDefault: false }, { ...birmingham }] });
    const { router } = await renderApp("/?period=2016-04");
    await vi.waitFor(() => expect(router.state.location.href).toBe("/o/birmingham?period=2016-04"));
  });
});

describe("the organisation layout", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("asks the organisation's own API", async () => {
    const fetchMock = stubApi({ organisations: [birmingham, coventry] });
    await renderApp("/o/coventry");
    await noFiguresYet();
    const asked = fetchMock.mock.calls.map(([input]) => String(input));
    expect(asked).toContain("/api/orgs/coventry/periods");
    expect(asked.some((url) => url.startsWith("/api/orgs/birmingham/"))).toBe(false);
  });

  it("says page not found for an organisation nobody signed in can see, once signed in", async () => {
    stubApi({ session: signedInSession });
    await renderApp("/o/nowhere");
    expect(await screen.findByRole("heading", { name: "Page not found" })).toBeVisible();
  });

  it("sends a signed-out reader of an organisation they cannot see to sign in, coming back after", async () => {
    stubApi();
    const { router } = await renderApp("/o/solihull?period=2017-12");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    expect(router.state.location.pathname).toBe("/sign-in");
    expect(router.state.location.search).toEqual({ redirect: "/o/solihull?period=2017-12" });
  });
});

describe("the signed-in layout", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("sends a signed-out reader of My account to sign in", async () => {
    stubApi();
    const { router } = await renderApp("/account");
    expect(await screen.findByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
    expect(router.state.location.search).toEqual({ redirect: "/account" });
  });

  it("shows My account to a signed-in reader, with their memberships and roles", async () => {
    stubApi({ session: signedInSession });
    await renderApp("/account");
    expect(await screen.findByRole("heading", { level: 1, name: "My account" })).toBeVisible();
    expect(screen.getByText("ada@example.gov.uk")).toBeVisible();
    const row = screen.getByRole("row", { name: /Birmingham City Council/ });
    expect(within(row).getByText("Approver")).toBeVisible();
    expect(within(row).getByRole("link", { name: "Birmingham City Council" })).toHaveAttribute(
      "href",
      "/o/birmingham",
    );
  });
});

describe("the header", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("offers Sign in, coming back to the page, and no picker for one organisation", async () => {
    stubApi();
    await renderApp("/o/birmingham?area=east");
    await noFiguresYet();
    const header = screen.getByRole("banner");
    expect(await within(header).findByRole("link", { name: "Sign in" })).toHaveAttribute(
      "href",
      `/sign-in?redirect=${encodeURIComponent("/o/birmingham?area=east")}`,
    );
    expect(within(header).queryByLabelText("Organisation")).toBeNull();
  });

  it("lets the reader choose among several organisations, with a button rather than on change", async () => {
    stubApi({ organisations: [birmingham, coventry] });
    const { router } = await renderApp("/o/birmingham");
    await noFiguresYet();
    const picker = await screen.findByLabelText("Organisation", { selector: "select" });
    expect(picker).toHaveValue("birmingham");
    fireEvent.change(picker, { target: { value: "coventry" } });
    expect(router.state.location.pathname).toBe("/o/birmingham");
    fireEvent.click(screen.getByRole("button", { name: "Show" }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/o/coventry"));
    expect(
      await screen.findByText("Coventry City Council", { selector: ".site-organisation" }),
    ).toBeVisible();
  });

  it("shows who is signed in, and signs out with the CSRF token, forgetting the session", async () => {
    const fetchMock = stubApi({ session: signedInSession });
    const { router } = await renderApp("/account");
    const header = screen.getByRole("banner");
    expect(await within(header).findByText("Ada Lovelace")).toBeVisible();
    expect(within(header).getByRole("link", { name: "My account" })).toHaveAttribute("href", "/account");
    fireEvent.click(within(header).getByRole("button", { name: "Sign out" }));
    expect(await within(header).findByRole("link", { name: "Sign in" })).toBeVisible();
    const signOut = fetchMock.mock.calls.find(([, init]) => init?.method === "DELETE");
    expect(signOut?.[0]).toBe("/api/session");
    expect(signOut?.[1]?.headers).toMatchObject({ "x-csrf-token": "csrf-token-for-tests" });
    await vi.waitFor(() => expect(router.state.location.pathname).toBe("/o/birmingham"));
  });
});
