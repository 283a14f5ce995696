import { type EvaluationStatus, type RoundStatus } from '@smartcity/domain';
import { toIsoString } from '../adapters/values';
import type { Executor } from '../database';
import { currentEvaluations } from './current-evaluation.query';

/**
 * Evaluators assigned to the innovations of a round (`round_assignments`, migration 1100), and
 * an evaluator's inbox of them.
 */

/** Assigns an evaluator. */
export async function insertAssignment(
  db: Executor,
  assignment: {
    roundId: string;
    innovationId: string;
    evaluatorId: string;
    at: Date;
    actorUserId: string;
  },
): Promise<void> {
  await db
    .insertInto('round_assignments')
    .values({
      round_id: assignment.roundId,
      innovation_id: assignment.innovationId,
      evaluator_id: assignment.evaluatorId,
      assigned_at: assignment.at.toISOString(),
      assigned_by: assignment.actorUserId,
    })
    .execute();
}

/**
 * Removes an assignment with the evaluator's drafts (only before they submitted anything; a
 * submitted evaluation's row refuses deletion and its foreign key keeps the assignment).
 */
export async function deleteAssignment(
  db: Executor,
  key: { roundId: string; innovationId: string; evaluatorId: string },
): Promise<void> {
  await db
    .deleteFrom('evaluations')
    .where('round_id', '=', key.roundId)
    .where('innovation_id', '=', key.innovationId)
    .where('evaluator_id', '=', key.evaluatorId)
    .where('status', '=', 'draft')
    .execute();
  await db
    .deleteFrom('round_assignments')
    .where('round_id', '=', key.roundId)
    .where('innovation_id', '=', key.innovationId)
    .where('evaluator_id', '=', key.evaluatorId)
    .execute();
}

/** Whether an evaluator is assigned an innovation in a round. */
export async function isAssigned(
  db: Executor,
  key: { roundId: string; innovationId: string; evaluatorId: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('round_assignments')
    .select('evaluator_id')
    .where('round_id', '=', key.roundId)
    .where('innovation_id', '=', key.innovationId)
    .where('evaluator_id', '=', key.evaluatorId)
    .executeTakeFirst();
  return row !== undefined;
}

/** An item of an evaluator's inbox: an assignment in an open or closed round. */
export type InboxItem = {
  readonly roundId: string;
  readonly roundName: string;
  readonly roundStatus: RoundStatus;
  readonly innovationId: string;
  readonly title: string;
  readonly unitName: string;
  readonly status: EvaluationStatus | null;
  readonly submittedAt: string | null;
};

/** An evaluator's assignments in rounds that are open or closed (drafts are not theirs yet). */
export async function listInbox(db: Executor, evaluatorId: string): Promise<InboxItem[]> {
  const [rows, evaluations] = await Promise.all([
    db
      .selectFrom('round_assignments as a')
      .innerJoin('evaluation_rounds as r', 'r.id', 'a.round_id')
      .innerJoin('innovations as i', 'i.id', 'a.innovation_id')
      .innerJoin('units as u', 'u.id', 'i.unit_id')
      .select([
        'a.round_id',
        'a.innovation_id',
        'r.name as round_name',
        'r.status as round_status',
        'r.period_start',
        'i.title',
        'u.name as unit_name',
      ])
      .where('a.evaluator_id', '=', evaluatorId)
      .where('r.status', 'in', ['open', 'closed'])
      .orderBy('r.period_start', 'desc')
      .orderBy('i.title')
      .execute(),
    currentEvaluations(db).where('e.evaluator_id', '=', evaluatorId).execute(),
  ]);
  const evaluationOf = new Map(
    evaluations.map((e) => [`${e.round_id}:${e.innovation_id}`, e] as const),
  );
  return rows.map((row) => {
    const current = evaluationOf.get(`${row.round_id}:${row.innovation_id}`);
    return {
      roundId: row.round_id,
      roundName: row.round_name,
      roundStatus: row.round_status,
      innovationId: row.innovation_id,
      title: row.title,
      unitName: row.unit_name,
      status: current?.status ?? null,
      submittedAt:
        current?.submitted_at === null || current === undefined
          ? null
          : toIsoString(current.submitted_at),
    };
  });
}
