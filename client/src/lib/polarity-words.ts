import type { Polarity } from "@scorecard/shared/indicator-schema";

/**
 * Which way is better, as a sentence, for the indicator and benchmarks pages alike. A context measure
 * (CP plans, children in care) has no better direction; `contextConsequence` says what that means on the
 * page: "so it is not rated" on the indicator page, "so local authorities are not ranked…" on the
 * benchmarks page.
 */
export function polarityWords(polarity: Polarity, contextConsequence: string): string {
  switch (polarity) {
    case "higher_is_better":
      return "Higher is better.";
    case "lower_is_better":
      return "Lower is better.";
    case "neutral":
      return `Neither higher nor lower is better: this is a context measure, ${contextConsequence}.`;
  }
}
