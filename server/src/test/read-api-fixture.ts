import { gunzipSync, gzipSync } from "node:zlib";
import { eq } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import type { Db } from "../db/database.ts";
import { areaPopulations, areas, observations, organisations } from "../db/schema.ts";

/**
 * The read API's answers on the seeded data, kept as a committed fixture so a refactoring of how
 * they are computed can show it changed no byte. Captured by `scripts/capture-read-api.ts`,
 * compared by `routes/api/read-api-unchanged.test.ts`.
 */
export const readApiFixtureUrl = new URL("./read-api-responses.json.gz", import.meta.url);

/** The seed has no wards: a district made of two, with figures, so ward aggregation is covered too. */
export const WARD_DISTRICT = "fixture-district";

/**
 * Adds the ward-built district: two wards with figures for a ratio, a count and a mean indicator in
 * every seeded month (the district has none of its own, so it is built from them), populations, and
 * one breakdown row. Figures come from a formula on the month's position, so they are the same on
 * every run.
 */
export async function addWardDistrict(db: Db, months: readonly string[]): Promise<void> {
  const [birmingham] = await db.select().from(organisations).where(eq(organisations.slug, "birmingham"));
  const [city] = await db.select().from(areas).where(eq(areas.slug, "city"));
  if (!birmingham || !city) throw new Error("read-api fixture: seed missing");
  const [district] = await db
    .insert(areas)
    .values({
      organisationId: birmingham.id,
      slug: WARD_DISTRICT,
      name: "Fixture district",
      kind: "area",
      parentId: city.id,
      sortOrder: 50,
    })
    .returning();
  if (!district) throw new Error("read-api fixture: district insert failed");
  const wards = await db
    .insert(areas)
    .values(
      [1, 2].map((n) => ({
        organisationId: birmingham.id,
        slug: `fixture-ward-${n}`,
        name: `Fixture ward ${n}`,
        kind: "ward" as const,
        parentId: district.id,
        sortOrder: n,
      })),
    )
    .returning();
  await db.insert(areaPopulations).values(
    wards.flatMap((ward, w) =>
      [2014, 2015, 2016].map((year) => ({
        areaId: ward.id,
        year,
        population: 12_000 + 1_000 * w + 10 * (year - 2014),
        source: "read-api fixture",
      })),
    ),
  );
  const rows: (typeof observations.$inferInsert)[] = wards.flatMap((ward, w) =>
    months.flatMap((period, i) => [
      {
        areaId: ward.id,
        period,
        indicatorId: "re-referrals",
        numerator: 20 + ((i * 7 + w * 3) % 11),
        denominator: 100 + ((i * 5 + w) % 13),
        value: null,
        source: i % 3 === 0 ? ("published" as const) : ("illustrative" as const),
      },
      {
        areaId: ward.id,
        period,
        indicatorId: "cp-plans",
        numerator: null,
        denominator: null,
        value: 40 + ((i * 3 + w * 5) % 9),
        source: "illustrative" as const,
      },
      {
        areaId: ward.id,
        period,
        indicatorId: "caseload",
        numerator: null,
        denominator: null,
        value: 15 + ((i + w) % 4) * 0.5,
        source: "illustrative" as const,
      },
    ]),
  );
  const last = months.at(-1);
  if (last) {
    rows.push({
      areaId: district.id,
      period: last,
      indicatorId: "re-referrals",
      breakdown: "under 5s",
      numerator: 7,
      denominator: 31,
      value: null,
      source: "illustrative",
    });
  }
  await db.insert(observations).values(rows);
}

/** The areas every request is made for: the city, an area, the ward-built district, a service. */
export const FIXTURE_AREAS = ["city", "east", WARD_DISTRICT, "dcsc"] as const;

/** Every scorecard month × area, and every indicator's series per area (whole and a range). */
export function readApiUrls(months: readonly string[], indicatorIds: readonly string[]): string[] {
  const catalogue = ["/api/periods", "/api/areas", "/api/indicators"];
  const scorecards = months.flatMap((period) =>
    FIXTURE_AREAS.map((area) => `/api/scorecard?period=${period}&area=${area}`),
  );
  const series = indicatorIds.flatMap((id) => [
    ...FIXTURE_AREAS.map((area) => `/api/indicators/${id}/series?area=${area}`),
    `/api/indicators/${id}/series?from=2016-01&to=2017-06`,
  ]);
  return [...catalogue, ...scorecards, ...series];
}

export interface CapturedResponse {
  statusCode: number;
  body: string;
}

export async function captureReadApi(
  app: FastifyInstance,
  urls: readonly string[],
): Promise<Record<string, CapturedResponse>> {
  const captured: Record<string, CapturedResponse> = {};
  for (const url of urls) {
    const response = await app.inject({ method: "GET", url });
    captured[url] = { statusCode: response.statusCode, body: response.body };
  }
  return captured;
}

export function encodeFixture(fixture: {
  months: string[];
  indicatorIds: string[];
  responses: Record<string, CapturedResponse>;
}): Buffer {
  return gzipSync(`${JSON.stringify(fixture, null, 1)}\n`, { level: 9 });
}

export function decodeFixture(bytes: Buffer): {
  months: string[];
  indicatorIds: string[];
  responses: Record<string, CapturedResponse>;
} {
  return JSON.parse(gunzipSync(bytes).toString("utf8"));
}
