import {
  notifiesOutcome,
  type GateContext,
  type Innovation,
  type TransitionAction,
  transition,
} from '@smartcity/domain';
import { appendEvent, countProgressReports, saveInnovation } from '@smartcity/db';
import type { Context } from '../../context';
import { notifyOutcomeRecorded } from '../../notifications/notify-outcome';
import type { AuthedContext } from '../../trpc';
import { assertCurrentVersion, assertNoRunningRound } from './load-innovation';

/** The facts a gate needs beyond the sections: the quick win's progress reports. */
export async function gateContextOf(ctx: Context, innovation: Innovation): Promise<GateContext> {
  return { progressReportCount: await countProgressReports(ctx.db, innovation.id) };
}

/**
 * Runs a lifecycle move: checks the version read, asks the domain's transition function, and
 * writes the new state with its event in one transaction (refused moves change nothing).
 */
export async function runTransition(
  ctx: AuthedContext & { readonly record: Innovation },
  version: number,
  action: TransitionAction,
): Promise<Innovation> {
  const innovation = ctx.record;
  await assertCurrentVersion(ctx, innovation, version);
  await assertNoRunningRound(ctx, innovation);
  const now = ctx.now();
  const result = transition(
    innovation,
    action,
    ctx.auth.actor,
    now,
    await gateContextOf(ctx, innovation),
  );
  if (!result.ok) throw result.error;
  const { event } = result;
  await ctx.db.transaction().execute(async (trx) => {
    await saveInnovation(trx, result.innovation, innovation.version, ['evaluation']);
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: event.actorUserId,
      actorAddress: ctx.clientAddress,
      entityType: 'innovation',
      entityId: innovation.id,
      action: event.action,
      before: { stage: event.from },
      after: { stage: event.to, reason: event.reason, outcome: event.outcome },
    });
    // The unit hears of the outcome in the same transaction as the move it decides.
    if (notifiesOutcome(event)) {
      await notifyOutcomeRecorded(trx, {
        innovationId: innovation.id,
        unitId: innovation.unitId,
        outcome: event.outcome,
        recordedAt: now,
      });
    }
  });
  return result.innovation;
}
