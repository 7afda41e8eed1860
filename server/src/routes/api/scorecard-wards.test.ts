import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { areas, observations, organisations } from "../../db/schema.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

/** Councillors asked for ward figures: an area made only of wards is built from its wards' figures. */
describe.each(databaseLanes())("areas made of wards on $name", (lane) => {
  const seeded = useSeededApp(lane);

  beforeAll(async () => {
    const db = seeded.database.db;
    const [birmingham] = await db.select().from(organisations).where(eq(organisations.slug, "birmingham"));
    const [city] = await db.select().from(areas).where(eq(areas.slug, "city"));
    if (!birmingham || !city) throw new Error("seed missing");
    const [district] = await db
      .insert(areas)
      .values({
        organisationId: birmingham.id,
        slug: "test-district",
        name: "Test district",
        kind: "area",
        parentId: city.id,
      })
      .returning();
    if (!district) throw new Error("insert failed");
    const wards = await db
      .insert(areas)
      .values(
        ["ward-a", "ward-b"].map((slug, i) => ({
          organisationId: birmingham.id,
          slug,
          name: `Ward ${slug.slice(-1).toUpperCase()}`,
          kind: "ward" as const,
          parentId: district.id,
          sortOrder: i,
        })),
      )
      .returning();
    const figures: [string, number, number, number][] = [
      ["ward-a", 0, 20, 100],
      ["ward-b", 0, 30, 60],
      ["ward-a", -1, 10, 100],
      ["ward-b", -1, 50, 100],
    ];
    await db.insert(observations).values(
      figures.map(([slug, offset, numerator, denominator]) => ({
        areaId: wards.find((ward) => ward.slug === slug)?.id ?? 0,
        period: offset === 0 ? "2017-12" : "2017-11",
        indicatorId: "re-referrals",
        numerator,
        denominator,
        source: "illustrative" as const,
      })),
    );
  });

  it("rates the district from the ratio of its wards' sums, lists the wards, and takes a baseline from their history", async () => {
    const response = await seeded.app.inject({
      method: "GET",
      url: "/api/scorecard?period=2017-12&area=test-district",
    });
    expect(response.statusCode).toBe(200);
    const row = response
      .json()
      .rows.find((candidate: { indicatorId: string }) => candidate.indicatorId === "re-referrals");
    expect(row).toMatchObject({ numerator: 50, denominator: 160, source: "illustrative" });
    expect(row.value).toBeCloseTo((50 / 160) * 100, 10);
    expect(row.areas.map((area: { areaId: string }) => area.areaId)).toEqual(["ward-a", "ward-b"]);
    expect(row.baseline).toMatchObject({ origin: "computed", numerator: 60, denominator: 200 });
  });

  it("lists the wards under their parent in /api/areas", async () => {
    const { areas: list } = (await seeded.app.inject({ method: "GET", url: "/api/areas" })).json();
    expect(list).toContainEqual(
      expect.objectContaining({ id: "ward-a", kind: "ward", parentId: "test-district" }),
    );
  });
});
