import {
  notifiesOutcome,
  type GateContext,
  type Innovation,
  type TransitionAction,
  type TransitionEvent,
  transition,
} from '@smartcity/domain';
import { appendEvent, countProgressReports, saveInnovation, type Database } from '@smartcity/db';
import type { Transaction } from 'kysely';
import type { Context } from '../../context';
import { notifyOutcomeRecorded } from '../notifications/notify-outcome';
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
  await ctx.db.transaction().execute((trx) =>
    writeTransition(trx, ctx, {
      before: innovation,
      after: result.innovation,
      event: result.event,
    }),
  );
  return result.innovation;
}

/**
 * Writes a lifecycle move the domain's `transition` decided, inside the caller's transaction:
 * the new state (checked against the version `before` was read at), the move's event, and the
 * unit's notice when the move records an evaluation outcome. `innovation.advance`, `moveBack`,
 * `discontinue`, `reopen` and a round's recorded outcome all write their moves here.
 */
export async function writeTransition(
  trx: Transaction<Database>,
  ctx: Pick<Context, 'clientAddress'>,
  move: {
    readonly before: Innovation;
    readonly after: Innovation;
    readonly event: TransitionEvent;
  },
): Promise<void> {
  const { before, after, event } = move;
  await saveInnovation(trx, {
    next: after,
    expectedVersion: before.version,
    sections: ['evaluation'],
  });
  await appendEvent(trx, {
    occurredAt: new Date(event.at),
    actorUserId: event.actorUserId,
    actorAddress: ctx.clientAddress,
    entityType: 'innovation',
    entityId: before.id,
    action: event.action,
    before: { stage: event.from },
    after: { stage: event.to, reason: event.reason, outcome: event.outcome },
  });
  // The unit hears of the outcome in the same transaction as the move it decides.
  if (notifiesOutcome(event)) {
    await notifyOutcomeRecorded(trx, {
      innovationId: before.id,
      unitId: before.unitId,
      outcome: event.outcome,
      recordedAt: new Date(event.at),
    });
  }
}
