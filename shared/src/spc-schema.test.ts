import { describe, expect, expectTypeOf, it } from "vitest";
import { type Spc, spcSchema } from "./api-schema.ts";
import { type SpcImprovement, type XmrChart, type XmrPoint, xmrChart } from "./xmr-chart.ts";

describe("spcSchema", () => {
  it("is the engine's chart type, each point with its month (checked by the type checker)", () => {
    expectTypeOf<Omit<Spc, "points" | "improvement" | "target">>().toEqualTypeOf<Omit<XmrChart, "points">>();
    expectTypeOf<Omit<Spc["points"][number], "period">>().toEqualTypeOf<XmrPoint>();
    expectTypeOf<Spc["improvement"]>().toEqualTypeOf<SpcImprovement>();
  });

  it("accepts every rule and colour the engine gives", () => {
    const values = [10, 10, 10, 10, 10, 10, 10, 10, 11, 12, 13, 14, 15, 16, 17, 40];
    const chart = xmrChart(values, { improvement: "decrease", target: 12 });
    const spc = {
      ...chart,
      points: chart.points.map((point, i) => ({
        ...point,
        period: `2016-${String((i % 12) + 1).padStart(2, "0")}`,
      })),
      improvement: "decrease" as const,
      target: 12,
    };
    expect(new Set(chart.points.flatMap((point) => point.rules)).size).toBeGreaterThan(1);
    expect(spcSchema.parse(spc)).toEqual(spc);
    expect(() => spcSchema.parse({ ...spc, variation: "special" })).toThrow();
  });
});
