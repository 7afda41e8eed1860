/**
 * A tiny line of the last months, drawn as plain SVG so the scorecard's first load carries no
 * chart library. It is decorative beside the figures: its label gives the range in words.
 */
export interface SparklinePoint {
  period: string;
  value: number | null;
}

export function sparklinePath(points: readonly SparklinePoint[], width: number, height: number): string {
  const values = points.map((point) => point.value).filter((value): value is number => value !== null);
  if (values.length < 2) return "";
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = width / Math.max(points.length - 1, 1);
  let path = "";
  let pen = "M";
  points.forEach((point, i) => {
    if (point.value === null) {
      pen = "M";
      return;
    }
    const x = i * step;
    const y = height - ((point.value - min) / span) * height;
    path += `${pen}${x.toFixed(1)},${y.toFixed(1)} `;
    pen = "L";
  });
  return path.trim();
}

export function Sparkline({ points, label }: { points: readonly SparklinePoint[]; label: string }) {
  const width = 96;
  const height = 24;
  const path = sparklinePath(points, width, height);
  if (!path) return <span className="muted">Too few months</span>;
  return (
    <svg
      className="sparkline"
      width={width}
      height={height + 4}
      viewBox={`0 -2 ${width} ${height + 4}`}
      role="img"
    >
      <title>{label}</title>
      <path d={path} fill="none" stroke="currentColor" strokeWidth="1.5" />
    </svg>
  );
}
