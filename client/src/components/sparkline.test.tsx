import { describe, expect, it } from "vitest";
import { sparklinePath } from "./sparkline.tsx";

describe("sparklinePath", () => {
  it("scales the values into the box, highest at the top", () => {
    const path = sparklinePath(
      [
        { period: "2017-10", value: 10 },
        { period: "2017-11", value: 20 },
        { period: "2017-12", value: 15 },
      ],
      100,
      10,
    );
    expect(path).toBe("M0.0,10.0 L50.0,0.0 L100.0,5.0");
  });

  it("lifts the pen over a missing month and draws nothing for fewer than two values", () => {
    const path = sparklinePath(
      [
        { period: "a", value: 1 },
        { period: "b", value: 2 },
        { period: "c", value: null },
        { period: "d", value: 1 },
      ],
      30,
      10,
    );
    expect(path).toBe("M0.0,10.0 L10.0,0.0 M30.0,10.0");
    expect(sparklinePath([{ period: "a", value: 1 }], 30, 10)).toBe("");
  });
});
