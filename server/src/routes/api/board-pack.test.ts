import type { ScorecardResponse } from "@scorecard/shared/api-schema";
import { ragLabel } from "@scorecard/shared/trend-rating";
import { describe, expect, it } from "vitest";
import { createOrganisation } from "../../auth/organisation-service.ts";
import { figureText } from "../../board-pack/figure-text.ts";
import { readPdf } from "../../board-pack/read-pdf.test-helper.ts";
import { systemActor } from "../../db/write-transaction.ts";
import type { SignedIn } from "../../test/auth-fixture.ts";
import { organisationPeople } from "../../test/org-people.ts";
import { useSeededApp } from "../../test/seeded-app.ts";
import { databaseLanes } from "../../test/test-database.ts";

const ORG = "/api/orgs/birmingham";
const boardPackUrl = (period: string) => `${ORG}/months/${period}/board-pack.pdf`;

describe.each(databaseLanes())("GET /api/orgs/:org/months/:period/board-pack.pdf on $name", (lane) => {
  const context = useSeededApp(lane);
  const as = organisationPeople(context, "birmingham");
  const get = (url: string, who?: SignedIn) =>
    context.app.inject({ method: "GET", url, ...(who ? { headers: who.headers } : {}) });

  it("prints December 2017's summary: every indicator with its value and rating, titled in English", async () => {
    const response = await get(boardPackUrl("2017-12"));
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toBe(
      'attachment; filename="birmingham-2017-12-board-pack.pdf"',
    );
    const scorecard = (await get(`${ORG}/scorecard?period=2017-12`)).json() as ScorecardResponse;
    expect(scorecard.rows).toHaveLength(13);
    const pdf = await readPdf(response.rawPayload);
    expect(pdf.title).toMatch(/^Birmingham .*December 2017/);
    expect(pdf.language).toBe("en-GB");
    const summary = pdf.pages[0] ?? "";
    expect(summary).toMatch(/Page 1 of \d+/);
    expect(summary).toContain("Published");
    expect(summary).not.toContain("DRAFT");
    for (const row of scorecard.rows) {
      expect(summary).toContain(row.title);
      expect(summary).toContain(figureText(row.value, row.unit, row.decimals));
      if (row.rag) expect(summary).toContain(ragLabel(row.rag));
    }
  });

  it("marks a draft DRAFT for its editor, and hides it from the public as the scorecard does", async () => {
    const editor = await as("editor", "editor");
    const saved = await context.app.inject({
      method: "PUT",
      url: `${ORG}/months/2018-04/figures`,
      headers: editor.headers,
      payload: { figures: [{ indicator: "re-referrals", area: "city", numerator: 80, denominator: 400 }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);

    const draft = await get(boardPackUrl("2018-04"), editor);
    expect(draft.statusCode, draft.body).toBe(200);
    const pages = (await readPdf(draft.rawPayload)).pages;
    for (const page of pages) expect(page).toContain("DRAFT");

    const anonymous = await get(boardPackUrl("2018-04"));
    expect(anonymous.statusCode).toBe(404);
    expect(anonymous.json().message).toMatch(/April 2018 is not published/);
    const viewer = await as("viewer", "viewer");
    expect((await get(boardPackUrl("2018-04"), viewer)).statusCode).toBe(404);
  });

  it("keeps a private organisation's pack from anonymous readers and other organisations' people", async () => {
    const cli = { actor: systemActor("test"), organisationId: null };
    await createOrganisation(context.database.db, cli, { laCode: "332", slug: "dudley", isPublic: false });
    const url = "/api/orgs/dudley/months/2017-12/board-pack.pdf";
    expect((await get(url)).statusCode).toBe(401);
    const outsider = await as("outsider", "org_admin");
    expect((await get(url, outsider)).statusCode).toBe(403);
  });

  it("names the field for a bad area", async () => {
    const response = await get(`${boardPackUrl("2017-12")}?area=nowhere`);
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toMatch(/area/);
  });
});
