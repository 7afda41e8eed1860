import type { AuditEntry, AuditSearch } from "@scorecard/shared/audit-schema";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, json, renderWithQuery, stubApi } from "../../../testing/render-with-query.tsx";
import { AuditPage } from "./audit-page.tsx";

const base: AuditEntry = {
  id: 1,
  occurredAt: "2026-01-15T09:30:00.000Z",
  actor: { kind: "user", id: "1", label: "admin@example.org" },
  action: "update",
  table: "memberships",
  key: { organisation_id: 2, user_id: 7 },
  before: { organisation_id: 2, user_id: 7, role: "viewer" },
  after: { organisation_id: 2, user_id: 7, role: "editor" },
  detail: null,
  requestId: "req-1",
  ip: "127.0.0.1",
};
const event: AuditEntry = {
  ...base,
  id: 2,
  action: "organisation.created",
  table: null,
  key: null,
  before: null,
  after: null,
  detail: { slug: "coventry", laCode: "331" },
};

function renderPage(search: AuditSearch, onSearchChange = vi.fn()) {
  renderWithQuery(
    <AuditPage org="coventry" organisationName="Coventry" search={search} onSearchChange={onSearchChange} />,
  );
  return onSearchChange;
}

describe("AuditPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows who did what and when, an update's changed fields only, and the total", async () => {
    const sent = stubApi(() => json({ entries: [base, event], total: 120, page: 2, pageSize: 50 }));
    renderPage({ page: 2, table: "memberships" });
    const table = await screen.findByRole("table", { name: "Audit entries, page 2 of 3" });
    const rows = within(table).getAllByRole("row");
    expect(rows[1]).toHaveTextContent("15 January 2026 at 09:30:00 GMT");
    expect(rows[1]).toHaveTextContent("admin@example.org (account)");
    expect(rows[1]).toHaveTextContent("Changed");
    expect(rows[1]).toHaveTextContent("organisation_id 2, user_id 7");
    expect(rows[1]).toHaveTextContent("role: viewer → changed to editor");
    expect(rows[1]).not.toHaveTextContent("user_id: 7");
    expect(rows[2]).toHaveTextContent("organisation.created");
    expect(rows[2]).toHaveTextContent("slug: coventry");
    expect(screen.getByText(/120 entries match these filters · page 2 of 3/)).toBeVisible();
    expect(sent[0]?.path).toBe("/api/orgs/coventry/audit?table=memberships&page=2&pageSize=50");
  });

  it("pages through the URL", async () => {
    stubApi(() => json({ entries: [base], total: 120, page: 1, pageSize: 50 }));
    const onSearchChange = renderPage({ page: 1 });
    await screen.findByRole("table");
    expect(screen.getByRole("button", { name: "Previous page" })).toBeDisabled();
    fireEvent.click(screen.getByRole("button", { name: "Next page" }));
    expect(onSearchChange).toHaveBeenCalledWith({ page: 2 });
  });

  it("applies the filters together, back at page 1, and refuses a start after the end", async () => {
    stubApi(() => json({ entries: [], total: 0, page: 1, pageSize: 50 }));
    const onSearchChange = renderPage({ page: 3 });
    expect(await screen.findByRole("heading", { name: "No entries" })).toBeVisible();
    expect(screen.getByText("Nothing has been recorded for this organisation yet.")).toBeVisible();
    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2026-02-01" } });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: "2026-01-01" } });
    fireEvent.click(screen.getByRole("button", { name: "Apply filters" }));
    await waitFor(() =>
      expect(screen.getByLabelText("From")).toHaveAccessibleDescription(
        "Error: The start date must be on or before the end date",
      ),
    );
    expect(onSearchChange).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText("From"), { target: { value: "2026-01-01" } });
    fireEvent.change(screen.getByLabelText("To"), { target: { value: "2026-01-31" } });
    fireEvent.change(screen.getByLabelText("Table"), { target: { value: "memberships" } });
    fireEvent.change(screen.getByLabelText("Who"), { target: { value: " admin@example.org " } });
    fireEvent.click(screen.getByRole("button", { name: "Apply filters" }));
    expect(onSearchChange).toHaveBeenCalledWith({
      from: "2026-01-01",
      to: "2026-01-31",
      table: "memberships",
      actor: "admin@example.org",
      page: 1,
    });
  });

  it("says when the filters match nothing", async () => {
    stubApi(() => json({ entries: [], total: 0, page: 1, pageSize: 50 }));
    renderPage({ page: 1, actor: "nobody" });
    expect(await screen.findByText(/No audit entries match these filters/)).toBeVisible();
  });

  it("shows the server's refusal clearly", async () => {
    stubApi(() => apiError(403, "You do not have permission to do this"));
    renderPage({ page: 1 });
    expect(await screen.findByRole("heading", { name: "Could not load the audit trail" })).toBeVisible();
    expect(screen.getByText("You do not have permission to do this")).toBeVisible();
  });
});
