import type { Area, Indicator } from "@scorecard/shared/api-schema";
import type { SessionResponse } from "@scorecard/shared/auth-schema";
import type { MonthDetailResponse } from "@scorecard/shared/month-schema";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, json, renderWithQuery, stubApi } from "../../../testing/render-with-query.tsx";
import { MonthPage } from "./month-page.tsx";

const indicators = [
  { id: "re-referrals", ref: 2, title: "Re-referrals", measureKind: "ratio", unit: "percent" },
  { id: "cp-plans", ref: 5, title: "Child protection plans", measureKind: "snapshot_count", unit: "count" },
] as Indicator[];
const areas = [{ id: "city", name: "Birmingham", kind: "city", parentId: null }] as Area[];
const session = (email: string) => ({ user: { email } }) as SessionResponse;

const draft: MonthDetailResponse = {
  period: "2018-04",
  label: "April 2018",
  state: "draft",
  revision: 1,
  publishedRevision: null,
  submittedBy: null,
  history: [
    { event: "open", revision: 1, by: "editor@example.org", at: "2026-12-02T09:00:00.000Z", reason: null },
  ],
  revisions: [],
  figures: [
    {
      indicator: "re-referrals",
      area: "city",
      breakdown: "",
      numerator: 20,
      denominator: 100,
      value: null,
      note: null,
    },
  ],
  previousFigures: [
    {
      indicator: "cp-plans",
      area: "city",
      breakdown: "",
      numerator: null,
      denominator: null,
      value: 790,
      note: null,
    },
  ],
  commentary: [],
  warnings: [],
};

function renderPage(role: "viewer" | "editor" | "approver", email = "someone@example.org") {
  return renderWithQuery(
    <MonthPage
      org="birmingham"
      period="2018-04"
      role={role}
      session={session(email)}
      indicators={indicators}
      areas={areas}
      preview={<p>preview</p>}
    />,
  );
}

describe("MonthPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("offers an editor to open a month not opened yet, and then shows the draft", async () => {
    let opened = false;
    const sent = stubApi((request) => {
      if (request.method === "POST") {
        opened = true;
        return json({ ...draft, figures: undefined }, 201);
      }
      return opened ? json(draft) : apiError(404, "period: April 2018 has not been opened");
    });
    renderPage("editor");
    await screen.findByText(/April 2018 has not been opened yet/);
    expect(screen.getByLabelText(/^Upload the filled-in return/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Open as a draft" }));
    await screen.findByText("April 2018 opened as a draft.");
    expect(
      sent.some(
        (request) => request.method === "POST" && request.path === "/api/orgs/birmingham/months/2018-04",
      ),
    ).toBe(true);
    expect(await screen.findByText(/DRAFT/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Submit for approval" })).toBeInTheDocument();
  });

  it("keeps the approver who submitted from approving (four eyes)", async () => {
    stubApi(() => json({ ...draft, state: "submitted", submittedBy: "me@example.org" }));
    renderPage("approver", "me@example.org");
    const approve = await screen.findByRole("button", { name: "Approve" });
    expect(approve).toBeDisabled();
    expect(screen.getByText(/You submitted this month, so someone else must approve it/)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Return to draft" })).toBeEnabled();
  });

  it("asks for a reason before returning a month to draft", async () => {
    const sent = stubApi(() => json({ ...draft, state: "submitted", submittedBy: "editor@example.org" }));
    renderPage("approver");
    fireEvent.click(await screen.findByRole("button", { name: "Return to draft" }));
    fireEvent.click(screen.getByRole("button", { name: "Return with this reason" }));
    expect(await screen.findByText(/Say why: the reason is kept/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Why return it to draft/)).toHaveAttribute("aria-invalid", "true");
    expect(sent.filter((request) => request.method === "POST")).toEqual([]);
  });

  it("saves the grid with last month's lines and shows the server's problems against the grid's lines", async () => {
    const sent = stubApi((request) =>
      request.method === "PUT"
        ? json(
            {
              statusCode: 422,
              error: "Unprocessable Entity",
              message: "1 problem",
              errors: [{ row: 2, column: "value", message: "The value is negative" }],
            },
            422,
          )
        : json(draft),
    );
    renderPage("editor");
    const value = await screen.findByRole("textbox", {
      name: /^Value, line 2: 5\. Child protection plans, Birmingham/,
    });
    fireEvent.change(value, { target: { value: "-3" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the grid" }));
    const problems = await screen.findByRole("alert");
    expect(within(problems).getByRole("heading", { name: "The grid was not saved" })).toBeInTheDocument();
    expect(within(problems).getAllByRole("row")[1]).toHaveTextContent("2valueThe value is negative");
    const put = sent.find((request) => request.method === "PUT");
    expect(put?.body).toEqual({
      figures: [
        {
          indicator: "re-referrals",
          area: "city",
          breakdown: "",
          numerator: 20,
          denominator: 100,
          value: null,
          note: null,
        },
        {
          indicator: "cp-plans",
          area: "city",
          breakdown: "",
          numerator: null,
          denominator: null,
          value: -3,
          note: null,
        },
      ],
    });
  });

  it("offers a viewer nothing to change", async () => {
    stubApi(() => json(draft));
    renderPage("viewer");
    await screen.findByText("Your role lets you read this month, not change it.");
    expect(screen.queryByRole("button", { name: /Submit|Save the grid/ })).toBeNull();
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: /^Numerator, line 1/ })).toHaveAttribute("readonly"),
    );
  });
});
