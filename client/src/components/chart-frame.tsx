import type { ReactNode } from "react";

/**
 * The one thin wrapper every chart uses: a config maps each series key to its label and colour
 * (CSS variables from the Analysis Function palette), so charts are declarative and consistently
 * labelled, and a chart always names the table that carries the same figures.
 */
export type ChartConfig = Record<string, { label: string; colour: string; dash?: string }>;

export function ChartFrame({
  title,
  description,
  tableId,
  children,
}: {
  title: string;
  /** What the chart shows, in words, for people who cannot see it. */
  description: string;
  /** The id of the table with the same data (the text alternative). */
  tableId: string;
  children: ReactNode;
}) {
  return (
    <figure className="chart-figure">
      <figcaption>
        <strong>{title}</strong> <span className="chart-note">{description}</span>{" "}
        <a href={`#${tableId}`} className="chart-note">
          The same figures are in the table.
        </a>
      </figcaption>
      <div
        className="chart-frame"
        role="img"
        aria-label={`${title}. ${description} The same figures are in the table.`}
      >
        {children}
      </div>
    </figure>
  );
}

/** A legend drawn from the config, as text, so it prints and reads without the chart. */
export function ChartLegend({ config, keys }: { config: ChartConfig; keys?: readonly string[] }) {
  const shown = keys ?? Object.keys(config);
  return (
    <ul className="chart-legend">
      {shown.map((key) => {
        const entry = config[key];
        if (!entry) return null;
        return (
          <li key={key}>
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="0"
                y1="5"
                x2="28"
                y2="5"
                stroke={entry.colour}
                strokeWidth="3"
                strokeDasharray={entry.dash}
              />
            </svg>{" "}
            {entry.label}
          </li>
        );
      })}
    </ul>
  );
}
