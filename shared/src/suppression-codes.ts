/**
 * The codes DfE's Explore Education Statistics files write instead of a number (GSS symbols), and
 * what each means. The importer accepts exactly these; the client says them in words.
 */
export const SUPPRESSION_MEANINGS = {
  c: "confidential",
  u: "low reliability",
  x: "not available",
  z: "not applicable",
  k: "small or negligible",
  low: "small or negligible",
  "-": "small or negligible",
  ":": "not available",
} as const;

export type SuppressionCode = keyof typeof SUPPRESSION_MEANINGS;

export const SUPPRESSION_CODES = Object.keys(SUPPRESSION_MEANINGS) as SuppressionCode[];

export function isSuppressionCode(code: string): code is SuppressionCode {
  return Object.hasOwn(SUPPRESSION_MEANINGS, code);
}
