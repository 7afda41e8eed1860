import type { Area } from "@scorecard/shared/api-schema";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  apiError,
  json,
  renderWithQuery,
  type SentRequest,
  stubApi,
} from "../../../testing/render-with-query.tsx";
import { AreasPage } from "./areas-page.tsx";

const area = (id: string, name: string, kind: Area["kind"], parentId: string | null): Area => ({
  id,
  name,
  kind,
  parentId,
  population: null,
  populationYear: null,
});

const held = [
  area("city", "Coventry", "city", null),
  area("mash", "MASH", "service", "city"),
  area("east", "East", "area", "city"),
  area("west", "West", "area", "city"),
  area("foleshill", "Foleshill", "ward", "east"),
];

function renderPage(canEdit = true) {
  return renderWithQuery(<AreasPage org="coventry" organisationName="Coventry" canEdit={canEdit} />);
}

const writes = (sent: SentRequest[]) => sent.filter((request) => request.method !== "GET");

describe("AreasPage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists the areas in hierarchy order with slug, kind and parent", async () => {
    stubApi(() => json({ areas: held }));
    renderPage();
    await screen.findByRole("rowheader", { name: "Foleshill" });
    const rows = screen.getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "Coventry",
      "MASH",
      "East",
      "Foleshill",
      "West",
    ]);
    const foleshill = rows[3] as HTMLElement;
    expect(
      within(foleshill)
        .getAllByRole("cell")
        .map((cell) => cell.textContent),
    ).toEqual(["foleshill", "Ward", "East"]);
  });

  it("offers only the parents the chosen kind may sit under", async () => {
    stubApi(() => json({ areas: held }));
    renderPage();
    const parent = await screen.findByLabelText("Parent");
    const offered = () =>
      within(parent)
        .getAllByRole("option")
        .map((option) => option.textContent);
    expect(screen.getByLabelText("Kind")).toHaveValue("ward");
    expect(offered()).toEqual(["East (Area)", "West (Area)"]);
    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "service" } });
    expect(offered()).toEqual(["Coventry (Whole authority)", "East (Area)", "West (Area)"]);
    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "area" } });
    expect(offered()).toEqual(["Coventry (Whole authority)"]);
  });

  it("checks the form before sending: each problem is tied to its field", async () => {
    const sent = stubApi(() => json({ areas: held }));
    renderPage();
    fireEvent.change(await screen.findByLabelText("Slug"), { target: { value: "Hodge Hill" } });
    fireEvent.click(screen.getByRole("button", { name: "Add area" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveFocus());
    expect(screen.getByLabelText("Slug")).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByLabelText("Slug")).toHaveAccessibleDescription(
      /Error: Enter a slug of lower-case letters, digits and hyphens/,
    );
    expect(screen.getByLabelText("Name")).toHaveAccessibleDescription(/Error: Enter the area's name/);
    expect(
      within(screen.getByRole("alert"))
        .getAllByRole("link")
        .map((link) => link.textContent),
    ).toEqual([
      "Enter a slug of lower-case letters, digits and hyphens, such as hodge-hill",
      "Enter the area's name",
    ]);
    expect(writes(sent)).toEqual([]);
  });

  it("adds a ward under its area, says so and reloads the areas", async () => {
    const areas = [...held];
    const sent = stubApi(({ method, body }) => {
      if (method === "POST") {
        const created = body as { slug: string; name: string; kind: Area["kind"]; parent: string };
        areas.push(area(created.slug, created.name, created.kind, created.parent));
        return json(areas.at(-1), 201);
      }
      return json({ areas });
    });
    renderPage();
    fireEvent.change(await screen.findByLabelText("Name"), { target: { value: " Whoberley " } });
    fireEvent.change(screen.getByLabelText("Slug"), { target: { value: "whoberley" } });
    fireEvent.change(screen.getByLabelText("Parent"), { target: { value: "west" } });
    fireEvent.click(screen.getByRole("button", { name: "Add area" }));
    expect(await screen.findByText("Whoberley (whoberley) added.")).toBeVisible();
    expect(writes(sent).map((request) => [request.method, request.path, request.body])).toEqual([
      [
        "POST",
        "/api/orgs/coventry/areas",
        { slug: "whoberley", name: "Whoberley", kind: "ward", parent: "west" },
      ],
    ]);
    expect(await screen.findByRole("rowheader", { name: "Whoberley" })).toBeVisible();
    expect(screen.getByLabelText("Name")).toHaveValue("");
  });

  it("ties the server's refusal to its field (a slug already held)", async () => {
    stubApi(({ method }) =>
      method === "POST"
        ? apiError(409, 'slug: there is already an area "east" in this organisation')
        : json({ areas: held }),
    );
    renderPage();
    fireEvent.change(await screen.findByLabelText("Name"), { target: { value: "East again" } });
    fireEvent.change(screen.getByLabelText("Slug"), { target: { value: "east" } });
    fireEvent.change(screen.getByLabelText("Kind"), { target: { value: "area" } });
    fireEvent.click(screen.getByRole("button", { name: "Add area" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Slug")).toHaveAccessibleDescription(
        /Error: There is already an area "east" in this organisation$/,
      ),
    );
    expect(screen.getByLabelText("Slug")).toHaveValue("east");
  });

  it("loads a CSV file: every problem by row and column on 422, then the counts when it is right", async () => {
    const problems = {
      statusCode: 422,
      error: "Unprocessable Entity",
      message: "The areas file has 2 problems; nothing was stored.",
      errors: [
        { row: 3, column: "kind", message: '"district" is not a kind of area' },
        { row: 4, column: "parent", message: 'There is no area "nowhere", in the file or already held' },
      ],
    };
    let attempt = 0;
    const sent = stubApi(({ method }) => {
      if (method !== "POST") return json({ areas: held });
      attempt += 1;
      return attempt === 1 ? json(problems, 422) : json({ created: 2, updated: 1, unchanged: 3 });
    });
    renderPage();
    const input = await screen.findByLabelText("Areas CSV file");
    fireEvent.click(screen.getByRole("button", { name: "Load areas" }));
    expect(input).toHaveAccessibleDescription(/Error: Choose the CSV file to load/);
    expect(writes(sent)).toEqual([]);

    // Excel on Windows labels a CSV application/vnd.ms-excel: it still goes as text/csv.
    const bad = new File(["slug,name,kind,parent\n"], "bad-areas.csv", { type: "application/vnd.ms-excel" });
    fireEvent.change(input, { target: { files: [bad] } });
    fireEvent.click(screen.getByRole("button", { name: "Load areas" }));
    const refused = await screen.findByRole("heading", { name: "bad-areas.csv was not loaded" });
    const table = within(refused.closest("[role=alert]") as HTMLElement).getByRole("table");
    expect(
      within(table)
        .getAllByRole("row")
        .slice(1)
        .map((row) =>
          within(row)
            .getAllByRole("cell")
            .map((cell) => cell.textContent),
        ),
    ).toEqual([
      ["3", "kind", '"district" is not a kind of area'],
      ["4", "parent", 'There is no area "nowhere", in the file or already held'],
    ]);
    expect(screen.getByText(/The areas file has 2 problems; nothing was stored/)).toBeVisible();

    const good = new File(["slug,name,kind,parent\n"], "areas.csv", { type: "text/csv" });
    fireEvent.change(input, { target: { files: [good] } });
    expect(screen.queryByRole("heading", { name: /was not loaded/ })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Load areas" }));
    expect(
      await screen.findByText("areas.csv loaded: 2 areas created, 1 updated, 3 unchanged."),
    ).toBeVisible();
    expect(writes(sent).map((request) => [request.path, request.headers["content-type"]])).toEqual([
      ["/api/orgs/coventry/areas/import", "text/csv"],
      ["/api/orgs/coventry/areas/import", "text/csv"],
    ]);
    // After each load the areas are asked for again.
    await waitFor(() => expect(sent.filter((request) => request.method === "GET").length).toBeGreaterThan(1));
  });

  it("shows the areas without the forms to someone who is not an org admin", async () => {
    stubApi(() => json({ areas: held }));
    renderPage(false);
    await screen.findByRole("rowheader", { name: "Foleshill" });
    expect(screen.queryByRole("form", { name: "Add an area" })).toBeNull();
    expect(screen.queryByLabelText("Areas CSV file")).toBeNull();
    expect(screen.getByText(/Only the organisation's org admins/)).toBeVisible();
  });
});
