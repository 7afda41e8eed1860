import { count } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createToken } from "../../auth/token-service.ts";
import type { Database } from "../../db/database.ts";
import { organisations, publishedStatistics } from "../../db/schema.ts";
import { systemActor } from "../../db/write-transaction.ts";
import { EES_FILES, eesFilesAvailable, readEesFile } from "../../test/ees-files.ts";
import { buildTestApp } from "../../test/test-app.ts";
import { databaseLanes, openSeededDatabase } from "../../test/test-database.ts";

describe.runIf(eesFilesAvailable).each(databaseLanes())("POST /api/admin/statistics on $name", (lane) => {
  let database: Database;
  let app: FastifyInstance;
  let TOKEN: string;
  let orgToken: string;

  beforeAll(async () => {
    database = await openSeededDatabase(lane);
    app = await buildTestApp(database);
    const context = { actor: systemActor("test"), organisationId: null };
    TOKEN = (await createToken(database.db, context, { name: "import", role: null }, null)).token;
    const [birmingham] = await database.db.select().from(organisations);
    orgToken = (
      await createToken(
        database.db,
        { ...context, organisationId: birmingham?.id ?? 0 },
        { name: "org", role: "org_admin" },
        null,
      )
    ).token;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const statisticsCount = async () =>
    (await database.db.select({ rows: count() }).from(publishedStatistics))[0]?.rows ?? 0;
  const upload = (body: string, options: { file?: string; token?: string | null; type?: string } = {}) =>
    app.inject({
      method: "POST",
      url: `/api/admin/statistics${options.file === undefined ? "?file=upload.csv" : options.file}`,
      headers: {
        "content-type": options.type ?? "text/csv",
        ...(options.token === null ? {} : { authorization: `Bearer ${options.token ?? TOKEN}` }),
      },
      payload: body,
    });

  it("is for the installation admin only: refuses no token, a wrong one and an organisation's", async () => {
    expect((await upload("a\n", { token: orgToken })).statusCode).toBe(403);
    expect((await upload("a\n", { token: null })).statusCode).toBe(401);
    expect((await upload("a\n", { token: "wrong-token-wrong-token" })).statusCode).toBe(401);
  });

  it("re-imports the seeded referrals file without changing a figure", async () => {
    const before = await statisticsCount();
    const response = await upload(readEesFile(EES_FILES.c1), { file: `?file=${EES_FILES.c1}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "imported", measures: ["re-referrals"], rows: 2132 });
    expect(await statisticsCount()).toBe(before);
    const again = await upload(readEesFile(EES_FILES.c1), { file: `?file=${EES_FILES.c1}` });
    expect(again.json().status).toBe("unchanged");
    const figure = await app.inject({
      method: "GET",
      url: "/api/benchmarks?indicator=re-referrals&la=330&year=2025",
    });
    expect(figure.json().value).toBe(20.7);
  });

  it("answers a malformed file with 422 naming file, line and column, and stores nothing", async () => {
    const before = await statisticsCount();
    const broken = readEesFile(EES_FILES.c1).replace(/\n2025,/, "\n20x5,");
    const response = await upload(broken, { file: "?file=c1-broken.csv" });
    expect(response.statusCode).toBe(422);
    expect(response.json().message).toMatch(/^c1-broken\.csv line 2, column "time_period"/);
    expect(await statisticsCount()).toBe(before);
  });

  it("answers bad requests with 400 and an oversized upload with 413", async () => {
    const noName = await upload("x", { file: "" });
    expect(noName.statusCode).toBe(400);
    expect(noName.json().message).toMatch(/file/);
    const empty = await upload("", {});
    expect(empty.statusCode).toBe(400);
    const huge = await upload("x".repeat(21 * 1024 * 1024));
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ statusCode: 413, error: "Payload Too Large" });
    const json = await upload("{}", { type: "application/json" });
    expect(json.statusCode).toBe(400);
  });
});
