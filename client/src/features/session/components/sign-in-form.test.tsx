import { fireEvent, screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { sendJson, setCsrfToken } from "../../../lib/api-client.ts";
import { renderWithQuery } from "../../../testing/render-with-query.tsx";
import { json, signedInSession } from "../../../testing/stub-session.ts";
import { SignInForm } from "./sign-in-form.tsx";

const describedBy = (element: HTMLElement) =>
  (element.getAttribute("aria-describedby") ?? "")
    .split(" ")
    .map((id) => document.getElementById(id)?.textContent ?? "")
    .join(" ");

function fillAndSubmit(email: string, password: string) {
  fireEvent.change(screen.getByLabelText("Email address"), { target: { value: email } });
  fireEvent.change(screen.getByLabelText("Password"), { target: { value: password } });
  fireEvent.click(screen.getByRole("button", { name: "Sign in" }));
}

describe("SignInForm", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
  });

  it("names each missing field, ties the message to it and moves focus to the summary, without asking the server", async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal("fetch", fetchMock);
    renderWithQuery(<SignInForm onSignedIn={vi.fn()} />);
    fillAndSubmit("", "");
    const summary = await screen.findByRole("alert");
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent("There is a problem");
    const email = screen.getByLabelText("Email address");
    expect(email).toHaveAttribute("aria-invalid", "true");
    expect(describedBy(email)).toContain("Enter your email address, like name@council.gov.uk");
    expect(describedBy(screen.getByLabelText("Password"))).toContain("Enter your password");
    fireEvent.click(screen.getByRole("link", { name: "Enter your password" }));
    expect(screen.getByLabelText("Password")).toHaveFocus();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it("ties the server's refusal to the password, not saying which part was wrong", async () => {
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        json({ statusCode: 401, error: "Unauthorized", message: "The email or password is not right" }, 401),
      ),
    );
    const onSignedIn = vi.fn();
    renderWithQuery(<SignInForm onSignedIn={onSignedIn} />);
    fillAndSubmit("ada@example.gov.uk", "not the password");
    await waitFor(() => expect(screen.getByRole("alert")).toHaveFocus());
    const password = screen.getByLabelText("Password");
    expect(password).toHaveAttribute("aria-invalid", "true");
    expect(describedBy(password)).toContain("The email or password is not right");
    expect(screen.getByLabelText("Email address")).not.toHaveAttribute("aria-invalid");
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it("says when to try again after too many failed sign-ins", async () => {
    vi.useFakeTimers({ now: new Date(2026, 0, 5, 14, 20), toFake: ["Date"] });
    vi.stubGlobal(
      "fetch",
      vi.fn(async () =>
        json(
          {
            statusCode: 429,
            error: "Too Many Requests",
            message: "Too many failed sign-ins: try again in 15 minutes",
          },
          429,
          { "retry-after": "900" },
        ),
      ),
    );
    renderWithQuery(<SignInForm onSignedIn={vi.fn()} />);
    fillAndSubmit("ada@example.gov.uk", "a long enough password");
    expect(
      await screen.findByText("Too many failed sign-ins: try again at 14:35 (in 15 minutes)."),
    ).toBeVisible();
    vi.useRealTimers();
  });

  it("hands over the session and keeps its CSRF token for the next change", async () => {
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => json(signedInSession));
    vi.stubGlobal("fetch", fetchMock);
    const onSignedIn = vi.fn();
    renderWithQuery(<SignInForm onSignedIn={onSignedIn} />);
    fillAndSubmit("  ada@example.gov.uk ", "a long enough password");
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledWith(signedInSession));
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      email: "ada@example.gov.uk",
      password: "a long enough password",
    });
    fetchMock.mockResolvedValueOnce(json(null, 204));
    await sendJson("DELETE", "/api/session", undefined, null);
    expect(fetchMock.mock.calls[1]?.[1]?.headers).toMatchObject({ "x-csrf-token": "csrf-token-for-tests" });
  });
});
