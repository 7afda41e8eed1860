import type { Indicator } from "@scorecard/shared/api-schema";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderInRouter } from "../../../testing/render-in-router.tsx";
import { apiError, json, type SentRequest, stubApi } from "../../../testing/render-with-query.tsx";
import { IndicatorSettingsPage } from "./indicator-settings-page.tsx";

const reReferrals: Indicator = {
  id: "re-referrals",
  ref: 3,
  title: "Re-referrals",
  definition: "Referrals within 12 months of a previous one.",
  unit: "percent",
  polarity: "lower_is_better",
  measureKind: "ratio",
  baselineKind: "previous_6_months_cumulative",
  baselineLabel: "Prev. 6 months",
  baselineMonth: null,
  tolerance: null,
  trendThreshold: null,
  decimals: 1,
  numeratorLabel: "Re-referrals",
  denominatorLabel: "Referrals",
  notes: null,
  showsRatePer10k: false,
};

const measure = (id: string, title: string) => ({
  id,
  title,
  definition: "",
  method: "",
  period: "",
  yearBasis: "year_ending_march",
  unit: "percent",
  polarity: "lower_is_better",
  decimals: 1,
  sourceFile: "",
  sourceUrl: "",
  years: [2018],
});

const catalogue = {
  measures: [
    measure("re-referrals", "Re-referrals within 12 months"),
    measure("children-in-need", "Children in need"),
  ],
  localAuthorities: [],
  models: [],
};

/** The read side of the API; `put` answers the PUT. */
function stub(put: (request: SentRequest) => Response) {
  return stubApi((request) => {
    if (request.method === "PUT") return put(request);
    if (request.path === "/api/orgs/coventry/indicators") return json({ indicators: [reReferrals] });
    if (request.path === "/api/benchmarks/catalogue") return json(catalogue);
    if (request.path === "/api/orgs") return json([]);
    return apiError(404, "no route");
  });
}

const puts = (sent: SentRequest[]) => sent.filter((request) => request.method === "PUT");

async function renderPage(canEdit = true) {
  await renderInRouter(
    <IndicatorSettingsPage
      org="coventry"
      organisationName="Coventry"
      indicatorId="re-referrals"
      canEdit={canEdit}
    />,
    "/sign-in",
  );
  return screen.findByLabelText("Title");
}

