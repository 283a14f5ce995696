import { randomUUID } from 'node:crypto';
import {
  applyProgressStatus,
  progressReportRefusal,
  utcDate,
  type Innovation,
  type ProgressAddInput,
  type ProgressReport,
} from '@smartcity/domain';
import {
  appendEvent,
  insertProgressReport,
  latestProgressReport,
  saveInnovation,
} from '@smartcity/db';
import type { AuthedContext } from '../../trpc';

/**
 * Adds a progress report to a quick win (`progress.add`; `ctx.record` is the innovation). The
 * quick win's status becomes the report's; progress below the previous report needs a reason.
 * One transaction with the event.
 */
export async function addProgressReport(
  ctx: AuthedContext & { readonly record: Innovation },
  input: ProgressAddInput,
): Promise<ProgressReport> {
  const innovation = ctx.record;
  const now = ctx.now();
  const previous = await latestProgressReport(ctx.db, innovation.id);
  const refusal = progressReportRefusal({ innovation, input, previous, today: utcDate(now) });
  if (refusal) throw refusal;
  const report: ProgressReport = {
    ...input,
    decreaseReason: input.decreaseReason?.trim() || null,
    id: randomUUID(),
    createdAt: now.toISOString(),
    createdBy: ctx.auth.user.id,
  };
  const next = applyProgressStatus(innovation, input.status, {
    actorUserId: ctx.auth.user.id,
    now,
  });
  await ctx.db.transaction().execute(async (trx) => {
    await insertProgressReport(trx, report);
    await saveInnovation(trx, {
      next,
      expectedVersion: innovation.version,
      sections: ['quick_win'],
    });
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'innovation',
      entityId: innovation.id,
      action: 'innovation.progress_reported',
      before: {
        progressPercent: previous?.progressPercent ?? null,
        status: innovation.sections.quick_win.status ?? null,
      },
      after: {
        reportId: report.id,
        progressPercent: report.progressPercent,
        status: report.status,
      },
    });
  });
  return report;
}
