import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, json, renderWithQuery, stubApi } from "../../../testing/render-with-query.tsx";
import { TokensPage } from "./tokens-page.tsx";

const powerBi = {
  id: 3,
  name: "Power BI board pack",
  organisation: "coventry",
  role: "viewer",
  createdAt: "2026-01-10T10:00:00.000Z",
  lastUsedAt: null,
  revokedAt: null,
};
const old = { ...powerBi, id: 2, name: "Old script", revokedAt: "2026-01-12T10:00:00.000Z" };

const renderPage = () => renderWithQuery(<TokensPage org="coventry" organisationName="Coventry" />);

describe("TokensPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists the tokens with role, dates and whether revoked", async () => {
    stubApi(() => json([powerBi, old]));
    renderPage();
    const row = (await screen.findByRole("rowheader", { name: "Power BI board pack" })).closest(
      "tr",
    ) as HTMLElement;
    expect(row).toHaveTextContent("Viewer");
    expect(row).toHaveTextContent("10 January 2026 at 10:00:00 GMT");
    expect(row).toHaveTextContent("Never used");
    expect(row).toHaveTextContent("Active");
    const revoked = screen.getByRole("rowheader", { name: "Old script" }).closest("tr") as HTMLElement;
    expect(revoked).toHaveTextContent("Revoked 12 January 2026");
    expect(within(revoked).queryByRole("button")).toBeNull();
  });

  it("checks the name before sending, then shows the secret once with how to use it", async () => {
    const sent = stubApi(({ method, body }) =>
      method === "POST"
        ? json({ ...powerBi, id: 4, ...(body as object), token: "sc_secret123" }, 201)
        : json([powerBi]),
    );
    renderPage();
    await screen.findByRole("rowheader", { name: "Power BI board pack" });
    fireEvent.click(screen.getByRole("button", { name: "Create token" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Name")).toHaveAccessibleDescription(
        /Error: Enter a name that says what the token is for/,
      ),
    );
    expect(sent.some((request) => request.method === "POST")).toBe(false);

    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Nightly export" } });
    fireEvent.change(screen.getByLabelText("Role"), { target: { value: "editor" } });
    fireEvent.click(screen.getByRole("button", { name: "Create token" }));
    const secret = await screen.findByRole("region", { name: "Token created: Nightly export" });
    expect(within(secret).getByText("sc_secret123")).toBeVisible();
    expect(within(secret).getByText(/curl -H "Authorization: Bearer sc_secret123"/)).toBeVisible();
    expect(within(secret).getByText(/Get data → Web → Advanced/)).toBeVisible();
    expect(sent.filter((request) => request.method === "POST")).toEqual([
      expect.objectContaining({
        path: "/api/orgs/coventry/tokens",
        body: { name: "Nightly export", role: "editor" },
      }),
    ]);
  });

  it("revokes only after confirming", async () => {
    const tokens: { revokedAt: string | null }[] = [powerBi];
    const sent = stubApi(({ method }) => {
      if (method === "DELETE") {
        tokens[0] = { ...powerBi, revokedAt: "2026-01-15T09:00:00.000Z" };
        return json(null, 204);
      }
      return json(tokens);
    });
    renderPage();
    const row = (await screen.findByRole("rowheader", { name: "Power BI board pack" })).closest(
      "tr",
    ) as HTMLElement;
    fireEvent.click(within(row).getByRole("button", { name: "Revoke Power BI board pack" }));
    expect(within(row).getByText(/stops working at once/)).toBeVisible();
    fireEvent.click(within(row).getByRole("button", { name: "Cancel" }));
    expect(sent.some((request) => request.method === "DELETE")).toBe(false);

    fireEvent.click(within(row).getByRole("button", { name: "Revoke Power BI board pack" }));
    fireEvent.click(within(row).getByRole("button", { name: "Yes, revoke Power BI board pack" }));
    expect(await screen.findByText("Power BI board pack is revoked: it no longer works.")).toBeVisible();
    expect(sent.filter((request) => request.method === "DELETE").map((request) => request.path)).toEqual([
      "/api/orgs/coventry/tokens/3",
    ]);
    await waitFor(() => expect(row).toHaveTextContent("Revoked 15 January 2026"));
  });

  it("says clearly when the account may not manage tokens", async () => {
    stubApi(() => apiError(401, "Sign in to do this"));
    renderPage();
    expect(await screen.findByRole("heading", { name: "Could not load the tokens" })).toBeVisible();
    expect(screen.getByText("Sign in to do this")).toBeVisible();
  });
});
