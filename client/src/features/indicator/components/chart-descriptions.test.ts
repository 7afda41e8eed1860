import type { Spc } from "@scorecard/shared/api-schema";
import { formatValue } from "@scorecard/shared/figure-format";
import { describe, expect, it } from "vitest";
import { seriesDescription, spcDescription } from "./chart-descriptions.ts";
import type { SeriesChartRow } from "./chart-rows.ts";

const format = (value: number) => formatValue(value, "percent", 1);
const formatTarget = (value: number) => formatValue(value, "percent", 0);

const row = (period: string, label: string, value: number | null, extra: Partial<SeriesChartRow> = {}) => ({
  period,
  label,
  value,
  source: value === null ? null : ("published" as const),
  target: null,
  national: null,
  regional: null,
  statisticalNeighbours: null,
  ...extra,
});

describe("seriesDescription", () => {
  it("gives the range, the lines shown and the latest figure against its target", () => {
    const rows = [
      row("2017-10", "Oct-17", 22.5),
      row("2017-11", "Nov-17", null, { target: 24 }),
      row("2017-12", "Dec-17", 21.718, { target: 24, national: 22 }),
    ];
    expect(seriesDescription(rows, format, formatTarget)).toBe(
      "Each month from Oct-17 to Dec-17, with the target and the national average. In Dec-17 it was 21.7%, against a target of 24%.",
    );
  });

  it("handles one month and no months", () => {
    expect(seriesDescription([row("2017-12", "Dec-17", 21.7)], format, formatTarget)).toBe(
      "One month, Dec-17. In Dec-17 it was 21.7%.",
    );
    expect(seriesDescription([], format, formatTarget)).toBe("No figures.");
  });

  it("names every benchmark line, the regional one included, for a rate per 10,000", () => {
    const rate = (value: number) => formatValue(value, "rate_per_10k", 1);
    const rows = [
      row("2017-11", "Nov-17", 33.9, { national: 43.3, regional: 46.1, statisticalNeighbours: 48 }),
      row("2017-12", "Dec-17", 34.21, { national: 43.3, regional: 46.1, statisticalNeighbours: 48 }),
    ];
    expect(seriesDescription(rows, rate, rate)).toBe(
      "Each month from Nov-17 to Dec-17, with the national average, the regional average and the statistical neighbours average. In Dec-17 it was 34.2 per 10,000.",
    );
  });
});

describe("spcDescription", () => {
  const spc: Spc = {
    mean: 22,
    movingRangeMean: 1,
    upperProcessLimit: 24.66,
    lowerProcessLimit: 19.34,
    points: [
      { period: "2017-11", value: 22, specialCause: null, rules: [] },
      { period: "2017-12", value: 25, specialCause: "concern", rules: ["outside_limits"] },
    ],
    variation: "special_cause_concern",
    assurance: "inconsistent",
    trial: true,
    improvement: "decrease",
    target: 24,
  };

  it("gives the mean, the limits and how many months are special causes", () => {
    expect(spcDescription(spc, format)).toBe(
      "Each month from Nov-17 to Dec-17, with the mean of 22.0%, process limits 19.3% and 24.7%. 1 of 2 months is a special cause.",
    );
    expect(spcDescription({ ...spc, points: [] }, format)).toBe("No figures.");
  });
});
