import { addInnovationRefusal, DomainError } from '@smartcity/domain';
import {
  appendEvent,
  findActiveRoundOfInnovation,
  insertRoundInnovation,
  findRoundEntry,
} from '@smartcity/db';
import type { AuthedContext } from '../../trpc';
import { loadInnovation } from '../innovation/load-innovation';
import { loadRound } from './round-access';

/**
 * An innovation its unit head submitted (stage evaluation) joins a round
 * (`evaluation.addInnovation`); it cannot be in two rounds still running.
 */
export async function addRoundInnovation(
  ctx: AuthedContext,
  input: { readonly roundId: string; readonly innovationId: string },
): Promise<{ readonly added: true }> {
  const [round, innovation] = await Promise.all([
    loadRound(ctx, input.roundId),
    loadInnovation(ctx, input.innovationId),
  ]);
  const inThisRound = (await findRoundEntry(ctx.db, round.id, innovation.id)) !== undefined;
  const refusal = addInnovationRefusal(round, innovation, inThisRound);
  if (refusal) throw refusal;
  const other = await findActiveRoundOfInnovation(ctx.db, innovation.id);
  if (other !== null) {
    throw new DomainError('CONFLICT', 'The innovation is already in a running round', {
      reason: 'in_other_round',
      roundId: other,
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await insertRoundInnovation(trx, {
      roundId: round.id,
      innovationId: innovation.id,
      at: ctx.now(),
      actorUserId: ctx.auth.user.id,
    });
    await appendEvent(trx, {
      occurredAt: ctx.now(),
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'evaluation_round',
      entityId: round.id,
      action: 'evaluation_round.innovation_added',
      after: { innovationId: innovation.id },
    });
  });
  return { added: true };
}
