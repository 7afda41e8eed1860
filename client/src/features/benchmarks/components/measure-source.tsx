import type { BenchmarkMeasure } from "@scorecard/shared/api-schema";
import { measurePolarityWords } from "./benchmark-words.ts";

/** "Characteristics of children in need" from the publication's address on Explore education statistics. */
export function publicationName(sourceUrl: string): string {
  let slug = "";
  try {
    slug = new URL(sourceUrl).pathname.split("/").filter(Boolean).at(-1) ?? "";
  } catch {
    return "the DfE publication";
  }
  if (!slug) return "the DfE publication";
  const words = slug
    .replace(/-s-/g, "'s-")
    .split("-")
    .map((word) => (word === "england" ? "England" : word))
    .join(" ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Where the figures come from and how they are worked out. */
export function MeasureSource({ measure }: { measure: BenchmarkMeasure }) {
  const printedUrl = measure.sourceUrl.replace(/^https?:\/\//, "");
  return (
    <dl className="bm-source">
      <dt>Definition</dt>
      <dd>{measure.definition}</dd>
      <dt>Period</dt>
      <dd>{measure.period}</dd>
      <dt>How it is worked out</dt>
      <dd>{measure.method}</dd>
      <dt>Which way is better</dt>
      <dd>{measurePolarityWords(measure.polarity)}</dd>
      <dt>Source</dt>
      <dd>
        Department for Education, data file <code className="bm-file">{measure.sourceFile}</code>, from the
        publication <a href={measure.sourceUrl}>{publicationName(measure.sourceUrl)}</a>
        <span className="bm-print-url"> ({printedUrl})</span> on Explore education statistics.
      </dd>
      <dt>Suppressed figures</dt>
      <dd>
        Where DfE did not publish a figure the page gives its reason instead of a number: c confidential, u
        low reliability, x not available, z not applicable, k, low or - small or negligible.
      </dd>
    </dl>
  );
}
