/**
 * Where to write "Mean", "Target" and the limit names on the SPC chart. Each name sits just above or
 * below its line at the right-hand end, never across another line or another name; when a name fits on
 * neither side it is left out, most important first (the legend under the chart names every line).
 */

export type SpcLineKey = "mean" | "target" | "upper" | "lower";
export type LabelSide = "above" | "below";

/** Height of one label, in pixels. */
const LABEL_HEIGHT = 14;

/** The plot area of a 340 px chart after its margins and the month axis. */
export const SPC_PLOT_HEIGHT = 290;

export function placeLineLabels(
  lines: Partial<Record<SpcLineKey, number | null>>,
  domain: { min: number; max: number },
  plotHeight: number = SPC_PLOT_HEIGHT,
): Partial<Record<SpcLineKey, LabelSide>> {
  const span = domain.max - domain.min || 1;
  const toPixels = (value: number) => ((value - domain.min) / span) * plotHeight;
  const { mean, target } = lines;
  const targetAbove = typeof mean === "number" && typeof target === "number" && target > mean;
  const preferred: Record<SpcLineKey, LabelSide> = {
    mean: targetAbove ? "below" : "above",
    target: targetAbove ? "above" : "below",
    upper: "above",
    lower: "below",
  };
  const visible = (Object.entries(lines) as [SpcLineKey, number | null | undefined][]).filter(
    (entry): entry is [SpcLineKey, number] =>
      typeof entry[1] === "number" && entry[1] >= domain.min && entry[1] <= domain.max,
  );
  const others = (key: SpcLineKey) =>
    visible.filter(([other]) => other !== key).map(([, value]) => toPixels(value));
  const placed: { from: number; to: number }[] = [];
  const sides: Partial<Record<SpcLineKey, LabelSide>> = {};
  for (const key of ["mean", "target", "upper", "lower"] as const) {
    const value = lines[key];
    if (typeof value !== "number" || value < domain.min || value > domain.max) continue;
    const at = toPixels(value);
    const other: LabelSide = preferred[key] === "above" ? "below" : "above";
    for (const side of [preferred[key], other]) {
      const band =
        side === "above" ? { from: at, to: at + LABEL_HEIGHT } : { from: at - LABEL_HEIGHT, to: at };
      const fits = band.from >= 0 && band.to <= plotHeight;
      const clear =
        placed.every((taken) => band.to <= taken.from || band.from >= taken.to) &&
        // A name written across another line would seem to name that line instead.
        others(key).every((line) => line <= band.from || line >= band.to);
      if (fits && clear) {
        placed.push(band);
        sides[key] = side;
        break;
      }
    }
  }
  return sides;
}