describe("IndicatorSettingsPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the indicator's current values, keeping the DfE measure by default", async () => {
    stub(() => apiError(500, "not called"));
    expect(await renderPage()).toHaveValue("Re-referrals");
    expect(screen.getByLabelText("Unit")).toHaveValue("percent");
    expect(screen.getByLabelText("Decimal places shown")).toHaveValue("1");
    expect(screen.getByLabelText("Which direction is good")).toHaveValue("lower_is_better");
    expect(screen.getByLabelText("Baseline label")).toHaveValue("Prev. 6 months");
    expect(screen.getByLabelText("Tolerance")).toHaveValue("");
    const dfe = screen.getByLabelText("DfE measure benchmarked against");
    expect(dfe).toHaveValue("keep");
    await waitFor(() =>
      expect(
        within(dfe)
          .getAllByRole("option")
          .map((option) => option.textContent),
      ).toEqual([
        "Keep the current DfE measure",
        "None",
        "Re-referrals within 12 months",
        "Children in need",
      ]),
    );
    expect(screen.getByRole("group", { name: "Rating rule" })).toBeVisible();
  });

  it("needs From month and Reason when a rating rule field changes, tied to the fields, and sends nothing", async () => {
    const sent = stub(() => apiError(500, "not called"));
    await renderPage();
    fireEvent.change(screen.getByLabelText("Tolerance"), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the settings" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveFocus());
    const from = screen.getByLabelText("From month");
    expect(from).toHaveAttribute("aria-invalid", "true");
    expect(from).toHaveAccessibleDescription(
      /Error: The rating rule changes: enter the first month it applies to/,
    );
    expect(screen.getByLabelText("Reason")).toHaveAccessibleDescription(
      /Error: Say why the rating rule changes/,
    );
    fireEvent.change(screen.getByLabelText("Tolerance"), { target: { value: "wide" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the settings" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Tolerance")).toHaveAccessibleDescription(
        /Error: Enter the tolerance as a number/,
      ),
    );
    expect(puts(sent)).toEqual([]);
  });

  it("sends only the changed fields with the month and reason, then shows the earlier rule", async () => {
    const sent = stub(({ body }) =>
      json({
        ...reReferrals,
        ...(body as object),
        dfeMeasureId: null,
        earlierRules: [
          {
            effectiveUntil: "2018-04",
            polarity: "lower_is_better",
            baselineKind: "previous_6_months_cumulative",
            baselineLabel: "Prev. 6 months",
            baselineMonth: null,
            tolerance: null,
            trendThreshold: null,
            reason: "Board agreed a wider band",
            recordedAt: "2026-12-02T10:00:00.000Z",
          },
        ],
      }),
    );
    await renderPage();
    fireEvent.change(screen.getByLabelText("Tolerance"), { target: { value: "2.5" } });
    fireEvent.change(screen.getByLabelText("Notes"), { target: { value: "Wider band from April" } });
    fireEvent.change(screen.getByLabelText("DfE measure benchmarked against"), { target: { value: "none" } });
    fireEvent.change(screen.getByLabelText("From month"), { target: { value: "2018-04" } });
    fireEvent.change(screen.getByLabelText("Reason"), { target: { value: "Board agreed a wider band" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the settings" }));
    expect(
      await screen.findByText(
        "Re-referrals: the settings are saved. The new rating rule applies from April 2018; earlier months keep the rule they were rated by.",
      ),
    ).toBeVisible();
    expect(puts(sent).map((request) => [request.path, request.body])).toEqual([
      [
        "/api/orgs/coventry/indicators/re-referrals",
        {
          notes: "Wider band from April",
          tolerance: 2.5,
          dfeMeasureId: null,
          effectiveFrom: "2018-04",
          reason: "Board agreed a wider band",
        },
      ],
    ]);
    const rule = screen.getByRole("rowheader", { name: "Rule in force before April 2018" }).closest("tr");
    expect(within(rule as HTMLElement).getByText("Board agreed a wider band")).toBeVisible();
    // The form starts again from the values saved, month and reason cleared.
    expect(screen.getByLabelText("Tolerance")).toHaveValue("2.5");
    expect(screen.getByLabelText("From month")).toHaveValue("");
  });

  it("puts the server's refusal on the field it names, semicolon and all", async () => {
    stub(() =>
      apiError(
        409,
        "effectiveFrom: the rating rule already changed from 2018-04; a new change must apply from a later month",
      ),
    );
    await renderPage();
    fireEvent.change(screen.getByLabelText("Which direction is good"), { target: { value: "neutral" } });
    fireEvent.change(screen.getByLabelText("From month"), { target: { value: "2018-03" } });
    fireEvent.change(screen.getByLabelText("Reason"), { target: { value: "Context only" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the settings" }));
    await waitFor(() =>
      expect(screen.getByLabelText("From month")).toHaveAccessibleDescription(
        /Error: The rating rule already changed from 2018-04; a new change must apply from a later month$/,
      ),
    );
  });

  it("names a DfE measure the server does not hold on the DfE measure field", async () => {
    stub(() => apiError(422, 'dfeMeasureId: "children-in-need" is not a DfE measure held'));
    await renderPage();
    const dfe = screen.getByLabelText("DfE measure benchmarked against");
    await waitFor(() => expect(within(dfe).getAllByRole("option")).toHaveLength(4));
    fireEvent.change(dfe, { target: { value: "children-in-need" } });
    fireEvent.click(screen.getByRole("button", { name: "Save the settings" }));
    await waitFor(() =>
      expect(dfe).toHaveAccessibleDescription(/Error: "children-in-need" is not a DfE measure held$/),
    );
  });

  it("shows no form to someone who is not an org admin", async () => {
    stub(() => apiError(500, "not called"));
    await renderInRouter(
      <IndicatorSettingsPage
        org="coventry"
        organisationName="Coventry"
        indicatorId="re-referrals"
        canEdit={false}
      />,
      "/sign-in",
    );
    expect(await screen.findByText(/Only the organisation's org admins/)).toBeVisible();
    expect(screen.queryByLabelText("Title")).toBeNull();
  });
});
