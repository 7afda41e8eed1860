import { describe, expect, it } from "vitest";
import {
  assuranceLabel,
  assuranceLetter,
  NOT_RATED_SYMBOL,
  ragSymbol,
  trendSymbol,
  variationLabel,
  variationLetter,
} from "./rag-symbols.ts";

describe("rating symbols (docs/ratings.md)", () => {
  it("gives each RAG colour its own shape", () => {
    expect([ragSymbol("GREEN"), ragSymbol("AMBER"), ragSymbol("RED"), ragSymbol(null)]).toEqual([
      "●",
      "▲",
      "■",
      "–",
    ]);
  });

  it("gives each trend its own arrow", () => {
    expect([trendSymbol("GREEN"), trendSymbol("AMBER"), trendSymbol("RED"), trendSymbol(null)]).toEqual([
      "↑",
      "↗",
      "↓",
      NOT_RATED_SYMBOL,
    ]);
  });

  it("uses the Making Data Count letters on SPC icons", () => {
    expect(variationLetter("special_cause_improvement")).toBe("I");
    expect(variationLetter("special_cause_concern")).toBe("C");
    expect(variationLetter("special_cause_neutral")).toBe("N");
    expect(variationLetter("common_cause")).toBe("~");
    expect(variationLetter(null)).toBe(NOT_RATED_SYMBOL);
    expect(assuranceLetter("pass")).toBe("P");
    expect(assuranceLetter("fail")).toBe("F");
    expect(assuranceLetter("inconsistent")).toBe("?");
    expect(assuranceLetter(null)).toBe(NOT_RATED_SYMBOL);
  });

  it("has words for every icon", () => {
    expect(variationLabel("common_cause")).toBe("Common cause: no significant change");
    expect(assuranceLabel("inconsistent")).toBe("Sometimes meets and sometimes misses the target");
  });
});
