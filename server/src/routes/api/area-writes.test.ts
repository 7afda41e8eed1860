import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { areas, organisations } from "../../db/schema.ts";
import type { SignedIn } from "../../test/auth-fixture.ts";
import { organisationPeople } from "../../test/org-people.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";

interface AreaOut {
  id: string;
  name: string;
  kind: string;
  parentId: string | null;
}

describe.each(databaseLanes())("POST /api/orgs/:org/areas and /areas/import on $name", (lane) => {
  const context = useSeededApp(lane);
  const as = organisationPeople(context, "birmingham");

  const create = (who: SignedIn | null, payload: object) =>
    context.app.inject({ method: "POST", url: `${ORG}/areas`, headers: who?.headers ?? {}, payload });
  const upload = (who: SignedIn | null, csv: string | Buffer, contentType = "text/csv") =>
    context.app.inject({
      method: "POST",
      url: `${ORG}/areas/import`,
      headers: { ...(who?.headers ?? {}), "content-type": contentType },
      payload: csv,
    });
  const listed = async (): Promise<AreaOut[]> =>
    (await context.app.inject({ method: "GET", url: `${ORG}/areas` })).json().areas;
  const stored = async () => {
    const [birmingham] = await context.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.slug, "birmingham"));
    const [row] = await context.database.db
      .select({ n: count() })
      .from(areas)
      .where(eq(areas.organisationId, birmingham?.id ?? 0));
    return row?.n;
  };

  it("adds a ward under an area: 201, then listed", async () => {
    const admin = await as("admin", "org_admin");
    const created = await create(admin, {
      slug: "hodge-hill",
      name: "Hodge Hill",
      kind: "ward",
      parent: "east",
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toEqual({
      id: "hodge-hill",
      name: "Hodge Hill",
      kind: "ward",
      parentId: "east",
      population: null,
      populationYear: null,
    });
    expect((await listed()).at(-1)).toMatchObject({ id: "hodge-hill", kind: "ward", parentId: "east" });
    const scorecard = await context.app.inject({
      method: "GET",
      url: `${ORG}/scorecard?period=2017-12&area=hodge-hill`,
    });
    expect(scorecard.statusCode).toBe(200);
  });

  it("refuses a duplicate slug (409), an unknown parent and impossible nesting (422), storing nothing", async () => {
    const admin = await as("admin", "org_admin");
    const before = await stored();
    const duplicate = await create(admin, { slug: "east", name: "East again", kind: "area", parent: "city" });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().message).toMatch(/^slug: there is already an area "east"/);
    const cases: [object, RegExp][] = [
      [{ slug: "x", name: "X", kind: "ward", parent: "nowhere" }, /^parent: there is no area "nowhere"/],
      [
        { slug: "x", name: "X", kind: "ward", parent: "hodge-hill" },
        /^parent: a ward's parent must be an area, and "hodge-hill" is a ward/,
      ],
      [{ slug: "x", name: "X", kind: "area", parent: "mash" }, /^parent: an area's parent must be a city/],
      [{ slug: "x", name: "X", kind: "service", parent: null }, /^parent: a service needs a parent/],
      [
        { slug: "x", name: "X", kind: "city", parent: null },
        /^kind: the organisation already has its whole authority, "city"/,
      ],
    ];
    for (const [payload, message] of cases) {
      const response = await create(admin, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(422);
      expect(response.json().message).toMatch(message);
    }
    const badBody = await create(admin, { slug: "Not A Slug", name: "", kind: "district", parent: null });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().message).toMatch(/slug/);
    expect(badBody.json().message).toMatch(/kind/);
    expect(await stored()).toBe(before);
  });

  it("loads areas from CSV: headers in any case, parents later in the file, held slugs updated", async () => {
    const admin = await as("admin", "org_admin");
    const csv = [
      "Slug,NAME,Kind,Parent",
      "yardley,Yardley,ward,south-east",
      "south-east,South East,area,city",
      "east,East Birmingham,area,city",
      "city,Birmingham,city,",
      "",
    ].join("\r\n");
    const loaded = await upload(admin, csv);
    expect(loaded.statusCode, loaded.body).toBe(200);
    expect(loaded.json()).toEqual({ created: 2, updated: 1, unchanged: 1 });
    const all = await listed();
    expect(all.find((area) => area.id === "yardley")).toMatchObject({ kind: "ward", parentId: "south-east" });
    expect(all.find((area) => area.id === "east")).toMatchObject({ name: "East Birmingham" });
    expect(all.map((area) => area.id).slice(-2)).toEqual(["south-east", "yardley"]);
    // The same file again changes nothing.
    expect((await upload(admin, csv)).json()).toEqual({ created: 0, updated: 0, unchanged: 4 });
  });

  it("reports every problem at once with row and column, and stores nothing", async () => {
    const admin = await as("admin", "org_admin");
    const before = await listed();
    const csv = [
      "slug,name,kind,parent",
      "good-ward,Good Ward,ward,east",
      "Bad Slug,,district,city",
      "ward-under-ward,Nested,ward,yardley",
      "orphan,Orphan,ward,nowhere",
    ].join("\n");
    const refused = await upload(admin, csv);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().message).toMatch(/^The areas file has 5 problems; nothing was stored/);
    expect(refused.json().errors).toEqual([
      { row: 3, column: "slug", message: expect.stringMatching(/"Bad Slug" is not an area id/) },
      { row: 3, column: "name", message: "Give the area a name" },
      { row: 3, column: "kind", message: expect.stringMatching(/"district" is not a kind of area/) },
      { row: 4, column: "parent", message: `a ward's parent must be an area, and "yardley" is a ward` },
      { row: 5, column: "parent", message: `There is no area "nowhere", in the file or already held` },
    ]);
    expect(await listed()).toEqual(before);
  });

  it("refuses a file without a parent column, a binary file, a JSON body and one over 1 MB", async () => {
    const admin = await as("admin", "org_admin");
    const before = await stored();
    const noParent = await upload(admin, "slug,name,kind\nx,X,ward\n");
    expect(noParent.statusCode).toBe(422);
    expect(noParent.json().errors).toEqual([
      { row: 1, column: "parent", message: expect.stringMatching(/no "parent" column/) },
    ]);
    const binary = await upload(admin, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]));
    expect(binary.statusCode).toBe(422);
    expect(binary.json().errors[0].message).toMatch(/not a CSV file/);
    const json = await upload(admin, JSON.stringify({ slug: "x" }), "application/json");
    expect(json.statusCode).toBe(400);
    expect(json.json().message).toMatch(/^body: send the areas CSV/);
    const huge = await upload(admin, `slug,name,kind,parent\n${"x,".repeat(600 * 1024)}`);
    expect(huge.statusCode).toBe(413);
    expect(await stored()).toBe(before);
  });

  it("documents the catalogue's write routes in the API reference", async () => {
    const { paths } = (await context.app.inject({ method: "GET", url: "/api/docs/json" })).json();
    const operations = [
      paths["/api/orgs/{org}/areas"]?.post,
      paths["/api/orgs/{org}/areas/import"]?.post,
      paths["/api/orgs/{org}/indicators/{id}"]?.put,
      paths["/api/orgs/{org}/indicators/{id}/targets"]?.post,
    ];
    for (const operation of operations) {
      expect(operation).toMatchObject({ tags: ["catalogue"], summary: expect.any(String) });
    }
  });

  it("is audited and for org admins only", async () => {
    const admin = await as("admin", "org_admin");
    const trail = await context.app.inject({
      method: "GET",
      url: `${ORG}/audit?table=areas`,
      headers: { cookie: admin.cookie },
    });
    const inserted = trail.json().entries.filter((entry: { action: string }) => entry.action === "insert");
    expect(inserted.map((entry: { after: { slug: string } }) => entry.after.slug)).toEqual(
      expect.arrayContaining(["hodge-hill", "south-east", "yardley"]),
    );
    expect(inserted[0].actor.label).toBe("admin@birmingham.example.org");
    const approver = await as("approver", "approver");
    expect((await create(approver, { slug: "y", name: "Y", kind: "ward", parent: "east" })).statusCode).toBe(
      403,
    );
    expect((await upload(null, "slug,name,kind,parent\n")).statusCode).toBe(401);
  });
});
