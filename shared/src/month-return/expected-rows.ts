/**
 * The rows of a month's return template: every indicator for the whole authority, and each
 * indicator × area × breakdown that had a figure in the twelve months before, with last month's
 * figures beside the empty cells.
 */

export interface TemplateIndicator {
  id: string;
  ref: number;
  title: string;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
}

export interface TemplateArea {
  slug: string;
  name: string;
  parentSlug: string | null;
}

export interface RecentFigure {
  indicator: string;
  area: string;
  breakdown: string;
  period: string;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
}

export interface ExpectedReturnRow {
  indicator: string;
  indicatorTitle: string;
  area: string;
  areaName: string;
  breakdown: string;
  numeratorLabel: string | null;
  denominatorLabel: string | null;
  lastMonth: { numerator: number | null; denominator: number | null; value: number | null } | null;
}

/** `areas` in display order; `recent` the previous twelve months' figures; `lastMonth` the month before. */
export function expectedReturnRows(input: {
  indicators: readonly TemplateIndicator[];
  areas: readonly TemplateArea[];
  recent: readonly RecentFigure[];
  lastMonth: string;
}): ExpectedReturnRow[] {
  const areaOrder = new Map(input.areas.map((area, index) => [area.slug, index]));
  const areaBySlug = new Map(input.areas.map((area) => [area.slug, area]));
  const key = (indicator: string, area: string, breakdown: string) =>
    `${indicator}\u0000${area}\u0000${breakdown}`;
  const wanted = new Set<string>();
  const last = new Map<string, RecentFigure>();
  for (const indicator of input.indicators) {
    for (const area of input.areas)
      if (area.parentSlug === null) wanted.add(key(indicator.id, area.slug, ""));
  }
  for (const figure of input.recent) {
    if (!areaBySlug.has(figure.area)) continue;
    wanted.add(key(figure.indicator, figure.area, figure.breakdown));
    if (figure.period === input.lastMonth)
      last.set(key(figure.indicator, figure.area, figure.breakdown), figure);
  }
  const rows: ExpectedReturnRow[] = [];
  const indicators = [...input.indicators].sort((a, b) => a.ref - b.ref);
  for (const indicator of indicators) {
    const cells = [...wanted]
      .map((entry) => entry.split("\u0000") as [string, string, string])
      .filter(([id]) => id === indicator.id)
      .sort(([, a, x], [, b, y]) => (areaOrder.get(a) ?? 0) - (areaOrder.get(b) ?? 0) || x.localeCompare(y));
    for (const [, slug, breakdown] of cells) {
      const previous = last.get(key(indicator.id, slug, breakdown));
      rows.push({
        indicator: indicator.id,
        indicatorTitle: indicator.title,
        area: slug,
        areaName: areaBySlug.get(slug)?.name ?? slug,
        breakdown,
        numeratorLabel: indicator.numeratorLabel,
        denominatorLabel: indicator.denominatorLabel,
        lastMonth: previous
          ? { numerator: previous.numerator, denominator: previous.denominator, value: previous.value }
          : null,
      });
    }
  }
  return rows;
}
