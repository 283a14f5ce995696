import { BarChart } from '@mantine/charts';
import { useLocale } from '../../common/hooks/use-locale';

// The progress chart, in a module of its own: it pulls in recharts, so it is loaded on demand
// (see `progress-by-dimension.tsx`) and the page's figures and tables show first.

/** One bar: a dimension and its progress (0 when none yet). */
export type ProgressBar = { readonly label: string; readonly value: number };

/** Horizontal bars of progress per dimension, 0–100%, written in the user's language. */
export function ProgressBarChart({
  rows,
  seriesLabel,
  height,
}: {
  readonly rows: readonly ProgressBar[];
  readonly seriesLabel: string;
  readonly height: number;
}) {
  const format = useLocale();
  return (
    <BarChart
      h={height}
      data={rows.map((row) => ({ ...row }))}
      dataKey="label"
      orientation="vertical"
      series={[{ name: 'value', label: seriesLabel, color: 'teal.7' }]}
      withBarValueLabel
      valueFormatter={(value) => format.percent(value)}
      gridAxis="none"
      withXAxis={false}
      xAxisProps={{ domain: [0, 100] }}
      barChartProps={{ accessibilityLayer: false, margin: { right: 40 } }}
      yAxisProps={{ width: 130, interval: 0 }}
      tooltipAnimationDuration={0}
    />
  );
}
