import type { SnModel } from "./api-schema.ts";

/**
 * Which DfE statistical-neighbour model a month's neighbour averages use. DfE replaced its April 2021
 * model with a new one in May 2025; a scorecard uses the model in force in its month. The April 2021
 * model is the oldest held, so earlier months use it too (and say so in the label).
 */
export const SN_MODEL_2025_FROM = "2025-05";

export const SN_MODEL_LABELS: Record<SnModel, string> = {
  "2025": "DfE statistical neighbours, May 2025 model",
  "2021": "DfE statistical neighbours, April 2021 model",
};

/** The statistical-neighbour model in force in a month ("YYYY-MM"). */
export function snModelInForce(period: string): SnModel {
  return period >= SN_MODEL_2025_FROM ? "2025" : "2021";
}
