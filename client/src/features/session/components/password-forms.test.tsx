import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderWithQuery } from "../../../testing/render-with-query.tsx";
import { json } from "../../../testing/stub-session.ts";
import { ChangePasswordForm } from "./change-password-form.tsx";
import { SetPasswordForm } from "./set-password-form.tsx";

const describedBy = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe("SetPasswordForm", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("shows the password rule beside the field and ties a short or mismatched password to its field", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    renderWithQuery(<SetPasswordForm token="abc" onDone={vi.fn()} />);
    const password = screen.getByLabelText("New password");
    expect(describedBy(password)).toContain("At least 12 characters");
    type("New password", "short");
    type("New password again", "shorter");
    fireEvent.click(screen.getByRole("button", { name: "Set password" }));
    expect(await screen.findByRole("alert")).toHaveFocus();
    expect(describedBy(password)).toContain("Your new password must be at least 12 characters");
    expect(describedBy(screen.getByLabelText("New password again"))).toContain(
      "The two passwords are not the same",
    );
    type("New password", "password1234");
    type("New password again", "password1234");
    fireEvent.click(screen.getByRole("button", { name: "Set password" }));
    await waitFor(() => expect(describedBy(password)).toContain("Your new password is too common"));
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("sends the link's token with the password, and says when the link cannot be used", async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
      json(
        {
          statusCode: 422,
          error: "Unprocessable Entity",
          message: "token: this link is not valid: it may have been used or expired",
        },
        422,
      ),
    );
    vi.stubGlobal("fetch", fetchMock);
    const onDone = vi.fn();
    renderWithQuery(<SetPasswordForm token="the-token" onDone={onDone} />);
    type("New password", "orange kettle harbour");
    type("New password again", "orange kettle harbour");
    fireEvent.click(screen.getByRole("button", { name: "Set password" }));
    expect(await screen.findByText(/This link cannot be used/)).toBeVisible();
    expect(screen.getByRole("alert")).toHaveFocus();
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      token: "the-token",
      password: "orange kettle harbour",
    });
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe("ChangePasswordForm", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("ties a wrong current password to that field", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        json(
          {
            statusCode: 422,
            error: "Unprocessable Entity",
            message: "current: is not your current password",
          },
          422,
        ),
      ),
    );
    renderWithQuery(<ChangePasswordForm />);
    type("Current password", "not it at all");
    type("New password", "orange kettle harbour");
    type("New password again", "orange kettle harbour");
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    await waitFor(() => expect(screen.getByRole("alert")).toHaveFocus());
    const current = screen.getByLabelText("Current password");
    expect(current).toHaveAttribute("aria-invalid", "true");
    expect(describedBy(current)).toContain("That is not your current password");
  });

  it("asks for the current password first, and says so when the password has changed", async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => json(null, 204));
    vi.stubGlobal("fetch", fetchMock);
    renderWithQuery(<ChangePasswordForm />);
    type("New password", "orange kettle harbour");
    type("New password again", "orange kettle harbour");
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    expect(describedBy(await screen.findByLabelText("Current password"))).toContain(
      "Enter your current password",
    );
    type("Current password", "the old password");
    fireEvent.click(screen.getByRole("button", { name: "Change password" }));
    expect(await screen.findByText(/Your password has been changed/)).toBeVisible();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe("/api/session/password");
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      current: "the old password",
      new: "orange kettle harbour",
    });
    expect(screen.getByLabelText("Current password")).toHaveValue("");
  });
});
