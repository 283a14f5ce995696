import {
  DomainError,
  type Evaluation,
  type EvaluationRound,
  type EvaluationStatus,
  type Outcome,
  type RoundStatus,
  type Rubric,
  type ScoreSheet,
  type Stage,
  type Thresholds,
} from '@smartcity/domain';

import { fromJson, toIsoString, toJson, toNumber } from '../adapters/values';
import type { Executor } from '../database';

/**
 * Evaluation rounds, their innovations, assignments and evaluations (migration 1100). The rules
 * (who may do what, when) are the domain's (`evaluation/round.ts`); these functions store and read.
 */

type RoundRow = Awaited<ReturnType<ReturnType<typeof roundQuery>['executeTakeFirstOrThrow']>>;

function roundQuery(db: Executor) {
  return db.selectFrom('evaluation_rounds').selectAll('evaluation_rounds');
}

function toRound(row: RoundRow): EvaluationRound {
  return {
    id: row.id,
    name: row.name,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    rubric: fromJson(row.rubric) as Rubric,
    thresholds: fromJson(row.thresholds) as Thresholds,
    status: row.status,
    version: row.version,
    createdAt: toIsoString(row.created_at),
    updatedAt: toIsoString(row.updated_at),
  };
}

/** A round with how far it has come. */
export type RoundSummary = EvaluationRound & {
  readonly innovations: number;
  readonly assignments: number;
  /** Assignments whose current evaluation is submitted. */
  readonly submitted: number;
  readonly outcomes: number;
};

/** Stores a new round. */
export async function insertRound(
  db: Executor,
  round: EvaluationRound,
  actorUserId: string | null,
): Promise<void> {
  await db
    .insertInto('evaluation_rounds')
    .values({
      id: round.id,
      name: round.name,
      period_start: round.periodStart,
      period_end: round.periodEnd,
      rubric: toJson(round.rubric) ?? '[]',
      thresholds: toJson(round.thresholds) ?? '{}',
      status: round.status,
      version: round.version,
      created_at: round.createdAt,
      created_by: actorUserId,
      updated_at: round.updatedAt,
      updated_by: actorUserId,
    })
    .execute();
}

/** A round by id. */
export async function findRoundById(
  db: Executor,
  id: string,
): Promise<EvaluationRound | undefined> {
  const row = await roundQuery(db).where('id', '=', id).executeTakeFirst();
  return row ? toRound(row) : undefined;
}

/**
 * Writes a round's new state if it is still at `expectedVersion`; otherwise CONFLICT naming the
 * current version. The new state carries the next version.
 */
export async function saveRound(
  db: Executor,
  next: EvaluationRound,
  expectedVersion: number,
  actorUserId: string,
): Promise<void> {
  const result = await db
    .updateTable('evaluation_rounds')
    .set({
      name: next.name,
      period_start: next.periodStart,
      period_end: next.periodEnd,
      rubric: toJson(next.rubric) ?? '[]',
      thresholds: toJson(next.thresholds) ?? '{}',
      status: next.status,
      version: next.version,
      updated_at: next.updatedAt,
      updated_by: actorUserId,
    })
    .where('id', '=', next.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    const current = await findRoundById(db, next.id);
    throw current
      ? new DomainError('CONFLICT', 'The round was changed by someone else', {
          reason: 'stale_version',
          currentVersion: current.version,
          updatedAt: current.updatedAt,
        })
      : new DomainError('NOT_FOUND', 'Round not found', { id: next.id });
  }
}

/** Every round with its progress, newest period first. */
export async function listRounds(db: Executor): Promise<RoundSummary[]> {
  const rows = await roundQuery(db)
    .select((eb) => [
      eb
        .selectFrom('round_innovations')
        .select(eb.fn.countAll<number | string>().as('n'))
        .whereRef('round_innovations.round_id', '=', 'evaluation_rounds.id')
        .as('innovations'),
      eb
        .selectFrom('round_innovations')
        .select(eb.fn.countAll<number | string>().as('n'))
        .whereRef('round_innovations.round_id', '=', 'evaluation_rounds.id')
        .where('round_innovations.outcome', 'is not', null)
        .as('outcomes'),
      eb
        .selectFrom('round_assignments')
        .select(eb.fn.countAll<number | string>().as('n'))
        .whereRef('round_assignments.round_id', '=', 'evaluation_rounds.id')
        .as('assignments'),
    ])
    .orderBy('evaluation_rounds.period_start', 'desc')
    .orderBy('evaluation_rounds.created_at', 'desc')
    .execute();
  const submitted = await submittedCounts(db);
  return rows.map((row) => ({
    ...toRound(row),
    innovations: toNumber(row.innovations ?? 0),
    assignments: toNumber(row.assignments ?? 0),
    outcomes: toNumber(row.outcomes ?? 0),
    submitted: submitted.get(row.id) ?? 0,
  }));
}

