import type { ScorecardRow } from "@scorecard/shared/api-schema";
import { formatValue, shownDecimals } from "@scorecard/shared/figure-format";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import { type ChartConfig, ChartFrame, ChartLegend } from "../../../components/chart-frame.tsx";
import { primaryBenchmarks } from "../../../lib/benchmarks.ts";
import type { AreaBar } from "./area-figures.ts";

const config: ChartConfig = {
  whole: { label: "Whole authority", colour: "var(--chart-1)" },
  area: { label: "Area", colour: "var(--chart-2)" },
  target: { label: "Target", colour: "var(--colour-text)", dash: "6 3" },
  national: { label: "England", colour: "var(--chart-3)", dash: "2 3" },
  regional: { label: "Region", colour: "var(--chart-5)", dash: "4 2" },
  statistical_neighbours: { label: "Statistical neighbours", colour: "var(--chart-4)", dash: "8 3 2 3" },
};

/** Every chosen area side by side, with the target and the benchmarks as reference lines. */
export function AreaBarChart({
  row,
  bars,
  tableId,
}: {
  row: ScorecardRow;
  bars: AreaBar[];
  tableId: string;
}) {
  const decimals = shownDecimals(row.unit, row.decimals);
  const references = [
    ...(row.target === null ? [] : [{ key: "target", value: row.target }]),
    ...primaryBenchmarks(row.benchmarks)
      .filter((benchmark) => benchmark.unit === row.unit)
      .map((benchmark) => ({ key: benchmark.kind, value: benchmark.value })),
  ];
  const data = bars.filter((bar) => bar.value !== null);
  const shown = data.map((bar) => `${bar.name} ${formatValue(bar.value, row.unit, decimals)}`).join(", ");
  const legendKeys = ["whole", "area", ...references.map((reference) => reference.key)];
  return (
    <ChartFrame
      title={`${row.title} by area`}
      description={`Bars: ${shown || "no figures"}.${row.target === null ? "" : ` Target ${formatValue(row.target, row.unit, row.decimals)}.`} The axis starts at zero: bars compare sizes.`}
      tableId={tableId}
    >
      <ResponsiveContainer width="100%" height={Math.max(260, 48 * data.length + 60)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 56, bottom: 8, left: 8 }}>
          <CartesianGrid horizontal={false} stroke="var(--colour-border)" />
          <XAxis
            type="number"
            domain={[0, "auto"]}
            tickFormatter={(value: number) => formatValue(value, row.unit, 0)}
          />
          <YAxis type="category" dataKey="name" width={170} />
          <Bar dataKey="value" isAnimationActive={false}>
            {data.map((bar) => (
              <Cell key={bar.areaId} fill={bar.isWhole ? config.whole?.colour : config.area?.colour} />
            ))}
            <LabelList
              dataKey="value"
              position="right"
              formatter={(value: unknown) =>
                formatValue(typeof value === "number" ? value : null, row.unit, decimals)
              }
            />
          </Bar>
          {references.map((reference) => (
            <ReferenceLine
              key={reference.key}
              x={reference.value}
              stroke={config[reference.key]?.colour}
              strokeDasharray={config[reference.key]?.dash}
              strokeWidth={2}
              ifOverflow="extendDomain"
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend config={config} keys={legendKeys} />
    </ChartFrame>
  );
}
