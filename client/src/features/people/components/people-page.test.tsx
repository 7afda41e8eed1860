import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { apiError, json, renderWithQuery, stubApi } from "../../../testing/render-with-query.tsx";
import { PeoplePage } from "./people-page.tsx";

const ann = { email: "ann@example.org", name: "Ann Admin", role: "org_admin" };
const bob = { email: "bob@example.org", name: "Bob Viewer", role: "viewer" };

function renderPage() {
  return renderWithQuery(<PeoplePage org="coventry" organisationName="Coventry" />);
}

describe("PeoplePage", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("lists the people with their roles and saves a changed role", async () => {
    const members = [ann, bob];
    const sent = stubApi(({ method, path, body }) => {
      if (method === "PUT" && path === "/api/orgs/coventry/members/bob%40example.org") {
        members[1] = { ...bob, role: (body as { role: string }).role };
        return json(members[1]);
      }
      if (path === "/api/orgs/coventry/members") return json(members);
      return apiError(404, "no route");
    });
    renderPage();
    const row = (await screen.findByRole("rowheader", { name: "Bob Viewer" })).closest("tr") as HTMLElement;
    expect(within(row).getByText("bob@example.org")).toBeVisible();
    const select = within(row).getByLabelText("Role for Bob Viewer");
    expect(select).toHaveValue("viewer");
    fireEvent.change(select, { target: { value: "editor" } });
    fireEvent.click(within(row).getByRole("button", { name: "Save role for Bob Viewer" }));
    expect(await screen.findByText("Bob Viewer is now Editor.")).toBeVisible();
    expect(sent.filter((request) => request.method === "PUT")).toEqual([
      expect.objectContaining({ body: { role: "editor" } }),
    ]);
  });

  it("asks before removing, and shows the server's message for the last org admin", async () => {
    const sent = stubApi(({ method, path }) => {
      if (method === "DELETE")
        return apiError(
          409,
          "role: this is the organisation's last org admin; make someone else org admin first",
        );
      if (path === "/api/orgs/coventry/members") return json([ann, bob]);
      return apiError(404, "no route");
    });
    renderPage();
    const row = (await screen.findByRole("rowheader", { name: "Ann Admin" })).closest("tr") as HTMLElement;
    fireEvent.click(within(row).getByRole("button", { name: "Remove Ann Admin" }));
    expect(sent.some((request) => request.method === "DELETE")).toBe(false);
    const question = within(row).getByText(/Remove Ann Admin \(ann@example.org\) from this organisation\?/);
    await waitFor(() => expect(question).toHaveFocus());
    fireEvent.keyDown(question, { key: "Escape" });
    expect(within(row).queryByText(/from this organisation\?/)).toBeNull();

    fireEvent.click(within(row).getByRole("button", { name: "Remove Ann Admin" }));
    fireEvent.click(within(row).getByRole("button", { name: "Yes, remove Ann Admin" }));
    expect(await within(row).findByRole("alert")).toHaveTextContent(
      "This is the organisation's last org admin; make someone else org admin first",
    );
    expect(sent.filter((request) => request.method === "DELETE").map((request) => request.path)).toEqual([
      "/api/orgs/coventry/members/ann%40example.org",
    ]);
  });

  it("checks the form before sending: each problem is tied to its field", async () => {
    const sent = stubApi(() => json([ann]));
    renderPage();
    await screen.findByRole("rowheader", { name: "Ann Admin" });
    fireEvent.change(screen.getByLabelText("Email address"), { target: { value: "not-an-email" } });
    fireEvent.click(screen.getByRole("button", { name: "Add person" }));
    const email = screen.getByLabelText("Email address");
    await waitFor(() => expect(screen.getByRole("alert")).toHaveFocus());
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(email).toHaveAccessibleDescription(
      "Error: Enter their email address, such as name@council.gov.uk",
    );
    expect(screen.getByLabelText("Name")).toHaveAccessibleDescription(/Error: Enter their name/);
    expect(sent.every((request) => request.method === "GET")).toBe(true);
  });

  it("adds a person with their role and shows a new account's set-password link once", async () => {
    const sent = stubApi(({ method }) =>
      method === "POST"
        ? json(
            {
              member: { email: "eve@example.org", name: "Eve Editor", role: "editor" },
              setPasswordLink: "http://localhost/set-password#token=secret-link",
              setPasswordExpiresAt: "2026-01-18T09:00:00.000Z",
            },
            201,
          )
        : json([ann]),
    );
    renderPage();
    await screen.findByRole("rowheader", { name: "Ann Admin" });
    fireEvent.change(screen.getByLabelText("Email address"), { target: { value: " eve@example.org " } });
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Eve Editor" } });
    fireEvent.change(screen.getByLabelText("Role"), { target: { value: "editor" } });
    fireEvent.click(screen.getByRole("button", { name: "Add person" }));
    const secret = await screen.findByRole("region", { name: "Account created for Eve Editor" });
    expect(within(secret).getByText("http://localhost/set-password#token=secret-link")).toBeVisible();
    expect(within(secret).getByText(/Shown once/)).toBeVisible();
    expect(within(secret).getByText("18 January 2026 at 09:00:00 GMT")).toBeVisible();
    expect(screen.getByText("Eve Editor added as Editor.")).toBeVisible();
    expect(sent.filter((request) => request.method !== "GET").map((r) => [r.method, r.path, r.body])).toEqual(
      [
        [
          "POST",
          "/api/orgs/coventry/members",
          { email: "eve@example.org", name: "Eve Editor", role: "editor" },
        ],
      ],
    );
    expect(screen.getByLabelText("Email address")).toHaveValue("");
    fireEvent.click(within(secret).getByRole("button", { name: "Done, hide it" }));
    expect(screen.queryByText("http://localhost/set-password#token=secret-link")).toBeNull();
  });

  it("ties the server's answer to its field and changes nothing shown", async () => {
    stubApi(({ method }) =>
      method === "POST" ? apiError(400, "body.email: Invalid email address") : json([ann]),
    );
    renderPage();
    await screen.findByRole("rowheader", { name: "Ann Admin" });
    fireEvent.change(screen.getByLabelText("Email address"), { target: { value: "ok@example.org" } });
    fireEvent.change(screen.getByLabelText("Name"), { target: { value: "Ok" } });
    fireEvent.click(screen.getByRole("button", { name: "Add person" }));
    await waitFor(() =>
      expect(screen.getByLabelText("Email address")).toHaveAccessibleDescription(
        "Error: Invalid email address",
      ),
    );
    expect(screen.getByLabelText("Email address")).toHaveValue("ok@example.org");
    expect(screen.queryByRole("region", { name: /Account created/ })).toBeNull();
  });

  it("says clearly when the account may not see the page", async () => {
    stubApi(() => apiError(403, "You do not have permission to do this"));
    renderPage();
    expect(await screen.findByRole("heading", { name: "Could not load the people" })).toBeVisible();
    expect(screen.getByText("You do not have permission to do this")).toBeVisible();
    expect(screen.getByText(/This page is for the organisation's org admins/)).toBeVisible();
  });
});
