import type { KpiActual, ProgressReport } from '@smartcity/domain';
import { fromJson, toIsoString, toJson } from '../adapters/values';
import type { Executor } from '../database';

/** A progress report with the name of who made it. */
export type ProgressReportWithAuthor = ProgressReport & { readonly createdByName: string | null };

function reportQuery(db: Executor) {
  return db
    .selectFrom('progress_reports')
    .leftJoin('users', 'users.id', 'progress_reports.created_by')
    .selectAll('progress_reports')
    .select('users.name as author');
}

type ReportRow = Awaited<ReturnType<ReturnType<typeof reportQuery>['executeTakeFirstOrThrow']>>;

function toReport(row: ReportRow): ProgressReportWithAuthor {
  return {
    id: row.id,
    innovationId: row.innovation_id,
    reportDate: row.report_date,
    progressPercent: row.progress_percent,
    narrative: row.narrative,
    kpiActuals: (fromJson(row.kpi_actuals) as KpiActual[] | null) ?? [],
    status: row.status,
    decreaseReason: row.decrease_reason,
    createdAt: toIsoString(row.created_at),
    createdBy: row.created_by,
    createdByName: row.author,
  };
}

/**
 * Stores a progress report, and copies the progress % of the innovation's latest report onto its
 * row (`quick_win_progress`, read by the dashboard). Call it inside a transaction.
 */
export async function insertProgressReport(db: Executor, report: ProgressReport): Promise<void> {
  await insertProgressReports(db, [report]);
}

/** Rows per multi-row insert of reports (and ids per update): far below both engines' limits. */
const reportChunkRows = 500;

/**
 * Stores many progress reports (the demo seed), in multi-row inserts of at most 500 rows, then
 * copies the progress % of each innovation's latest report onto its row (`quick_win_progress`),
 * as {@link insertProgressReport} does for one: one UPDATE per 500 innovations. Call it inside a
 * transaction, after the innovations are written.
 */
export async function insertProgressReports(
  db: Executor,
  reports: readonly ProgressReport[],
): Promise<void> {
  for (let i = 0; i < reports.length; i += reportChunkRows) {
    await db
      .insertInto('progress_reports')
      .values(
        reports.slice(i, i + reportChunkRows).map((report) => ({
          id: report.id,
          innovation_id: report.innovationId,
          report_date: report.reportDate,
          progress_percent: report.progressPercent,
          narrative: report.narrative,
          kpi_actuals: toJson(report.kpiActuals) ?? '[]',
          status: report.status,
          decrease_reason: report.decreaseReason,
          created_at: report.createdAt,
          created_by: report.createdBy,
        })),
      )
      .execute();
  }
  const innovationIds = [...new Set(reports.map((r) => r.innovationId))];
  for (let i = 0; i < innovationIds.length; i += reportChunkRows) {
    await db
      .updateTable('innovations')
      .set((eb) => ({
        quick_win_progress: eb
          .selectFrom('progress_reports')
          .select('progress_reports.progress_percent')
          .whereRef('progress_reports.innovation_id', '=', 'innovations.id')
          .orderBy('progress_reports.report_date', 'desc')
          .orderBy('progress_reports.created_at', 'desc')
          .orderBy('progress_reports.id', 'desc')
          .limit(1),
      }))
      .where('innovations.id', 'in', innovationIds.slice(i, i + reportChunkRows))
      .execute();
  }
}

/** An innovation's progress reports, newest first (by report date, then by entry). */
export async function listProgressReports(
  db: Executor,
  innovationId: string,
): Promise<ProgressReportWithAuthor[]> {
  const rows = await reportQuery(db)
    .where('progress_reports.innovation_id', '=', innovationId)
    .orderBy('progress_reports.report_date', 'desc')
    .orderBy('progress_reports.created_at', 'desc')
    .orderBy('progress_reports.id', 'desc')
    .execute();
  return rows.map(toReport);
}

/** The newest progress report of an innovation, or null. */
export async function latestProgressReport(
  db: Executor,
  innovationId: string,
): Promise<ProgressReportWithAuthor | null> {
  const row = await reportQuery(db)
    .where('progress_reports.innovation_id', '=', innovationId)
    .orderBy('progress_reports.report_date', 'desc')
    .orderBy('progress_reports.created_at', 'desc')
    .orderBy('progress_reports.id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? toReport(row) : null;
}

/** How many progress reports an innovation has (the quick win's gate needs one). */
export async function countProgressReports(db: Executor, innovationId: string): Promise<number> {
  const { count } = await db
    .selectFrom('progress_reports')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where('innovation_id', '=', innovationId)
    .executeTakeFirstOrThrow();
  return Number(count);
}
