import {
  aggregateScores,
  DomainError,
  type EvaluationRound,
  type RoundEntryFacts,
  type RoundResult,
  type Role,
} from '@smartcity/domain';
import {
  appendEvent,
  findRoundById,
  findRoundEntry,
  listRoundEntries,
  saveRound,
  listSubmittedEvaluations,
  type RoundEntry,
} from '@smartcity/db';
import type { Context } from '../../context';

/** Who reads a round's results: coordinators (who run it) and leaders (also as an export). */
export const roundResultReaders: readonly Role[] = ['coordinator', 'leader'];

/** The round with this id, or `NOT_FOUND`. */
export async function loadRound(ctx: Context, id: string): Promise<EvaluationRound> {
  const round = await findRoundById(ctx.db, id);
  if (!round) throw new DomainError('NOT_FOUND', 'Evaluation round not found', { id });
  return round;
}

/** An innovation's entry in a round (its unit, its outcome), or `NOT_FOUND`. */
export async function loadEntry(
  ctx: Context,
  roundId: string,
  innovationId: string,
): Promise<RoundEntryFacts> {
  const entry = await findRoundEntry(ctx.db, roundId, innovationId);
  if (!entry) {
    throw new DomainError('NOT_FOUND', 'The innovation is not in this round', {
      roundId,
      innovationId,
    });
  }
  return entry;
}

/** One evaluator's submitted sheet as results show it. */
export type SubmittedSheet = {
  readonly evaluatorId: string;
  readonly evaluatorName: string;
  readonly submittedAt: string | null;
  readonly corrected: boolean;
  readonly scores: readonly { criterion: string; score: number; comment: string }[];
};

/** An innovation's results in a round: the aggregate and the sheets it comes from. */
export type EntryResult = RoundEntry & {
  readonly result: RoundResult;
  readonly sheets: readonly SubmittedSheet[];
};

/**
 * The results of a round's innovations (or one): the aggregated score, verdict and disagreement
 * from the submitted sheets, ranked by score (highest first; unscored last, by title).
 */
export async function roundResults(
  ctx: Context,
  round: EvaluationRound,
  innovationId?: string,
): Promise<EntryResult[]> {
  const [entries, evaluations] = await Promise.all([
    listRoundEntries(ctx.db, round.id, innovationId),
    listSubmittedEvaluations(ctx.db, round.id, innovationId),
  ]);
  const results = entries.map((entry): EntryResult => {
    const own = evaluations.filter((e) => e.innovationId === entry.innovationId);
    return {
      ...entry,
      result: aggregateScores(
        round.rubric,
        round.thresholds,
        own.map((e) => e.scores),
      ),
      sheets: own.map((e) => ({
        evaluatorId: e.evaluatorId,
        evaluatorName: e.evaluatorName,
        submittedAt: e.submittedAt,
        corrected: e.supersedes !== null,
        scores: e.scores.map((s) => ({ ...s })),
      })),
    };
  });
  return results.sort(
    (a, b) =>
      (b.result.score ?? -1) - (a.result.score ?? -1) ||
      (a.title < b.title ? -1 : a.title > b.title ? 1 : 0),
  );
}

/**
 * Writes a round's new state (version + 1, checked against the version read) with its event, in
 * the transaction `more` also writes in.
 */
export async function saveRoundChange(
  ctx: Context & { readonly auth: { readonly user: { readonly id: string } } },
  save: {
    readonly round: EvaluationRound;
    readonly expectedVersion: number;
    readonly change: Partial<
      Pick<
        EvaluationRound,
        'name' | 'periodStart' | 'periodEnd' | 'rubric' | 'thresholds' | 'status'
      >
    >;
    readonly action: string;
  },
): Promise<EvaluationRound> {
  const { round, expectedVersion, change, action } = save;
  if (round.version !== expectedVersion) {
    throw new DomainError('CONFLICT', 'The round was changed by someone else', {
      reason: 'stale_version',
      currentVersion: round.version,
      updatedAt: round.updatedAt,
    });
  }
  const now = ctx.now();
  const next: EvaluationRound = {
    ...round,
    ...change,
    version: round.version + 1,
    updatedAt: now.toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await saveRound(trx, { next, expectedVersion, actorUserId: ctx.auth.user.id });
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'evaluation_round',
      entityId: round.id,
      action,
      before: round,
      after: next,
    });
  });
  return next;
}
