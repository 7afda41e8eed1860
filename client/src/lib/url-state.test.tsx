import { act, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { navigate, useSearchParams, withParams } from "./url-state.ts";

describe("withParams", () => {
  it("sets, replaces and removes keys in a stable order", () => {
    expect(withParams("?period=2017-12", { area: "east" })).toBe("?area=east&period=2017-12");
    expect(withParams("?area=east&period=2017-12", { area: null })).toBe("?period=2017-12");
    expect(withParams("?area=east", { area: "" })).toBe("");
    expect(withParams("", { areas: "east,nwc" })).toBe("?areas=east%2Cnwc");
  });
});

function PeriodProbe() {
  const [params, setParams] = useSearchParams();
  return (
    <>
      <p>period: {params.get("period") ?? "none"}</p>
      <button type="button" onClick={() => setParams({ period: "2016-04" })}>
        April
      </button>
    </>
  );
}

describe("useSearchParams", () => {
  afterEach(() => window.history.replaceState(null, "", "/"));

  it("updates the URL, re-renders, and follows back and forward", async () => {
    window.history.replaceState(null, "", "/?period=2017-12");
    render(<PeriodProbe />);
    expect(screen.getByText("period: 2017-12")).toBeInTheDocument();

    act(() => screen.getByRole("button", { name: "April" }).click());
    expect(window.location.search).toBe("?period=2016-04");
    expect(screen.getByText("period: 2016-04")).toBeInTheDocument();

    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener("popstate", resolve, { once: true }));
    });
    expect(screen.getByText("period: 2017-12")).toBeInTheDocument();
  });

  it("ignores a navigation to the page already shown", () => {
    window.history.replaceState(null, "", "/?period=2017-12");
    const before = window.history.length;
    navigate("/?period=2017-12");
    expect(window.history.length).toBe(before);
  });
});
