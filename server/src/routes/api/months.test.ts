import type { Role } from "@scorecard/shared/roles";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, organisations } from "../../db/schema.ts";
import { makeUser, type SignedIn, signIn } from "../../test/auth-fixture.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";
const MONTH = "2018-04";

/** April 2018's return, by hand: re-referrals 80 of 400 (20%) citywide, the areas adding up. */
const aprilFigures = (cityReReferrals = 80) => [
  { indicator: "re-referrals", area: "city", numerator: cityReReferrals, denominator: 400 },
  { indicator: "children-in-care", area: "city", value: 1900 },
  { indicator: "caseload", area: "city", value: 17.5 },
];

describe.each(databaseLanes())("the monthly cycle on $name", (lane) => {
  const context = useSeededApp(lane);
  const people: Partial<Record<string, SignedIn>> = {};

  async function as(name: string, role: Role): Promise<SignedIn> {
    const existing = people[name];
    if (existing) return existing;
    const [birmingham] = await context.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    const user = await makeUser(context.database, {
      organisationId: birmingham?.id ?? 0,
      role,
      email: `${name}@example.org`,
    });
    const session = await signIn(context.app, user.email);
    people[name] = session;
    return session;
  }

  const post = async (url: string, who: SignedIn, payload?: object) =>
    context.app.inject({ method: "POST", url, headers: who.headers, ...(payload ? { payload } : {}) });
  const putFigures = async (who: SignedIn, figures: object[], period = MONTH) =>
    context.app.inject({
      method: "PUT",
      url: `${ORG}/months/${period}/figures`,
      headers: who.headers,
      payload: { figures },
    });
  const scorecard = async (who?: SignedIn, period = MONTH) =>
    context.app.inject({
      method: "GET",
      url: `${ORG}/scorecard?period=${period}`,
      ...(who ? { headers: { cookie: who.cookie } } : {}),
    });
  const rowOf = (body: { rows: { indicatorId: string }[] }, id: string) =>
    body.rows.find((row) => row.indicatorId === id) as Record<string, unknown> | undefined;

  it("takes a month from the first save to the public scorecard, with four eyes", async () => {
    const editor = await as("editor", "editor");
    const approver = await as("approver", "approver");
    const secondApprover = await as("second-approver", "approver");
    const viewer = await as("viewer", "viewer");

    const saved = await putFigures(editor, aprilFigures());
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ period: MONTH, revision: 1, rows: 3 });

    // Hidden from the public and viewers, shown to editors as a draft.
    const hidden = await scorecard();
    expect(hidden.statusCode).toBe(404);
    expect(hidden.json().message).toMatch(/April 2018 is not published/);
    expect((await scorecard(viewer)).statusCode).toBe(404);
    const publicMonths = await context.app.inject({ method: "GET", url: `${ORG}/months` });
    expect(publicMonths.json().months.map((m: { period: string }) => m.period)).not.toContain(MONTH);
    const draft = await scorecard(editor);
    expect(draft.statusCode, draft.body).toBe(200);
    expect(draft.json()).toMatchObject({ status: "draft", monthState: "draft", revised: null });
    expect(rowOf(draft.json(), "re-referrals")).toMatchObject({ value: 20, numerator: 80, denominator: 400 });

    const commentary = await context.app.inject({
      method: "PUT",
      url: `${ORG}/months/${MONTH}/commentary/re-referrals`,
      headers: editor.headers,
      payload: { body: "Re-referrals fell to one in five.\n\nThe MASH review explains most of it." },
    });
    expect(commentary.statusCode, commentary.body).toBe(200);

    // An editor may submit but not approve; an approver may not approve what they submitted.
    expect((await post(`${ORG}/months/${MONTH}/approve`, editor)).statusCode).toBe(403);
    expect((await post(`${ORG}/months/${MONTH}/submit`, approver)).json()).toMatchObject({
      state: "submitted",
      submittedBy: "approver@example.org",
    });
    const ownApproval = await post(`${ORG}/months/${MONTH}/approve`, approver);
    expect(ownApproval.statusCode).toBe(403);
    expect(ownApproval.json().message).toMatch(/someone else/);
    expect((await post(`${ORG}/months/${MONTH}/publish`, secondApprover)).statusCode).toBe(409);
    expect((await post(`${ORG}/months/${MONTH}/approve`, secondApprover)).json()).toMatchObject({
      state: "approved",
    });
    // Changing figures after approval is refused until the month is returned.
    expect((await putFigures(editor, aprilFigures(81))).statusCode).toBe(409);
    const published = await post(`${ORG}/months/${MONTH}/publish`, secondApprover);
    expect(published.json()).toMatchObject({ state: "published", revision: 1, publishedRevision: 1 });
    expect(published.json().history.map((entry: { event: string }) => entry.event)).toEqual([
      "open",
      "figures",
      "commentary",
      "submit",
      "approve",
      "publish",
    ]);

    const seen = await scorecard();
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({ status: "published", monthState: "published", revised: null });
    const row = rowOf(seen.json(), "re-referrals");
    expect(row).toMatchObject({ value: 20, numerator: 80, denominator: 400, source: "published" });
    expect(row?.commentary).toBe("Re-referrals fell to one in five.\n\nThe MASH review explains most of it.");
    expect(row?.rag).not.toBeNull();
    expect(rowOf(seen.json(), "children-in-care")).toMatchObject({ value: 1900 });
    const months = await context.app.inject({ method: "GET", url: `${ORG}/months` });
    expect(months.json().months[0]).toMatchObject({
      period: MONTH,
      state: "published",
      publishedRevision: 1,
    });
  });

  it("refuses steps out of order, and steps that need a reason without one", async () => {
    const approver = await as("approver", "approver");
    const again = await post(`${ORG}/months/${MONTH}/submit`, approver);
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(/Only submit a draft: this month is published/);
    const noReason = await post(`${ORG}/months/${MONTH}/reopen`, approver);
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().message).toMatch(/^reason/);
    expect((await post(`${ORG}/months/2019-01/submit`, approver)).statusCode).toBe(409);
    const opened = await post(`${ORG}/months/2019-01`, approver);
    expect(opened.statusCode).toBe(201);
    expect((await post(`${ORG}/months/2019-01`, approver)).statusCode).toBe(409);
    const empty = await post(`${ORG}/months/2019-01/submit`, approver);
    expect(empty.statusCode).toBe(409);
    expect(empty.json().message).toMatch(/no figures/);
  });

  it("corrects a published month in the open: the public keeps the old figures until the correction is published", async () => {
    const editor = await as("editor", "editor");
    const approver = await as("approver", "approver");
    const secondApprover = await as("second-approver", "approver");

    const reopened = await post(`${ORG}/months/${MONTH}/reopen`, approver, {
      reason: "Late recording of 4 re-referrals",
    });
    expect(reopened.json()).toMatchObject({ state: "draft", revision: 2, publishedRevision: 1 });
    const detail = await context.app.inject({
      method: "GET",
      url: `${ORG}/months/${MONTH}`,
      headers: { cookie: editor.cookie },
    });
    expect(detail.json().figures).toHaveLength(3);
    expect(detail.json().commentary).toHaveLength(1);

    expect((await putFigures(editor, aprilFigures(84))).statusCode).toBe(200);
    expect(rowOf((await scorecard()).json(), "re-referrals")).toMatchObject({ numerator: 80 });
    expect((await scorecard(editor)).json()).toMatchObject({ status: "draft" });
    expect(rowOf((await scorecard(editor)).json(), "re-referrals")).toMatchObject({
      numerator: 84,
      value: 21,
    });

    await post(`${ORG}/months/${MONTH}/submit`, editor);
    await post(`${ORG}/months/${MONTH}/approve`, secondApprover);
    expect((await post(`${ORG}/months/${MONTH}/publish`, approver)).json()).toMatchObject({
      publishedRevision: 2,
    });

    const corrected = (await scorecard()).json();
    expect(rowOf(corrected, "re-referrals")).toMatchObject({ numerator: 84, value: 21 });
    expect(corrected.revised).toMatchObject({ revision: 2, reason: "Late recording of 4 re-referrals" });
    expect(corrected.revised.on).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const revisions = (
      await context.app.inject({ method: "GET", url: `${ORG}/months/${MONTH}/revisions` })
    ).json();
    const reReferrals = (revision: { figures: { indicator: string; area: string; numerator: number }[] }) =>
      revision.figures.find((figure) => figure.indicator === "re-referrals" && figure.area === "city")
        ?.numerator;
    expect(revisions.revisions.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    expect(reReferrals(revisions.revisions[0])).toBe(80);
    expect(reReferrals(revisions.revisions[1])).toBe(84);
    expect(revisions.revisions[1].reason).toBe("Late recording of 4 re-referrals");

    const series = (
      await context.app.inject({ method: "GET", url: `${ORG}/indicators/re-referrals/series` })
    ).json();
    expect(series.revisions).toEqual([
      expect.objectContaining({ period: MONTH, revision: 2, reason: "Late recording of 4 re-referrals" }),
    ]);

    // The trail says who changed what.
    const trail = await context.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tableName, "months"), eq(auditLog.actorLabel, "approver@example.org")));
    expect(trail.length).toBeGreaterThan(0);
  });

  it("reopens a month published before the cycle and republishes it unchanged, keeping its sources", async () => {
    const approver = await as("approver", "approver");
    const secondApprover = await as("second-approver", "approver");
    const before = (await scorecard(undefined, "2017-12")).json();
    expect(before).toMatchObject({ status: "published", monthState: null, revised: null });

    await post(`${ORG}/months/2017-12/reopen`, approver, { reason: "Checking the restated figures" });
    expect((await scorecard(undefined, "2017-12")).json().rows).toEqual(before.rows);
    await post(`${ORG}/months/2017-12/submit`, approver);
    await post(`${ORG}/months/2017-12/approve`, secondApprover);
    await post(`${ORG}/months/2017-12/publish`, secondApprover);

    const after = (await scorecard(undefined, "2017-12")).json();
    expect(after.rows).toEqual(before.rows);
    expect(after.revised).toMatchObject({ revision: 2, reason: "Checking the restated figures" });
    const history = (
      await context.app.inject({ method: "GET", url: `${ORG}/months/2017-12/revisions` })
    ).json();
    expect(history.revisions[0]).toMatchObject({ revision: 1, publishedAt: null });
    expect(history.revisions[0].figures.length).toBe(history.revisions[1].figures.length);
  });
});
