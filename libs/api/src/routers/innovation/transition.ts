import {
  type GateContext,
  type Innovation,
  type TransitionAction,
  transition,
} from '@smartcity/domain';
import { appendEvent, saveInnovation } from '@smartcity/db';
import type { Context } from '../../context';
import type { AuthedContext } from '../../trpc';
import { assertCurrentVersion } from './load-innovation';

/**
 * The facts a gate needs beyond the sections. Progress reports on quick wins are not recorded
 * yet (they come with the monitoring feature), so none exist and the quick win's gate to
 * evaluation stays closed: exactly what the lifecycle demands without them.
 */
export function gateContextOf(_ctx: Context, _innovation: Innovation): Promise<GateContext> {
  return Promise.resolve({ progressReportCount: 0 });
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
  });
  return result.innovation;
}
