import type { DashboardFigure } from '../dashboard-links';

/** One bar of a dashboard chart (and one row of its table): label, count and what it counts. */
export type FigureBar = {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly figure?: DashboardFigure;
};
