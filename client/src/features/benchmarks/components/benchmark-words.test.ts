import { describe, expect, it } from "vitest";
import {
  differenceWords,
  figureText,
  measurePolarityWords,
  missingFigureText,
  ordinal,
  quartileMeaning,
  rankOneWords,
  rankText,
  suppressionMeaning,
} from "./benchmark-words.ts";

describe("ordinal", () => {
  it("uses st, nd, rd and th, with 11–13 always th", () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 84, 101, 111, 112, 113, 151].map(ordinal)).toEqual([
      "1st",
      "2nd",
      "3rd",
      "4th",
      "11th",
      "12th",
      "13th",
      "21st",
      "22nd",
      "23rd",
      "84th",
      "101st",
      "111th",
      "112th",
      "113th",
      "151st",
    ]);
  });
});

describe("rankText", () => {
  it("reads as a position among the ranked LAs", () => {
    expect(rankText(12, 151, "lower_is_better")).toBe("12th of 151");
    expect(rankText(84, 153, "higher_is_better", true)).toBe("joint 84th of 153");
  });

  it("says why there is no rank", () => {
    expect(rankText(null, 151, "neutral")).toBe("not ranked: context measure");
    expect(rankText(5, 151, "neutral")).toBe("not ranked: context measure");
    expect(rankText(null, 151, "lower_is_better")).toBe("not ranked: no figure");
  });

  it("explains which end is rank 1", () => {
    expect(rankOneWords("lower_is_better")).toBe("1st has the lowest figure (best)");
    expect(rankOneWords("higher_is_better")).toBe("1st has the highest figure (best)");
  });
});

describe("suppression wording", () => {
  it("gives each DfE code its meaning", () => {
    expect(suppressionMeaning("c")).toBe("confidential");
    expect(suppressionMeaning("u")).toBe("low reliability");
    expect(suppressionMeaning("x")).toBe("not available");
    expect(suppressionMeaning("z")).toBe("not applicable");
    expect(suppressionMeaning("k")).toBe("small or negligible");
    expect(suppressionMeaning("low")).toBe("small or negligible");
    expect(suppressionMeaning("-")).toBe("small or negligible");
    expect(suppressionMeaning(":")).toBe("not available");
    expect(suppressionMeaning(" C ")).toBe("confidential");
    expect(suppressionMeaning("q")).toBe("not published");
  });

  it("shows the meaning and the code instead of a figure, never 0 or a blank", () => {
    expect(missingFigureText("c")).toBe("Not published: confidential (c)");
    expect(missingFigureText(null)).toBe("No figure");
    expect(figureText(null, "x", "percent", 1)).toBe("Not published: not available (x)");
    expect(figureText(null, null, "rate_per_10k", 1)).toBe("No figure");
    expect(figureText(0, null, "percent", 1)).toBe("0.0%");
    expect(figureText(20.7, null, "percent", 1)).toBe("20.7%");
    expect(figureText(41.25, null, "rate_per_10k", 1)).toBe("41.3 per 10,000");
  });
});

describe("differenceWords", () => {
  it("says how far and which way, and whether that is better", () => {
    expect(differenceWords(20.7, 22.6, "percent", 1, "lower_is_better")).toBe(
      "1.9 percentage points lower (better)",
    );
    expect(differenceWords(20.7, 19.5, "percent", 1, "lower_is_better")).toBe(
      "1.2 percentage points higher (worse)",
    );
    expect(differenceWords(60, 59, "percent", 0, "higher_is_better")).toBe(
      "1 percentage point higher (better)",
    );
    expect(differenceWords(15.2, 14.15, "number", 1, "lower_is_better")).toBe("1.0 higher (worse)");
    expect(differenceWords(45.1, 40.6, "rate_per_10k", 1, "neutral")).toBe("4.5 per 10,000 higher");
  });

  it("compares figures as printed, so equal-looking figures are the same", () => {
    expect(differenceWords(15.2, 15.24, "number", 1, "lower_is_better")).toBe("the same");
    expect(differenceWords(null, 22.6, "percent", 1, "lower_is_better")).toBeNull();
    expect(differenceWords(20.7, null, "percent", 1, "lower_is_better")).toBeNull();
  });
});

describe("polarity and quartiles in words", () => {
  it("names the direction of good performance", () => {
    expect(measurePolarityWords("lower_is_better")).toBe("Lower is better.");
    expect(measurePolarityWords("higher_is_better")).toBe("Higher is better.");
    expect(measurePolarityWords("neutral")).toMatch(/context measure.*not ranked or put in quartile bands/);
  });

  it("explains each quartile band", () => {
    expect(quartileMeaning("A")).toBe("best quarter of local authorities");
    expect(quartileMeaning("D")).toBe("worst quarter of local authorities");
  });
});
