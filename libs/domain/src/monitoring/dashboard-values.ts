import { quickWinStatuses, type QuickWinStatus } from '../innovation/vocabulary-values';

// No zod here: the SPA's first load imports these values, and a module that builds schemas
// would bring the schemas (and zod's classic build) along. `dashboard.ts` adds the schemas and
// re-exports everything here.

/** The earliest and latest year a dashboard may be filtered by. */
export const dashboardYearRange = { min: 2000, max: 2100 } as const;

/** How many stale and overdue items a summary lists (the totals count them all). */
export const dashboardListLimit = 20;

/** A quick win's status, or `none` when its section does not say. */
export type QuickWinStatusOrNone = QuickWinStatus | 'none';
/** Every quick win status and `none`, in the order the dashboard counts them. */
export const quickWinStatusBuckets: readonly QuickWinStatusOrNone[] = [...quickWinStatuses, 'none'];
