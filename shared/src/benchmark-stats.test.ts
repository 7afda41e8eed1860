import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { benchmarkStats, type LaValue, quantileType7 } from "./benchmark-stats.ts";

const las = (...values: (number | null)[]): LaValue[] =>
  values.map((value, i) => ({ code: `LA${i + 1}`, value }));

describe("quantileType7 matches R's quantile()", () => {
  it("quantile(1:10) gives 1, 3.25, 5.5, 7.75, 10", () => {
    const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantileType7(xs, p))).toEqual([1, 3.25, 5.5, 7.75, 10]);
  });

  it("quantile(c(1, 2, 3, 4)) gives 1, 1.75, 2.5, 3.25, 4", () => {
    expect([0, 0.25, 0.5, 0.75, 1].map((p) => quantileType7([1, 2, 3, 4], p))).toEqual([
      1, 1.75, 2.5, 3.25, 4,
    ]);
  });

  it("quantile(c(10, 20, 20, 30), c(.25, .5, .75)) gives 17.5, 20, 22.5; one value is every quantile", () => {
    expect([0.25, 0.5, 0.75].map((p) => quantileType7([10, 20, 20, 30], p))).toEqual([17.5, 20, 22.5]);
    expect(quantileType7([7], 0.3)).toBe(7);
  });

  it("rejects empty or unsorted input and p outside [0, 1]", () => {
    expect(() => quantileType7([], 0.5)).toThrow(RangeError);
    expect(() => quantileType7([2, 1], 0.5)).toThrow(/sorted/);
    expect(() => quantileType7([1, 2], 1.5)).toThrow(RangeError);
  });
});

describe("benchmarkStats: rank", () => {
  it("ties share the lowest rank: [10, 20, 20, 30] lower is better → 1, 2, 2, 4", () => {
    const values = las(10, 20, 20, 30);
    const ranks = values.map(
      ({ code }) =>
        benchmarkStats({ values, subject: code, neighbours: [], polarity: "lower_is_better" }).rank,
    );
    expect(ranks).toEqual([1, 2, 2, 4]);
  });

  it("higher is better reverses the order: [10, 20, 20, 30] → 4, 2, 2, 1", () => {
    const values = las(10, 20, 20, 30);
    const ranks = values.map(
      ({ code }) =>
        benchmarkStats({ values, subject: code, neighbours: [], polarity: "higher_is_better" }).rank,
    );
    expect(ranks).toEqual([4, 2, 2, 1]);
  });

  it("suppressed values take no rank and are not counted as 0", () => {
    const stats = benchmarkStats({
      values: las(5, null, 3, null),
      subject: "LA1",
      neighbours: [],
      polarity: "lower_is_better",
    });
    expect(stats.rank).toBe(2);
    expect(stats.rankOf).toBe(2);
    expect(stats.nationalMean).toBe(4);
  });

  it("no rank or quartile for neutral polarity or a subject without a value", () => {
    const values = las(5, null, 3);
    const neutral = benchmarkStats({ values, subject: "LA1", neighbours: [], polarity: "neutral" });
    expect([neutral.rank, neutral.quartile, neutral.subjectValue]).toEqual([null, null, 5]);
    const suppressed = benchmarkStats({
      values,
      subject: "LA2",
      neighbours: [],
      polarity: "lower_is_better",
    });
    expect([suppressed.rank, suppressed.quartile, suppressed.subjectValue]).toEqual([null, null, null]);
    const absent = benchmarkStats({ values, subject: "E99", neighbours: [], polarity: "lower_is_better" });
    expect(absent.rank).toBeNull();
    expect(absent.rankOf).toBe(2);
  });
});

