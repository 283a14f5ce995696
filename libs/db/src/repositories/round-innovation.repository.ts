import { type EvaluationStatus, type Outcome, type Stage } from '@smartcity/domain';
import { toIsoString } from '../adapters/values';
import type { Executor } from '../database';
import { currentEvaluations } from './current-evaluation.query';

/**
 * The innovations of evaluation rounds (`round_innovations`, migration 1100): a round's entries
 * with their assignments, and which innovations are in a round still running.
 */

/** An evaluator assigned to an innovation in a round, with their current evaluation's state. */
export type AssignmentView = {
  readonly evaluatorId: string;
  readonly evaluatorName: string;
  /** null: not started; else the current evaluation's status. */
  readonly status: EvaluationStatus | null;
  readonly submittedAt: string | null;
  /** How many times the evaluation was corrected. */
  readonly corrections: number;
};

/** An innovation in a round: what it is, its assignments, and the outcome once recorded. */
export type RoundEntry = {
  readonly roundId: string;
  readonly innovationId: string;
  readonly title: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly stage: Stage;
  readonly addedAt: string;
  readonly outcome: Outcome | null;
  readonly notes: string | null;
  readonly lessonsLearned: string | null;
  readonly reconciliationNote: string | null;
  readonly recordedAt: string | null;
  readonly assignments: readonly AssignmentView[];
};

/** The innovations of a round (or one of them), by unit name then title, with assignments. */
export async function listRoundEntries(
  db: Executor,
  roundId: string,
  innovationId?: string,
): Promise<RoundEntry[]> {
  let query = db
    .selectFrom('round_innovations as ri')
    .innerJoin('innovations as i', 'i.id', 'ri.innovation_id')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .select([
      'ri.round_id',
      'ri.innovation_id',
      'ri.added_at',
      'ri.outcome',
      'ri.notes',
      'ri.lessons_learned',
      'ri.reconciliation_note',
      'ri.recorded_at',
      'i.title',
      'i.unit_id',
      'i.stage',
      'u.name as unit_name',
    ])
    .where('ri.round_id', '=', roundId);
  if (innovationId !== undefined) query = query.where('ri.innovation_id', '=', innovationId);
  const entries = await query.orderBy('u.name').orderBy('i.title').execute();
  if (entries.length === 0) return [];

  let assignmentQuery = db
    .selectFrom('round_assignments as a')
    .innerJoin('users', 'users.id', 'a.evaluator_id')
    .select(['a.innovation_id', 'a.evaluator_id', 'users.name'])
    .where('a.round_id', '=', roundId);
  if (innovationId !== undefined)
    assignmentQuery = assignmentQuery.where('a.innovation_id', '=', innovationId);
  const [assignments, evaluations] = await Promise.all([
    assignmentQuery.orderBy('users.name').execute(),
    currentEvaluations(db).where('e.round_id', '=', roundId).execute(),
  ]);
  const evaluationOf = new Map(
    evaluations.map((e) => [`${e.innovation_id}:${e.evaluator_id}`, e] as const),
  );
  return entries.map((row) => ({
    roundId: row.round_id,
    innovationId: row.innovation_id,
    title: row.title,
    unitId: row.unit_id,
    unitName: row.unit_name,
    stage: row.stage,
    addedAt: toIsoString(row.added_at),
    outcome: row.outcome,
    notes: row.notes,
    lessonsLearned: row.lessons_learned,
    reconciliationNote: row.reconciliation_note,
    recordedAt: row.recorded_at === null ? null : toIsoString(row.recorded_at),
    assignments: assignments
      .filter((a) => a.innovation_id === row.innovation_id)
      .map((a) => {
        const current = evaluationOf.get(`${row.innovation_id}:${a.evaluator_id}`);
        return {
          evaluatorId: a.evaluator_id,
          evaluatorName: a.name,
          status: current?.status ?? null,
          submittedAt:
            current?.submitted_at === null || current === undefined
              ? null
              : toIsoString(current.submitted_at),
          corrections: current ? current.sequence - 1 : 0,
        };
      }),
  }));
}

/**
 * An innovation's entry in a round, as the rules need it (its unit and the recorded outcome),
 * or undefined when the innovation is not in the round. One narrow read: the scoring path calls
 * it on every save.
 */
export async function findRoundEntry(
  db: Executor,
  roundId: string,
  innovationId: string,
): Promise<{ readonly unitId: string; readonly outcome: Outcome | null } | undefined> {
  const row = await db
    .selectFrom('round_innovations as ri')
    .innerJoin('innovations as i', 'i.id', 'ri.innovation_id')
    .select(['i.unit_id', 'ri.outcome'])
    .where('ri.round_id', '=', roundId)
    .where('ri.innovation_id', '=', innovationId)
    .executeTakeFirst();
  return row ? { unitId: row.unit_id, outcome: row.outcome } : undefined;
}

/** Adds an innovation to a round. */
export async function insertRoundInnovation(
  db: Executor,
  entry: { roundId: string; innovationId: string; at: Date; actorUserId: string },
): Promise<void> {
  await db
    .insertInto('round_innovations')
    .values({
      round_id: entry.roundId,
      innovation_id: entry.innovationId,
      added_at: entry.at.toISOString(),
      added_by: entry.actorUserId,
    })
    .execute();
}

/** Removes an innovation (and its assignments) from a round; only before any evaluation. */
export async function deleteRoundInnovation(
  db: Executor,
  roundId: string,
  innovationId: string,
): Promise<void> {
  await db
    .deleteFrom('round_innovations')
    .where('round_id', '=', roundId)
    .where('innovation_id', '=', innovationId)
    .execute();
}

/** Whether an innovation is in a round that is not closed (it cannot join a second one). */
export async function findActiveRoundOfInnovation(
  db: Executor,
  innovationId: string,
): Promise<string | null> {
  const row = await runningRoundEntries(db)
    .where('ri.innovation_id', '=', innovationId)
    .executeTakeFirst();
  return row?.round_id ?? null;
}

/**
 * The entries of rounds still running for their innovation (the round not closed, no outcome
 * recorded): the one definition of "in a running round", for the lock and the candidates list.
 */
export function runningRoundEntries(db: Executor) {
  return db
    .selectFrom('round_innovations as ri')
    .innerJoin('evaluation_rounds as r', 'r.id', 'ri.round_id')
    .select(['ri.round_id', 'ri.innovation_id'])
    .where('r.status', '<>', 'closed')
    .where('ri.outcome', 'is', null);
}