/** The current (latest) evaluation of each assignment: its id, status and sequence. */
function currentEvaluations(db: Executor) {
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

async function submittedCounts(db: Executor): Promise<Map<string, number>> {
  const rows = await currentEvaluations(db)
    .clearSelect()
    .select(['e.round_id'])
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('e.status', '=', 'submitted')
    .groupBy('e.round_id')
    .execute();
  return new Map(rows.map((row) => [row.round_id, toNumber(row.n)]));
}

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
  const result = await db
    .updateTable('evaluations')
    .set({
      scores: toJson(evaluation.scores) ?? '[]',
      status: evaluation.status,
      submitted_at: submittedAt,
      version: existingDraftVersion + 1,
      updated_at: at,
    })
    .where('id', '=', evaluation.id)
    .where('status', '=', 'draft')
    .where('version', '=', existingDraftVersion)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) {
    throw new DomainError('CONFLICT', 'The evaluation was changed meanwhile; reload it', {
      reason: 'stale_version',
    });
  }
}

/**
 * Claims an innovation's entry in a round for recording its outcome, inside the recording's
 * transaction: a no-op write on the entry while it has no outcome, which takes its row lock
 * (PostgreSQL) or the write lock (SQLite). Answers false when the outcome is already recorded.
 */
export async function claimRoundEntry(
  db: Executor,
  roundId: string,
  innovationId: string,
): Promise<boolean> {
  const result = await db
    .updateTable('round_innovations')
    .set({ outcome: null })
    .where('round_id', '=', roundId)
    .where('innovation_id', '=', innovationId)
    .where('outcome', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Records the coordinator's outcome of an innovation in a round. */
export async function recordRoundOutcome(
  db: Executor,
  record: {
    roundId: string;
    innovationId: string;
    outcome: Outcome;
    notes: string;
    lessonsLearned: string;
    reconciliationNote: string;
    at: Date;
    actorUserId: string;
  },
): Promise<void> {
  await db
    .updateTable('round_innovations')
    .set({
      outcome: record.outcome,
      notes: record.notes || null,
      lessons_learned: record.lessonsLearned || null,
      reconciliation_note: record.reconciliationNote || null,
      recorded_at: record.at.toISOString(),
      recorded_by: record.actorUserId,
    })
    .where('round_id', '=', record.roundId)
    .where('innovation_id', '=', record.innovationId)
    .execute();
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

/** The rounds an innovation was in, newest period first. */
export async function listRoundsOfInnovation(
  db: Executor,
  innovationId: string,
): Promise<EvaluationRound[]> {
  const rows = await roundQuery(db)
    .innerJoin('round_innovations as ri', 'ri.round_id', 'evaluation_rounds.id')
    .where('ri.innovation_id', '=', innovationId)
    .orderBy('evaluation_rounds.period_start', 'desc')
    .execute();
  return rows.map(toRound);
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

/** Counts used by the rules: pending evaluations and outcomes of a round (or of one innovation). */
export async function roundProgress(
  db: Executor,
  roundId: string,
  innovationId?: string,
): Promise<{ pendingEvaluations: number; pendingOutcomes: number }> {
  let assignments = db
    .selectFrom('round_assignments')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('round_id', '=', roundId);
  let submitted = currentEvaluations(db)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('e.round_id', '=', roundId)
    .where('e.status', '=', 'submitted');
  let outcomes = db
    .selectFrom('round_innovations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('round_id', '=', roundId)
    .where('outcome', 'is', null);
  if (innovationId !== undefined) {
    assignments = assignments.where('innovation_id', '=', innovationId);
    submitted = submitted.where('e.innovation_id', '=', innovationId);
    outcomes = outcomes.where('innovation_id', '=', innovationId);
  }
  const [assignmentCount, submittedCount, pendingOutcomes] = await Promise.all([
    assignments.executeTakeFirstOrThrow(),
    submitted.executeTakeFirstOrThrow(),
    outcomes.executeTakeFirstOrThrow(),
  ]);
  const assignmentsN = toNumber(assignmentCount.n);
  const submittedN = toNumber(submittedCount.n);
  return {
    pendingEvaluations: assignmentsN - submittedN,
    pendingOutcomes: toNumber(pendingOutcomes.n),
  };
}

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
