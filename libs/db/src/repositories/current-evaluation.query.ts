import type { Executor } from '../database';

/**
 * The current (latest) version of each evaluator's evaluation: the one query that rounds, their
 * entries, the inbox and the sheets all read. Internal to the data layer (not exported by the
 * package).
 */

/** The current (latest) evaluation of each assignment: its id, status and sequence. */
export function currentEvaluations(db: Executor) {
  return db
    .selectFrom('evaluations as e')
    .selectAll('e')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('evaluations as later')
            .select('later.id')
            .whereRef('later.round_id', '=', 'e.round_id')
            .whereRef('later.innovation_id', '=', 'e.innovation_id')
            .whereRef('later.evaluator_id', '=', 'e.evaluator_id')
            .whereRef('later.sequence', '>', 'e.sequence'),
        ),
      ),
    );
}
