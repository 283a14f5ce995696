import { type Evaluation, type EvaluationStatus, type ScoreSheet } from '@smartcity/domain';
import { fromJson, toIsoString, toJson, toNumber } from '../adapters/values';
import { saveVersioned } from '../adapters/versioned-save';
import type { Executor } from '../database';
import { currentEvaluations } from './current-evaluation.query';

/**
 * Evaluators' score sheets (`evaluations`, migration 1100): one version per write, a correction a
 * new version; submitted ones are immutable (a trigger refuses changes).
 */

/** How many submitted evaluations (of any version) a round has: the rubric is frozen after one. */
export async function countSubmittedEvaluations(db: Executor, roundId: string): Promise<number> {
  const row = await db
    .selectFrom('evaluations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('round_id', '=', roundId)
    .where('status', '=', 'submitted')
    .executeTakeFirstOrThrow();
  return toNumber(row.n);
}

/**
 * How many evaluations exist for an innovation in a round (or of one evaluator; of one status:
 * drafts and submitted ones alike unless named).
 */
export async function countEvaluations(
  db: Executor,
  key: {
    roundId: string;
    innovationId: string;
    evaluatorId?: string;
    status?: EvaluationStatus;
  },
): Promise<number> {
  let query = db
    .selectFrom('evaluations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('round_id', '=', key.roundId)
    .where('innovation_id', '=', key.innovationId);
  if (key.evaluatorId !== undefined) query = query.where('evaluator_id', '=', key.evaluatorId);
  if (key.status !== undefined) query = query.where('status', '=', key.status);
  return toNumber((await query.executeTakeFirstOrThrow()).n);
}

type EvaluationRow = Awaited<ReturnType<ReturnType<typeof currentEvaluations>['execute']>>[number];

function toEvaluation(row: EvaluationRow): Evaluation {
  return {
    id: row.id,
    roundId: row.round_id,
    innovationId: row.innovation_id,
    evaluatorId: row.evaluator_id,
    scores: (fromJson(row.scores) as ScoreSheet | null) ?? [],
    status: row.status,
    submittedAt: row.submitted_at === null ? null : toIsoString(row.submitted_at),
    supersedes: row.supersedes,
    correctionReason: row.correction_reason,
    version: row.version,
  };
}

/** An evaluator's current evaluation of an innovation in a round, or null. */
export async function findCurrentEvaluation(
  db: Executor,
  key: { roundId: string; innovationId: string; evaluatorId: string },
): Promise<(Evaluation & { readonly sequence: number }) | null> {
  const row = await currentEvaluations(db)
    .where('e.round_id', '=', key.roundId)
    .where('e.innovation_id', '=', key.innovationId)
    .where('e.evaluator_id', '=', key.evaluatorId)
    .executeTakeFirst();
  return row ? { ...toEvaluation(row), sequence: row.sequence } : null;
}

/** The current submitted evaluations of an innovation in a round (one per evaluator). */
export async function listSubmittedEvaluations(
  db: Executor,
  roundId: string,
  innovationId?: string,
): Promise<(Evaluation & { readonly evaluatorName: string })[]> {
  let query = currentEvaluations(db)
    .innerJoin('users', 'users.id', 'e.evaluator_id')
    .select('users.name as evaluator_name')
    .where('e.round_id', '=', roundId)
    .where('e.status', '=', 'submitted');
  if (innovationId !== undefined) query = query.where('e.innovation_id', '=', innovationId);
  const rows = await query.orderBy('users.name').execute();
  return rows.map((row) => ({ ...toEvaluation(row), evaluatorName: row.evaluator_name }));
}

/**
 * Writes an evaluator's sheet: a new evaluation (sequence 1, or the next one for a correction),
 * or the current draft updated (if still at `expectedVersion`). Submitted ones never change (a
 * trigger refuses it too).
 */
export async function writeEvaluation(
  db: Executor,
  evaluation: {
    readonly id: string;
    readonly roundId: string;
    readonly innovationId: string;
    readonly evaluatorId: string;
    readonly sequence: number;
    readonly scores: ScoreSheet;
    readonly status: EvaluationStatus;
    readonly supersedes: string | null;
    readonly correctionReason: string | null;
    readonly at: Date;
  },
  existingDraftVersion: number | null,
): Promise<void> {
  const at = evaluation.at.toISOString();
  const submittedAt = evaluation.status === 'submitted' ? at : null;
  if (existingDraftVersion === null) {
    await db
      .insertInto('evaluations')
      .values({
        id: evaluation.id,
        round_id: evaluation.roundId,
        innovation_id: evaluation.innovationId,
        evaluator_id: evaluation.evaluatorId,
        sequence: evaluation.sequence,
        scores: toJson(evaluation.scores) ?? '[]',
        status: evaluation.status,
        submitted_at: submittedAt,
        supersedes: evaluation.supersedes,
        correction_reason: evaluation.correctionReason,
        version: 1,
        created_at: at,
        updated_at: at,
      })
      .execute();
    return;
  }
  await saveVersioned(db, {
    table: 'evaluations',
    id: evaluation.id,
    expectedVersion: existingDraftVersion,
    set: {
      scores: toJson(evaluation.scores) ?? '[]',
      status: evaluation.status,
      submitted_at: submittedAt,
      updated_at: at,
    },
    where: { status: 'draft' },
    messages: {
      conflict: 'The evaluation was changed meanwhile; reload it',
      notFound: 'Evaluation not found',
    },
  });
}
