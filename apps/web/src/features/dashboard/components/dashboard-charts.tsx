import { BarChart, LineChart } from '@mantine/charts';
import type { MantineColor } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { innovationsSearchFor } from '../dashboard-links';
import type { FigureBar } from './figure-bar';
import { barChartHeight, trendChartHeight } from './chart-sizes';
import { useDashboardLinking } from './dashboard-linking';

// The charts of the dashboard, in a module of their own: it pulls in recharts, so it is loaded
// on demand (see `lazy-charts.ts`) and the page's figures and tables show first.

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Horizontal bars (labels readable on a 390-px phone), one colour. Clicking a bar opens the
 * innovation list it counts; the table beside the chart has the same links for the keyboard.
 */
export function FigureBarChart({
  rows,
  seriesLabel,
  color = 'cyan.7',
  labelWidth = 120,
}: {
  readonly rows: readonly FigureBar[];
  readonly seriesLabel: string;
  readonly color?: MantineColor;
  readonly labelWidth?: number;
}) {
  const navigate = useNavigate();
  const { filter, linkable } = useDashboardLinking();
  const open = (row: FigureBar | undefined) => {
    if (!linkable || !row?.figure) return;
    void navigate({ to: '/inovasi', search: innovationsSearchFor(filter, row.figure) });
  };
  return (
    <BarChart
      h={barChartHeight(rows.length)}
      data={rows.map((row) => ({ ...row }))}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'value', label: seriesLabel, color }]}
      withBarValueLabel
      gridAxis="none"
      withXAxis={false}
      barChartProps={{ accessibilityLayer: false, margin: { right: 32 } }}
      yAxisProps={{
        width: labelWidth,
        interval: 0,
        tickFormatter: (value: string) => shorten(value, Math.floor(labelWidth / 7)),
      }}
      barProps={{
        cursor: linkable ? 'pointer' : undefined,
        onClick: (item) => open(item.payload as FigureBar | undefined),
      }}
      tooltipAnimationDuration={0}
    />
  );
}

/** One month of the trend, its label already formatted. */
export type TrendPoint = {
  readonly month: string;
  readonly created: number;
  readonly advanced: number;
  readonly evaluated: number;
};

/** The monthly trend: created, advanced and evaluated innovations, as three lines. */
export function TrendChart({
  points,
  labels,
}: {
  readonly points: readonly TrendPoint[];
  readonly labels: {
    readonly created: string;
    readonly advanced: string;
    readonly evaluated: string;
  };
}) {
  return (
    <LineChart
      h={trendChartHeight}
      data={points.map((point) => ({ ...point }))}
      dataKey="month"
      withLegend
      legendProps={{ verticalAlign: 'bottom' }}
      lineChartProps={{ accessibilityLayer: false }}
      series={[
        { name: 'created', label: labels.created, color: 'cyan.7' },
        { name: 'advanced', label: labels.advanced, color: 'grape.7' },
        { name: 'evaluated', label: labels.evaluated, color: 'orange.8' },
      ]}
      curveType="monotone"
      yAxisProps={{ allowDecimals: false, width: 32 }}
      xAxisProps={{ minTickGap: 8 }}
      tooltipAnimationDuration={0}
    />
  );
}
