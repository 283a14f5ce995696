import { z } from 'zod';
import { idSchema } from '../common/id';
import { DomainError } from '../errors/domain-error';
import type { Innovation } from '../innovation/innovation';
import { isoDateSchema } from '../innovation/sections';
import { quickWinStatuses, type QuickWinStatus } from '../innovation/vocabulary';

/** The actual value of one of the need's KPIs at the time of a report. */
export type KpiActual = { readonly name: string; readonly actual: number };

/**
 * A progress report (laporan kemajuan) on a quick win: how far it is (0–100 %), what happened,
 * the actual values of the need's KPIs, and the quick win's status after it.
 */
export type ProgressReport = {
  readonly id: string;
  readonly innovationId: string;
  /** The day the report speaks of, `YYYY-MM-DD`. */
  readonly reportDate: string;
  readonly progressPercent: number;
  readonly narrative: string;
  readonly kpiActuals: readonly KpiActual[];
  readonly status: QuickWinStatus;
  /** Why progress went down since the previous report, when it did. */
  readonly decreaseReason: string | null;
  readonly createdAt: string;
  readonly createdBy: string | null;
};

/** The shortest reason accepted for a report below the previous one. */
export const minDecreaseReasonLength = 10;

/** Input of `progress.add`. */
export const progressAddInputSchema = z.strictObject({
  innovationId: idSchema,
  reportDate: isoDateSchema,
  progressPercent: z.int().min(0).max(100),
  narrative: z.string().trim().min(10).max(5000),
  kpiActuals: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1).max(200),
        actual: z.number().finite().min(-1e12).max(1e12),
      }),
    )
    .max(20)
    .default([]),
  status: z.enum(quickWinStatuses),
  decreaseReason: z.string().trim().max(2000).nullable().default(null),
});
/** The input of a new progress report, as {@link progressAddInputSchema} parses it. */
export type ProgressAddInput = z.infer<typeof progressAddInputSchema>;

/** Input of `progress.list`. */
export const progressListInputSchema = z.strictObject({ innovationId: idSchema });

/**
 * Why a progress report cannot be added, or null when it can: reports are made on a quick win
 * (the innovation is at the quick-win stage); the date is not in the future; progress does not
 * go below the previous report's unless a reason is given; every KPI named is one of the need's
 * indicators, each at most once.
 */
export function progressReportRefusal({
  innovation,
  input,
  previous,
  today,
}: {
  readonly innovation: Innovation;
  readonly input: ProgressAddInput;
  /** The innovation's latest report so far, or null. */
  readonly previous: ProgressReport | null;
  /** Today's date (YYYY-MM-DD): a report may not be dated later. */
  readonly today: string;
}): DomainError | null {
  if (innovation.stage !== 'quick_win') {
    return new DomainError(
      'INVALID_TRANSITION',
      'Progress is reported on a quick win (the quick-win stage)',
      {
        stage: innovation.stage,
      },
    );
  }
  if (input.reportDate > today) {
    return new DomainError('VALIDATION', 'The report date is in the future', {
      field: 'reportDate',
    });
  }
  if (previous && input.progressPercent < previous.progressPercent) {
    const reason = input.decreaseReason?.trim() ?? '';
    if (reason.length < minDecreaseReasonLength) {
      return new DomainError('VALIDATION', 'Progress went down: say why', {
        field: 'decreaseReason',
        previousPercent: previous.progressPercent,
      });
    }
  }
  const known = new Set(innovation.sections.need.indicators.map((k) => k.name));
  const named = input.kpiActuals.map((k) => k.name);
  const unknown = named.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    return new DomainError('VALIDATION', 'Unknown KPI: report only the need\u2019s indicators', {
      field: 'kpiActuals',
      unknown,
    });
  }
  if (new Set(named).size !== named.length) {
    return new DomainError('VALIDATION', 'A KPI is reported twice', { field: 'kpiActuals' });
  }
  return null;
}
