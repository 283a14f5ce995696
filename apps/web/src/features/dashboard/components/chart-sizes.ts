/** Pixels per bar of a horizontal bar chart: enough for a finger on a phone. */
const barRowHeight = 30;

/** The height of a horizontal bar chart with `rows` bars (the skeleton uses it too). */
export function barChartHeight(rows: number): number {
  return Math.max(120, rows * barRowHeight + 40);
}

/** The height of the trend chart. */
export const trendChartHeight = 260;
