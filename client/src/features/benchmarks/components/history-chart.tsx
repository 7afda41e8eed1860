import type { BenchmarkMeasure } from "@scorecard/shared/api-schema";
import { formatValue } from "@scorecard/shared/figure-format";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { type ChartConfig, ChartFrame, ChartLegend } from "../../../components/chart-frame.tsx";
import { type AxisDomain, axisNote, yAxisProps } from "../../../lib/axis-domain.ts";
import { type HistoryKey, type HistoryRow, yearsWithout } from "./history-rows.ts";

/** Each line has its own dash as well as its own colour, so the lines never differ by colour alone. */
export function historyChartConfig(
  laName: string,
  regionName: string | null,
): Record<HistoryKey, ChartConfig[string]> {
  return {
    value: { label: laName, colour: "var(--chart-1)" },
    national: { label: "England", colour: "var(--chart-3)", dash: "2 3" },
    region: {
      label: regionName ? `${regionName} (region)` : "Region",
      colour: "var(--chart-5)",
      dash: "8 4",
    },
    neighboursMean: { label: "Statistical neighbours' mean", colour: "var(--chart-4)", dash: "10 3 2 3" },
  };
}

export function HistoryChart({
  rows,
  measure,
  config,
  domain,
  description,
  tableId,
}: {
  rows: readonly HistoryRow[];
  measure: BenchmarkMeasure;
  config: ReturnType<typeof historyChartConfig>;
  domain: AxisDomain;
  description: string;
  tableId: string;
}) {
  const keys: HistoryKey[] = ["value", "national", "region", "neighboursMean"];
  const shown = keys.filter((key) => rows.some((row) => row[key] !== null));
  const gappy = shown.filter((key) => yearsWithout(rows, key) > 0);
  return (
    <>
      <ChartFrame title={`${measure.title}, year by year`} description={description} tableId={tableId}>
        <ResponsiveContainer width="100%" height={340}>
          <LineChart
            data={[...rows]}
            margin={{ top: 16, right: 32, bottom: 4, left: 4 }}
            accessibilityLayer={false}
          >
            <CartesianGrid stroke="#dedede" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={8} />
            <YAxis {...yAxisProps(domain, measure.unit)} tick={{ fontSize: 12 }} width={64} />
            <Tooltip
              isAnimationActive={false}
              formatter={(value) =>
                typeof value === "number" ? formatValue(value, measure.unit, measure.decimals) : "No figure"
              }
            />
            {shown.map((key) => (
              <Line
                key={key}
                type="linear"
                dataKey={key}
                name={config[key].label}
                stroke={config[key].colour}
                strokeDasharray={config[key].dash}
                strokeWidth={key === "value" ? 3 : 2}
                dot={key === "value" ? { r: 4, fill: config.value.colour } : false}
                activeDot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </ChartFrame>
      <ChartLegend config={config} keys={shown} />
      <p className="chart-note">
        {axisNote(domain, measure.unit, "changes from year to year")}
        {gappy.length > 0 &&
          ` A line breaks where there is no figure for a year (${gappy.map((key) => config[key].label).join(", ")}).`}
      </p>
    </>
  );
}
