import { lazy } from 'react';

// recharts and @mantine/charts are loaded only when a chart is shown (see `dashboard-charts.tsx`).

export const LazyFigureBarChart = lazy(() =>
  import('./dashboard-charts').then((m) => ({ default: m.FigureBarChart })),
);

export const LazyTrendChart = lazy(() =>
  import('./dashboard-charts').then((m) => ({ default: m.TrendChart })),
);
