import { formatValue } from "@scorecard/shared/figure-format";
import type { Unit } from "@scorecard/shared/indicator-schema";
import type { ReactNode } from "react";
import {
  CartesianGrid,
  ComposedChart,
  type DotItemDotProps,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartFrame } from "../../../components/chart-frame.tsx";
import { type AxisDomain, yAxisProps } from "../../../lib/axis-domain.ts";

/** What each monthly chart is told: its axis and unit, its words, and the table with the same figures. */
export interface MonthlyChartFrame {
  domain: AxisDomain;
  unit: Unit;
  decimals: number;
  title: string;
  description: string;
  tableId: string;
}

/**
 * What the trend and SPC charts share: the frame with its title and description, one row per month
 * along the bottom labelled "Dec-17", the padded vertical axis, a tooltip in the figures' unit, and the
 * month-by-month value line drawn over the children (targets, benchmarks, the mean and limits).
 */
export function MonthlyChart({
  rows,
  frame,
  valueLine,
  children,
}: {
  rows: readonly { label: string; value: number | null }[];
  frame: MonthlyChartFrame;
  valueLine: { label: string; colour: string; width: number; dot: (props: DotItemDotProps) => ReactNode };
  children: ReactNode;
}) {
  const { domain, unit, decimals } = frame;
  return (
    <ChartFrame title={frame.title} description={frame.description} tableId={frame.tableId}>
      <ResponsiveContainer width="100%" height={340}>
        <ComposedChart
          data={[...rows]}
          margin={{ top: 16, right: 16, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#dedede" vertical={false} />
          <XAxis dataKey="label" tick={{ fontSize: 12 }} minTickGap={12} padding={{ left: 12, right: 12 }} />
          <YAxis {...yAxisProps(domain, unit)} tick={{ fontSize: 12 }} width={64} />
          <Tooltip
            isAnimationActive={false}
            formatter={(value) => (typeof value === "number" ? formatValue(value, unit, decimals) : "—")}
          />
          {children}
          <Line
            type="linear"
            dataKey="value"
            name={valueLine.label}
            stroke={valueLine.colour}
            strokeWidth={valueLine.width}
            dot={valueLine.dot}
            activeDot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
