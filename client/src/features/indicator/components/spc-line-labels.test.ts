import { describe, expect, it } from "vitest";
import { placeLineLabels } from "./spc-line-labels.ts";

describe("placeLineLabels", () => {
  const domain = { min: 15, max: 35 };

  it("writes each name on the side away from its neighbour when there is room", () => {
    expect(placeLineLabels({ mean: 23.6, target: 24, upper: 27.7, lower: 19.6 }, domain, 290)).toEqual({
      mean: "below",
      target: "above",
      upper: "above",
      lower: "below",
    });
    expect(placeLineLabels({ mean: 23.6, target: 20 }, domain, 290)).toEqual({
      mean: "above",
      target: "below",
    });
  });

  it("leaves out a name that would cross another line", () => {
    // Limits 21 and 31 with a mean of 26 on a 0–150 axis: the lines are about 10 px apart.
    const sides = placeLineLabels({ mean: 26, upper: 31, lower: 21, target: 0 }, { min: 0, max: 150 }, 290);
    // The mean's name would cross a limit on either side, so only the limits are named.
    expect(sides.mean).toBeUndefined();
    expect(sides.upper).toBe("above");
    expect(sides.lower).toBe("below");
    // The target lies on the bottom of the axis, so its name goes above the line, not over the months.
    expect(sides.target).toBe("above");
  });

  it("skips lines that are off the chart or missing", () => {
    expect(
      placeLineLabels({ mean: 46, upper: 206, lower: -113, target: null }, { min: 0, max: 150 }),
    ).toEqual({
      mean: "above",
    });
  });
});
