import { ragRating } from "@scorecard/shared/rag-rating";
import { describe, expect, it } from "vitest";
import type { SignedIn } from "../../test/auth-fixture.ts";
import { organisationPeople } from "../../test/org-people.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";

interface Row {
  indicatorId: string;
  title: string;
  polarity: string;
  value: number | null;
  target: number | null;
  rag: string | null;
  benchmarks: { origin: string }[];
}

describe.each(databaseLanes())("PUT /api/orgs/:org/indicators/:id on $name", (lane) => {
  const context = useSeededApp(lane);
  const as = organisationPeople(context, "birmingham");

  const put = (who: SignedIn | null, id: string, payload: object) =>
    context.app.inject({
      method: "PUT",
      url: `${ORG}/indicators/${id}`,
      headers: who?.headers ?? {},
      payload,
    });
  const row = async (period: string, id = "re-referrals"): Promise<Row> => {
    const card = await context.app.inject({ method: "GET", url: `${ORG}/scorecard?period=${period}` });
    return card.json().rows.find((candidate: Row) => candidate.indicatorId === id);
  };
  const seriesRags = async () => {
    const series = await context.app.inject({ method: "GET", url: `${ORG}/indicators/re-referrals/series` });
    return new Map(
      (series.json().points as { period: string; rag: string | null }[]).map((point) => [
        point.period,
        point.rag,
      ]),
    );
  };
  const indicator = async (id: string) => {
    const list = await context.app.inject({ method: "GET", url: `${ORG}/indicators` });
    return list.json().indicators.find((candidate: { id: string }) => candidate.id === id);
  };
  const audit = async (table: string) => {
    const admin = await as("admin", "org_admin");
    const trail = await context.app.inject({
      method: "GET",
      url: `${ORG}/audit?table=${table}`,
      headers: { cookie: admin.cookie },
    });
    return trail.json().entries as {
      action: string;
      before: Record<string, unknown> | null;
      after: Record<string, unknown> | null;
      actor: { label: string };
    }[];
  };

  it("changes a rating rule from a month: earlier months keep the rule they were judged by", async () => {
    const admin = await as("admin", "org_admin");
    const decemberBefore = await row("2017-12");
    const januaryBefore = await row("2018-01");
    const seriesBefore = await seriesRags();
    expect(januaryBefore).toMatchObject({ polarity: "lower_is_better" });

    const changed = await put(admin, "re-referrals", {
      polarity: "higher_is_better",
      tolerance: 0,
      effectiveFrom: "2018-01",
      reason: "Redefined as re-referrals caught early",
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      id: "re-referrals",
      polarity: "higher_is_better",
      tolerance: 0,
      earlierRules: [
        {
          effectiveUntil: "2018-01",
          polarity: "lower_is_better",
          tolerance: null,
          reason: "Redefined as re-referrals caught early",
        },
      ],
    });

    expect(await row("2017-12")).toEqual(decemberBefore);
    const january = await row("2018-01");
    const expected = ragRating({
      value: january.value,
      target: january.target,
      polarity: "higher_is_better",
      tolerance: 0,
    });
    expect(january).toMatchObject({ polarity: "higher_is_better", rag: expected });
    expect(expected).not.toBe(januaryBefore.rag);

    const seriesAfter = await seriesRags();
    for (const [period, rag] of seriesBefore) {
      if (period < "2018-01") expect(seriesAfter.get(period), period).toBe(rag);
    }
    expect(seriesAfter.get("2018-01")).toBe(expected);
  });

  it("shows the change in the audit trail: the indicator's before and after, and the rule kept", async () => {
    const updates = (await audit("indicators")).filter((entry) => entry.action === "update");
    expect(updates[0]).toMatchObject({
      actor: { label: "admin@birmingham.example.org" },
      before: { polarity: "lower_is_better", tolerance: null },
      after: { polarity: "higher_is_better", tolerance: 0 },
    });
    expect((await audit("indicator_rule_versions"))[0]).toMatchObject({
      action: "insert",
      after: { indicator_id: "re-referrals", effective_until: "2018-01", polarity: "lower_is_better" },
    });
  });

  it("needs the month and reason for a rule change, naming the field, and refuses a month already passed", async () => {
    const admin = await as("admin", "org_admin");
    const noMonth = await put(admin, "re-referrals", { trendThreshold: 2, reason: "Tighter" });
    expect(noMonth.statusCode).toBe(422);
    expect(noMonth.json().message).toMatch(/^effectiveFrom: a change of trendThreshold applies from a month/);
    const noReason = await put(admin, "re-referrals", {
      baselineKind: "rolling_12_months",
      effectiveFrom: "2018-03",
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().message).toMatch(/^reason:/);
    const samePoint = await put(admin, "re-referrals", {
      tolerance: 1,
      effectiveFrom: "2018-01",
      reason: "Again",
    });
    expect(samePoint.statusCode).toBe(409);
    expect(samePoint.json().message).toMatch(/^effectiveFrom: the rating rule already changed from 2018-01/);
    expect(await indicator("re-referrals")).toMatchObject({
      tolerance: 0,
      trendThreshold: null,
      baselineKind: "previous_6_months_cumulative",
    });
  });

  it("changes other fields in place, for every month", async () => {
    const admin = await as("admin", "org_admin");
    const changed = await put(admin, "cp-visits", {
      title: "CP visits within 10 working days",
      notes: "Renamed by the board",
      decimals: 1,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({
      title: "CP visits within 10 working days",
      decimals: 1,
      earlierRules: [],
    });
    expect(await indicator("cp-visits")).toMatchObject({
      title: "CP visits within 10 working days",
      notes: "Renamed by the board",
    });
    expect((await row("2016-04", "cp-visits")).title).toBe("CP visits within 10 working days");
  });

  it("benchmarks against the DfE measure the indicator names, which must be in the catalogue", async () => {
    const admin = await as("admin", "org_admin");
    const dfe = (r: Row) => r.benchmarks.filter((benchmark) => benchmark.origin === "dfe").length;
    expect(dfe(await row("2017-12", "cp-plans"))).toBeGreaterThan(0);
    expect(dfe(await row("2017-12", "cin-supported-at-home"))).toBe(0);

    const bogus = await put(admin, "cp-plans", { dfeMeasureId: "made-up-measure" });
    expect(bogus.statusCode).toBe(422);
    expect(bogus.json().message).toMatch(/^dfeMeasureId: "made-up-measure" is not a DfE measure/);

    expect((await put(admin, "cp-plans", { dfeMeasureId: null })).statusCode).toBe(200);
    expect(dfe(await row("2017-12", "cp-plans"))).toBe(0);
    const catalogue = await context.app.inject({ method: "GET", url: "/api/benchmarks/catalogue" });
    expect(catalogue.json().measures.map((measure: { id: string }) => measure.id)).toContain(
      "children-in-need",
    );
    expect((await put(admin, "cin-supported-at-home", { dfeMeasureId: "children-in-need" })).statusCode).toBe(
      200,
    );
    expect(dfe(await row("2017-12", "cin-supported-at-home"))).toBeGreaterThan(0);
  });

  it("refuses an unknown indicator (404), an unknown or bad field (400), and anyone below org admin", async () => {
    const admin = await as("admin", "org_admin");
    expect((await put(admin, "no-such-thing", { title: "x" })).statusCode).toBe(404);
    const typo = await put(admin, "re-referrals", { polarty: "neutral" });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().message).toMatch(/polarty/);
    const bad = await put(admin, "re-referrals", {
      polarity: "sideways",
      effectiveFrom: "2018-03",
      reason: "x",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/polarity/);
    expect((await put(null, "re-referrals", { title: "x" })).statusCode).toBe(401);
    expect((await put(await as("approver", "approver"), "re-referrals", { title: "x" })).statusCode).toBe(
      403,
    );
    expect((await indicator("re-referrals")).title).toBe("Re-referrals");
  });
});
