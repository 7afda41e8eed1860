import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { targets } from "../../db/schema.ts";
import type { SignedIn } from "../../test/auth-fixture.ts";
import { organisationPeople } from "../../test/org-people.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";
const URL = `${ORG}/indicators/re-referrals/targets`;

describe.each(databaseLanes())("POST /api/orgs/:org/indicators/:id/targets on $name", (lane) => {
  const context = useSeededApp(lane);
  const as = organisationPeople(context, "birmingham");

  const addTarget = (who: SignedIn | null, payload: object, url = URL) =>
    context.app.inject({ method: "POST", url, headers: who?.headers ?? {}, payload });
  const storedTargets = async () =>
    (
      await context.database.db
        .select({ n: count() })
        .from(targets)
        .where(eq(targets.indicatorId, "re-referrals"))
    )[0]?.n;
  const cityRow = async (period: string) => {
    const card = await context.app.inject({ method: "GET", url: `${ORG}/scorecard?period=${period}` });
    return card.json().rows.find((row: { indicatorId: string }) => row.indicatorId === "re-referrals");
  };

  it("adds a target from a month: the history, the scorecard from that month on and the series show it", async () => {
    const approver = await as("approver", "approver");
    const januaryBefore = await cityRow("2018-01");
    const added = await addTarget(approver, {
      effectiveFrom: "2018-02",
      value: 15,
      reason: "The board set a stretch target",
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().targets.at(-1)).toMatchObject({
      effectiveFrom: "2018-02",
      value: 15,
      reason: "The board set a stretch target",
    });

    const history = await context.app.inject({ method: "GET", url: URL });
    expect(history.json().targets.at(-1)).toMatchObject({ effectiveFrom: "2018-02", value: 15 });

    expect(await cityRow("2018-01")).toEqual(januaryBefore);
    for (const period of ["2018-02", "2018-03"]) {
      expect(await cityRow(period)).toMatchObject({ target: 15, targetEffectiveFrom: "2018-02" });
    }
    const series = await context.app.inject({ method: "GET", url: `${ORG}/indicators/re-referrals/series` });
    const points = series.json().points as { period: string; target: number | null }[];
    expect(points.find((point) => point.period === "2018-03")?.target).toBe(15);
    expect(points.find((point) => point.period === "2018-01")?.target).toBe(januaryBefore.target);
  });

  it("records no target from a month with a null value", async () => {
    const approver = await as("approver", "approver");
    const added = await addTarget(approver, {
      effectiveFrom: "2019-04",
      value: null,
      reason: "Measure retired",
    });
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().targets.at(-1)).toMatchObject({ effectiveFrom: "2019-04", value: null });
  });

  it("is audited: the trail shows the new target and who added it", async () => {
    const admin = await as("admin", "org_admin");
    const trail = await context.app.inject({
      method: "GET",
      url: `${ORG}/audit?table=targets`,
      headers: { cookie: admin.cookie },
    });
    expect(trail.statusCode, trail.body).toBe(200);
    const entry = trail
      .json()
      .entries.find(
        (row: { after: { effective_from?: string } | null }) => row.after?.effective_from === "2018-02",
      );
    expect(entry).toMatchObject({
      action: "insert",
      table: "targets",
      actor: { kind: "user", label: "approver@birmingham.example.org" },
      after: { indicator_id: "re-referrals", value: 15, reason: "The board set a stretch target" },
    });
  });

  it("refuses a second target for the same month (409), an unknown indicator (404) and bad bodies, storing nothing", async () => {
    const approver = await as("approver", "approver");
    const before = await storedTargets();
    const again = await addTarget(approver, {
      effectiveFrom: "2018-02",
      value: 12,
      reason: "Changed our minds",
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().message).toMatch(
      /^effectiveFrom: "Re-referrals" already has a target from February 2018/,
    );

    const unknown = await addTarget(
      approver,
      { effectiveFrom: "2018-02", value: 1, reason: "x" },
      `${ORG}/indicators/no-such-thing/targets`,
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toMatch(/^id: no indicator "no-such-thing"/);

    const cases: [object, number, RegExp][] = [
      [{ value: 15, reason: "No month" }, 400, /effectiveFrom/],
      [{ effectiveFrom: "2018-13", value: 15, reason: "Bad month" }, 400, /effectiveFrom/],
      [{ effectiveFrom: "2018-05", value: 15 }, 400, /reason/],
      [{ effectiveFrom: "2018-05", value: 15, reason: "   " }, 400, /reason: say why/],
      [{ effectiveFrom: "2018-05", value: "fifteen", reason: "Text" }, 400, /value/],
      [
        { effectiveFrom: "2018-05", value: 120, reason: "Over 100%" },
        422,
        /^value: a percentage target is at most 100/,
      ],
      [{ effectiveFrom: "2018-05", value: -1, reason: "Negative" }, 422, /^value: /],
    ];
    for (const [payload, status, message] of cases) {
      const response = await addTarget(approver, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json().message).toMatch(message);
    }
    expect(await storedTargets()).toBe(before);
  });

  it("is for approvers and above: anonymous 401, an editor 403", async () => {
    const payload = { effectiveFrom: "2018-06", value: 10, reason: "Not allowed" };
    expect((await addTarget(null, payload)).statusCode).toBe(401);
    expect((await addTarget(await as("editor", "editor"), payload)).statusCode).toBe(403);
  });
});
