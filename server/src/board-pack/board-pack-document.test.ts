import { writeFileSync } from "node:fs";
import { ragLabel } from "@scorecard/shared/trend-rating";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organisations } from "../db/schema.ts";
import type { OrganisationRow } from "../repositories/organisation-repository.ts";
import { useSeededApp } from "../test/seeded-app.ts";
import { databaseLanes } from "../test/test-database.ts";
import { boardPackDocument } from "./board-pack-document.ts";
import { loadBoardPackInput } from "./board-pack-service.ts";
import { figureText } from "./figure-text.ts";
import { readPdf } from "./read-pdf.test-helper.ts";
import { renderPdf } from "./render-pdf.ts";

describe.each(databaseLanes())("the board pack document on $name", (lane) => {
  const context = useSeededApp(lane);
  const birmingham = async () =>
    (
      await context.database.db.select().from(organisations).where(eq(organisations.slug, "birmingham"))
    )[0] as OrganisationRow;

  it("puts December 2017's 13 indicators on page 1, then a page each, then the key and sources", async () => {
    const input = await loadBoardPackInput(
      context.database.db,
      await birmingham(),
      { period: "2017-12", area: "city" },
      "public",
    );
    expect(input.scorecard.rows).toHaveLength(13);
    const bytes = await renderPdf(boardPackDocument(input));
    if (lane.name === "pglite") writeFileSync("/tmp/board-pack-2017-12.pdf", bytes);
    const pdf = await readPdf(bytes);
    expect(pdf.pages).toHaveLength(1 + 13 + 1);
    const summary = pdf.pages[0] ?? "";
    for (const row of input.scorecard.rows) {
      expect(summary).toContain(row.title);
      expect(summary).toContain(figureText(row.value, row.unit, row.decimals));
      if (row.rag) expect(summary).toContain(ragLabel(row.rag));
    }
    expect(pdf.pages[1]).toContain(`${input.scorecard.rows[0]?.ref}. ${input.scorecard.rows[0]?.title}`);
    expect(pdf.pages.at(-1)).toContain("Key and sources");
    expect(pdf.title).toContain("December 2017");
    expect(pdf.language).toBe("en-GB");
    for (const page of pdf.pages) expect(page).not.toContain("DRAFT");
  });

  it("tags its headings for screen readers: the summary, each indicator and the key, with their sections", async () => {
    const input = await loadBoardPackInput(
      context.database.db,
      await birmingham(),
      { period: "2017-12", area: "city" },
      "public",
    );
    const { headings } = await readPdf(await renderPdf(boardPackDocument(input)));
    const topLevel = headings.filter((heading) => heading.role === "H1");
    expect(topLevel.map((heading) => heading.text)).toEqual([
      "Children's services scorecard: December 2017, Birmingham",
      ...input.scorecard.rows.map((row) => `${row.ref}. ${row.title}`),
      "Key and sources",
    ]);
    expect(topLevel.map((heading) => heading.page)).toEqual([...Array(15).keys()].map((index) => index + 1));
    const secondPage = headings.filter((heading) => heading.page === 2 && heading.role === "H2");
    expect(secondPage.map((heading) => heading.text)).toEqual([
      "13-month trend",
      "SPC (XmR) chart",
      "By area",
      "Commentary",
      "Target history",
    ]);
  });
});
