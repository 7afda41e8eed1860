import { brotliDecompressSync, gunzipSync } from "node:zlib";
import type { Role } from "@scorecard/shared/roles";
import { eq, sql } from "drizzle-orm";
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readDataVersions } from "../../db/data-versions.ts";
import { type Database, openPostgres } from "../../db/database.ts";
import { organisations } from "../../db/schema.ts";
import { makeUser, type SignedIn, signIn } from "../../test/auth-fixture.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { buildTestApp } from "../../test/test-app.ts";
import { type DatabaseLane, databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";
const DECEMBER = `${ORG}/scorecard?period=2017-12`;

describe.each(databaseLanes())("the read cache on $name", (lane) => {
  const context = useSeededApp(lane);
  let uncached: FastifyInstance;
  let birminghamId: number;
  const people: Partial<Record<string, SignedIn>> = {};

  beforeAll(async () => {
    // The same database without the cache: what every read should answer.
    uncached = await buildTestApp(context.database, { READ_CACHE: "off" });
    const [birmingham] = await context.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    birminghamId = birmingham?.id ?? 0;
  });
  afterAll(() => uncached?.close());

  async function as(name: string, role: Role): Promise<SignedIn> {
    const existing = people[name];
    if (existing) return existing;
    const user = await makeUser(context.database, {
      organisationId: birminghamId,
      role,
      email: `${name}@example.org`,
    });
    people[name] = await signIn(context.app, user.email);
    return people[name];
  }
  const get = (url: string, who?: SignedIn, headers: Record<string, string> = {}, app = context.app) =>
    app.inject({ method: "GET", url, headers: { ...headers, ...(who ? { cookie: who.cookie } : {}) } });
  const write = (method: "POST" | "PUT", url: string, who: SignedIn, payload?: object) =>
    context.app.inject({ method, url, headers: who.headers, ...(payload ? { payload } : {}) });
  const organisationVersion = async () =>
    (await readDataVersions(context.database.db, birminghamId)).organisation;
  const bodyOf = (response: LightMyRequestResponse) => ({ status: response.statusCode, body: response.body });

  it("answers with a strong ETag and no-cache, the same bytes as the route, and 304 for a matching If-None-Match", async () => {
    const first = await get(DECEMBER);
    expect(first.statusCode).toBe(200);
    expect(first.headers.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(first.headers["cache-control"]).toBe("no-cache");
    const second = await get(DECEMBER);
    expect(second.body).toBe(first.body);
    expect(second.headers.etag).toBe(first.headers.etag);
    expect(second.headers["content-type"]).toBe(first.headers["content-type"]);

    const plain = await get(DECEMBER, undefined, {}, uncached);
    expect(plain.body).toBe(first.body);
    expect(plain.headers.etag).toBeUndefined();

    const etag = String(first.headers.etag);
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`]) {
      const revalidated = await get(DECEMBER, undefined, { "if-none-match": ifNoneMatch });
      expect(revalidated.statusCode, ifNoneMatch).toBe(304);
      expect(revalidated.body).toBe("");
      expect(revalidated.headers.etag).toBe(etag);
    }
    expect((await get(DECEMBER, undefined, { "if-none-match": '"other"' })).statusCode).toBe(200);
  });

  it("serves every cacheable read as the route does, from the cache the second time", async () => {
    const urls = [
      "/api/scorecard?period=2017-12",
      "/api/areas",
      "/api/indicators",
      "/api/periods",
      "/api/indicators/re-referrals/series",
      "/api/indicators/re-referrals/targets",
      `${ORG}/months`,
      `${ORG}/months/2017-12/revisions`,
      "/api/benchmarks/catalogue",
      "/api/scorecard?period=1999-01",
      "/api/indicators/no-such-indicator/series",
    ];
    for (const url of urls) {
      const expected = bodyOf(await get(url, undefined, {}, uncached));
      expect(bodyOf(await get(url)), url).toEqual(expected);
      expect(bodyOf(await get(url)), url).toEqual(expected);
    }
  });

  it("compresses JSON above 1 KB for gzip and br, the same bytes from the route and from the cache", async () => {
    const plain = (await get(DECEMBER)).body;
    for (const encoding of ["gzip, br", "gzip"]) {
      for (const url of [DECEMBER, `${DECEMBER}&compressed=${encodeURIComponent(encoding)}`]) {
        for (const round of [1, 2]) {
          const response = await get(url, undefined, { "accept-encoding": encoding });
          const sent = response.headers["content-encoding"];
          expect(sent, `${encoding} ${round}`).toBe(encoding === "gzip" ? "gzip" : "br");
          const bytes = response.rawPayload;
          const text = (sent === "br" ? brotliDecompressSync(bytes) : gunzipSync(bytes)).toString();
          if (url === DECEMBER) expect(text).toBe(plain);
          else expect(JSON.parse(text)).toEqual(JSON.parse(plain));
        }
      }
    }
    const small = await get("/api/health", undefined, { "accept-encoding": "gzip, br" });
    expect(small.headers["content-encoding"]).toBeUndefined();
  });

  it("a write through the API makes the next read fresh at once, with a new ETag", async () => {
    const approver = await as("target-setter", "approver");
    const before = await get(DECEMBER);
    const added = await write("POST", `${ORG}/indicators/re-referrals/targets`, approver, {
      effectiveFrom: "2017-12",
      value: 12.5,
      reason: "The board set a stretch target",
    });
    expect(added.statusCode, added.body).toBe(201);
    const after = await get(DECEMBER, undefined, { "if-none-match": String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    const row = after
      .json()
      .rows.find((line: { indicatorId: string }) => line.indicatorId === "re-referrals");
    expect(row.target).toBe(12.5);
    expect(after.body).toBe((await get(DECEMBER, undefined, {}, uncached)).body);
  });

  it("a change made in SQL, as another process would, is seen within the poll interval (under 1 s)", async () => {
    const before = await get(DECEMBER);
    await context.database.db.execute(
      sql`update commentaries set body = 'Rewritten in SQL' where period = '2017-12' and indicator_id = 're-referrals'`,
    );
    const started = Date.now();
    let after = await get(DECEMBER, undefined, { "if-none-match": String(before.headers.etag) });
    while (after.statusCode === 304 && Date.now() - started < 1000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await get(DECEMBER, undefined, { "if-none-match": String(before.headers.etag) });
    }
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.body).toContain("Rewritten in SQL");
    expect(after.body).toBe((await get(DECEMBER, undefined, {}, uncached)).body);
  });

  it("answers 304 when a write left the answer as it was, even though it had to recompute it", async () => {
    const before = await get(DECEMBER);
    await context.database.db.execute(sql`update observations set note = note where period = '2015-04'`);
    await context.app.dataVersionWatch?.refresh();
    const after = await get(DECEMBER, undefined, { "if-none-match": String(before.headers.etag) });
    expect(after.statusCode).toBe(304);
    expect(after.body).toBe("");
    expect(after.headers.etag).toBe(before.headers.etag);
  });

  it("never gives an anonymous reader or a viewer the draft an editor's read put in the cache", async () => {
    const editor = await as("editor", "editor");
    const approver = await as("approver", "approver");
    const viewer = await as("viewer", "viewer");
    const publicDecember = (await get(DECEMBER)).body;

    // A new month in draft, and a correction of a published one.
    expect(
      (await write("PUT", `${ORG}/months/2018-04/figures`, editor, { figures: draftFigures(80) })).statusCode,
    ).toBe(200);
    expect(
      (await write("POST", `${ORG}/months/2017-12/reopen`, approver, { reason: "Late recording" }))
        .statusCode,
    ).toBe(200);
    expect(
      (await write("PUT", `${ORG}/months/2017-12/figures`, editor, { figures: draftFigures(99) })).statusCode,
    ).toBe(200);

    const reads = [
      `${ORG}/scorecard?period=2018-04`,
      DECEMBER,
      `${ORG}/months`,
      "/api/scorecard?period=2017-12",
    ];
    for (const url of reads) {
      const draft = await get(url, editor);
      expect(draft.statusCode, url).toBe(200);
      expect(draft.body, url).toMatch(/"draft"/);
      // Warm twice, so the editor's answer is a cache hit before anyone else asks.
      expect((await get(url, editor)).body).toBe(draft.body);
      for (const reader of [undefined, viewer]) {
        const seen = await get(url, reader);
        expect(seen.body, url).not.toBe(draft.body);
        expect(bodyOf(seen), url).toEqual(bodyOf(await get(url, reader, {}, uncached)));
      }
    }
    expect((await get(`${ORG}/scorecard?period=2018-04`)).statusCode).toBe(404);
    // The correction's figures stay out of the public answer until it is published.
    const reReferrals = (body: string) =>
      (JSON.parse(body) as { rows: { indicatorId: string; numerator: number }[] }).rows.find(
        (row) => row.indicatorId === "re-referrals",
      )?.numerator;
    expect(reReferrals((await get(DECEMBER, editor)).body)).toBe(99);
    for (const reader of [undefined, viewer]) {
      expect(reReferrals((await get(DECEMBER, reader)).body)).toBe(reReferrals(publicDecember));
    }
  });

  it("every write route bumps the organisation's version once; a refused write does not", async () => {
    const editor = await as("editor", "editor");
    const approver = await as("approver", "approver");
    const secondApprover = await as("second-approver", "approver");
    const admin = await as("admin", "org_admin");
    const writes: [string, () => Promise<LightMyRequestResponse>, number][] = [
      ["open a month", () => write("POST", `${ORG}/months/2018-05`, editor), 201],
      [
        "save figures",
        () => write("PUT", `${ORG}/months/2018-05/figures`, editor, { figures: draftFigures(70) }),
        200,
      ],
      [
        "write commentary",
        () => write("PUT", `${ORG}/months/2018-05/commentary/re-referrals`, editor, { body: "Fewer." }),
        200,
      ],
      ["submit", () => write("POST", `${ORG}/months/2018-05/submit`, approver), 200],
      ["approve", () => write("POST", `${ORG}/months/2018-05/approve`, secondApprover), 200],
      ["publish", () => write("POST", `${ORG}/months/2018-05/publish`, secondApprover), 200],
      [
        "reopen",
        () => write("POST", `${ORG}/months/2018-05/reopen`, approver, { reason: "A late case" }),
        200,
      ],
      [
        "set a target",
        () =>
          write("POST", `${ORG}/indicators/re-referrals/targets`, approver, {
            effectiveFrom: "2018-06",
            value: 18,
            reason: "Board decision",
          }),
        201,
      ],
      [
        "change an indicator",
        () => write("PUT", `${ORG}/indicators/re-referrals`, admin, { notes: "Noted" }),
        200,
      ],
      [
        "add an area",
        () =>
          write("POST", `${ORG}/areas`, admin, {
            slug: "hodge-hill",
            name: "Hodge Hill",
            kind: "ward",
            parent: "east",
          }),
        201,
      ],
    ];
    for (const [what, send, status] of writes) {
      const before = await organisationVersion();
      const response = await send();
      expect(response.statusCode, `${what}: ${response.body}`).toBe(status);
      expect(await organisationVersion(), what).toBe((before ?? 0) + 1);
    }
    const before = await organisationVersion();
    expect((await write("POST", `${ORG}/months/2018-05/publish`, secondApprover)).statusCode).toBe(409);
    expect(
      (await write("PUT", `${ORG}/months/2018-05/figures`, editor, { figures: [{ indicator: "x" }] }))
        .statusCode,
    ).toBeGreaterThanOrEqual(400);
    expect(await organisationVersion()).toBe(before);
  });
});

/** Re-referrals for the city and one area, with a citywide numerator a test can tell apart. */
function draftFigures(cityReReferrals: number) {
  return [
    { indicator: "re-referrals", area: "city", numerator: cityReReferrals, denominator: 400 },
    { indicator: "children-in-care", area: "city", value: 1900 },
  ];
}

const postgresLane = databaseLanes().find((lane) => lane.name === "postgres");

describe.runIf(postgresLane)("two server processes on one PostgreSQL", () => {
  const context = useSeededApp(postgresLane as DatabaseLane);
  let secondDatabase: Database;
  let second: FastifyInstance;

  beforeAll(async () => {
    // Its own pool on the same database, as a second process would have.
    const result = await context.database.db.execute(sql`select current_database() as name`);
    const name = (result as unknown as { rows: { name: string }[] }).rows[0]?.name;
    const url = new URL(process.env.TEST_DATABASE_URL ?? "");
    url.pathname = `/${name}`;
    secondDatabase = await openPostgres(url.toString());
    second = await buildTestApp(secondDatabase);
  });
  afterAll(async () => {
    await second?.close();
    await secondDatabase?.close();
  });

  it("a month published through one is what the other serves within 1 s", async () => {
    const [birmingham] = await context.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    const sign = async (name: string, role: Role) => {
      const user = await makeUser(context.database, {
        organisationId: birmingham?.id ?? 0,
        role,
        email: `${name}@example.org`,
      });
      return signIn(context.app, user.email);
    };
    const editor = await sign("editor", "editor");
    const approver = await sign("approver", "approver");
    const secondApprover = await sign("second-approver", "approver");
    const step = (url: string, who: SignedIn, payload?: object, method: "POST" | "PUT" = "POST") =>
      context.app.inject({
        method,
        url: `${ORG}/months/2017-12${url}`,
        headers: who.headers,
        ...(payload ? { payload } : {}),
      });

    const before = await second.inject(DECEMBER);
    expect((await second.inject(DECEMBER)).body).toBe(before.body);
    expect((await step("/reopen", approver, { reason: "Late recording" })).statusCode).toBe(200);
    expect((await step("/figures", editor, { figures: draftFigures(123) }, "PUT")).statusCode).toBe(200);
    expect((await step("/submit", editor)).statusCode).toBe(200);
    expect((await step("/approve", approver)).statusCode).toBe(200);
    expect((await step("/publish", secondApprover)).statusCode).toBe(200);

    const published = Date.now();
    let after = await second.inject(DECEMBER);
    while (after.headers.etag === before.headers.etag && Date.now() - published < 1000) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      after = await second.inject(DECEMBER);
    }
    expect(after.headers.etag).not.toBe(before.headers.etag);
    expect(after.json().revised).toMatchObject({ revision: 2, reason: "Late recording" });
    expect(after.body).toBe((await context.app.inject(DECEMBER)).body);
  });
});
