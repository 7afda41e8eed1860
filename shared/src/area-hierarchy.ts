import type { AREA_KINDS } from "./api-schema.ts";

/**
 * How an organisation's areas nest: the whole authority (city) at the top, its areas (districts)
 * under it, wards under an area, and service units (MASH, a city-wide team) under the city or an
 * area. Each kind sits strictly below its parent's, so no hierarchy can loop.
 */

export type AreaKind = (typeof AREA_KINDS)[number];

/** The kinds of area each kind may sit under (none for the city). */
export const PARENT_KINDS: Record<AreaKind, readonly AreaKind[]> = {
  city: [],
  area: ["city"],
  ward: ["area"],
  service: ["city", "area"],
};

/** An area as the hierarchy sees it: its slug, kind and parent's slug. */
export interface AreaEntry {
  slug: string;
  name: string;
  kind: AreaKind;
  parent: string | null;
}

const article = (kind: string) => (/^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`);
const orList = (kinds: readonly string[]) =>
  kinds.length <= 1 ? (kinds[0] ?? "") : `${kinds.slice(0, -1).join(", ")} or ${kinds.at(-1)}`;

/** Why an area of `kind` cannot sit under `parent` (null for none), or null when it can. */
export function nestingProblem(
  kind: AreaKind,
  parent: Pick<AreaEntry, "slug" | "kind"> | null,
): string | null {
  const allowed = PARENT_KINDS[kind];
  if (kind === "city") return parent ? "a whole authority (city) has no parent: leave parent empty" : null;
  if (!parent) return `${article(kind)} needs a parent: ${orList(allowed.map(article))}`;
  if (!allowed.includes(parent.kind)) {
    return `${article(kind)}'s parent must be ${orList(allowed.map(article))}, and "${parent.slug}" is ${article(parent.kind)}`;
  }
  return null;
}
