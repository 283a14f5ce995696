import { type EvaluationStatus, type Outcome, type ScoreSheet } from '@smartcity/domain';
import { toJson } from '../adapters/values';
import type { Executor } from '../database';

/**
 * A round's contents in bulk (its innovations, assignments and first evaluations): for loads such
 * as the demo seed; the procedures write one at a time with the other evaluation repositories.
 */

/** Rows per multi-row statement in {@link insertRoundContents} (within both engines' limits). */
const contentChunkRows = 500;

/**
 * Stores what a round holds in a few multi-row statements: its innovations (with the outcome
 * when one is recorded), the assignments and the first version of each evaluation. For bulk
 * loads (the demo seed); the procedures write one at a time with the functions above. Call it
 * inside the transaction that inserts the round.
 */
export async function insertRoundContents(
  db: Executor,
  contents: {
    readonly roundId: string;
    readonly actorUserId: string;
    readonly entries: readonly {
      readonly innovationId: string;
      readonly at: Date;
      readonly outcome: {
        readonly outcome: Outcome;
        readonly notes: string;
        readonly lessonsLearned: string;
        readonly reconciliationNote: string;
        readonly at: Date;
      } | null;
    }[];
    readonly assignments: readonly {
      readonly innovationId: string;
      readonly evaluatorId: string;
      readonly at: Date;
    }[];
    readonly evaluations: readonly {
      readonly id: string;
      readonly innovationId: string;
      readonly evaluatorId: string;
      readonly scores: ScoreSheet;
      readonly status: EvaluationStatus;
      readonly at: Date;
    }[];
  },
): Promise<void> {
  const { roundId, actorUserId } = contents;
  const chunks = <T>(rows: readonly T[]): T[][] => {
    const out: T[][] = [];
    for (let i = 0; i < rows.length; i += contentChunkRows)
      out.push(rows.slice(i, i + contentChunkRows));
    return out;
  };
  for (const chunk of chunks(contents.entries)) {
    await db
      .insertInto('round_innovations')
      .values(
        chunk.map((entry) => ({
          round_id: roundId,
          innovation_id: entry.innovationId,
          added_at: entry.at.toISOString(),
          added_by: actorUserId,
          outcome: entry.outcome?.outcome ?? null,
          notes: entry.outcome?.notes || null,
          lessons_learned: entry.outcome?.lessonsLearned || null,
          reconciliation_note: entry.outcome?.reconciliationNote || null,
          recorded_at: entry.outcome?.at.toISOString() ?? null,
          recorded_by: entry.outcome ? actorUserId : null,
        })),
      )
      .execute();
  }
  for (const chunk of chunks(contents.assignments)) {
    await db
      .insertInto('round_assignments')
      .values(
        chunk.map((assignment) => ({
          round_id: roundId,
          innovation_id: assignment.innovationId,
          evaluator_id: assignment.evaluatorId,
          assigned_at: assignment.at.toISOString(),
          assigned_by: actorUserId,
        })),
      )
      .execute();
  }
  for (const chunk of chunks(contents.evaluations)) {
    await db
      .insertInto('evaluations')
      .values(
        chunk.map((evaluation) => {
          const at = evaluation.at.toISOString();
          return {
            id: evaluation.id,
            round_id: roundId,
            innovation_id: evaluation.innovationId,
            evaluator_id: evaluation.evaluatorId,
            sequence: 1,
            scores: toJson(evaluation.scores) ?? '[]',
            status: evaluation.status,
            submitted_at: evaluation.status === 'submitted' ? at : null,
            supersedes: null,
            correction_reason: null,
            version: 1,
            created_at: at,
            updated_at: at,
          };
        }),
      )
      .execute();
  }
}