describe("benchmarkStats: quartile bands (cut points 2, 3, 4 for values 1..5)", () => {
  const values = las(1, 2, 3, 4, 5);
  const band = (polarity: "lower_is_better" | "higher_is_better") =>
    values.map(({ code }) => benchmarkStats({ values, subject: code, neighbours: [], polarity }).quartile);

  it("lower is better: A at or below Q1, B at or below the median, C at or below Q3, D above", () => {
    expect(band("lower_is_better")).toEqual(["A", "A", "B", "C", "D"]);
  });

  it("higher is better: A above Q3, B above the median, C above Q1, D at or below Q1", () => {
    expect(band("higher_is_better")).toEqual(["D", "D", "C", "B", "A"]);
  });

  it("cut points ignore suppressed values", () => {
    const withGaps = [...las(1, 2, 3, 4, 5), { code: "X", value: null }, { code: "Y", value: null }];
    expect(
      benchmarkStats({ values: withGaps, subject: "LA2", neighbours: [], polarity: "lower_is_better" })
        .quartile,
    ).toBe("A");
  });
});

describe("benchmarkStats: neighbours and England", () => {
  const values = las(10, 20, null, 40, 50, 60);

  it("averages the neighbours with values; the subject and repeats are ignored", () => {
    const stats = benchmarkStats({
      values,
      subject: "LA1",
      neighbours: ["LA2", "LA3", "LA4", "LA4", "LA1", "E99"],
      polarity: "higher_is_better",
      national: 33.3,
    });
    expect(stats.neighboursWithValues).toBe(2);
    expect(stats.neighboursMean).toBe(30);
    expect(stats.neighboursMedian).toBe(30);
    expect(stats.national).toBe(33.3);
    expect(stats.nationalMean).toBe(36);
    expect(stats.subjectValue).toBe(10);
    expect(stats.rank).toBe(5);
    expect(stats.rankOf).toBe(5);
  });

  it("the neighbour median is the middle value (type 7 at 0.5)", () => {
    const stats = benchmarkStats({
      values,
      subject: "LA1",
      neighbours: ["LA2", "LA4", "LA6"],
      polarity: "neutral",
    });
    expect(stats.neighboursMedian).toBe(40);
    expect(stats.neighboursMean).toBe(40);
  });

  it("gives nulls when nothing is known", () => {
    const stats = benchmarkStats({
      values: las(null),
      subject: "LA1",
      neighbours: ["LA1"],
      polarity: "lower_is_better",
    });
    expect(stats).toEqual({
      subjectValue: null,
      national: null,
      nationalMean: null,
      neighboursMean: null,
      neighboursMedian: null,
      neighboursWithValues: 0,
      rank: null,
      rankOf: 0,
      quartile: null,
    });
  });

  it("rejects an LA listed twice", () => {
    expect(() =>
      benchmarkStats({
        values: [...las(1), { code: "LA1", value: 2 }],
        subject: "LA1",
        neighbours: [],
        polarity: "neutral",
      }),
    ).toThrow(/LA1/);
  });
});

describe("benchmarkStats: properties", () => {
  it("adding suppressed LAs changes nothing", () => {
    const valueList = fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(valueList, fc.integer({ min: 1, max: 10 }), (numbers, suppressedCount) => {
        const values = las(...numbers);
        const suppressed = Array.from({ length: suppressedCount }, (_, i) => ({
          code: `S${i}`,
          value: null,
        }));
        const neighbours = ["LA2", "LA3", ...suppressed.map((s) => s.code)];
        const input = { subject: "LA1", neighbours, polarity: "lower_is_better" as const };
        expect(benchmarkStats({ ...input, values: [...values, ...suppressed] })).toEqual(
          benchmarkStats({ ...input, values }),
        );
      }),
    );
  });

  it("rank is 1 + the number of LAs strictly better, and within 1..rankOf", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }), (numbers) => {
        const values = las(...numbers);
        const subjectValue = numbers[0] ?? 0;
        const stats = benchmarkStats({
          values,
          subject: "LA1",
          neighbours: [],
          polarity: "higher_is_better",
        });
        expect(stats.rank).toBe(1 + numbers.filter((n) => n > subjectValue).length);
        expect(stats.rank).toBeGreaterThanOrEqual(1);
        expect(stats.rank).toBeLessThanOrEqual(stats.rankOf);
      }),
    );
  });
});
