import {
  rubricChangeRefusal,
  type EvaluationRound,
  type RoundUpdateInput,
} from '@smartcity/domain';
import { countSubmittedEvaluations } from '@smartcity/db';
import type { AuthedContext } from '../../trpc';
import { loadRound, saveRoundChange } from './round-access';

/** A value as JSON with object keys sorted, so equal content compares equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Changes a round's name, period, rubric and thresholds (`evaluation.updateRound`). The rubric
 * and thresholds are frozen once a score is submitted (the name and period may still change while
 * not closed).
 */
export async function updateRound(
  ctx: AuthedContext,
  input: RoundUpdateInput,
): Promise<EvaluationRound> {
  const round = await loadRound(ctx, input.id);
  // Compared by content: JSON key order differs between what was stored and what comes back.
  const rubricChanged =
    canonical(round.rubric) !== canonical(input.rubric) ||
    canonical(round.thresholds) !== canonical(input.thresholds);
  const refusal = rubricChangeRefusal(
    round,
    rubricChanged ? await countSubmittedEvaluations(ctx.db, round.id) : 0,
  );
  if (refusal) throw refusal;
  return saveRoundChange(ctx, {
    round,
    expectedVersion: input.version,
    change: {
      name: input.name,
      periodStart: input.periodStart,
      periodEnd: input.periodEnd,
      rubric: input.rubric,
      thresholds: input.thresholds,
    },
    action: 'evaluation_round.updated',
  });
}
