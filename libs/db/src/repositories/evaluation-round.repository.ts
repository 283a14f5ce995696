import { type EvaluationRound, type Rubric, type Thresholds } from '@smartcity/domain';
import { fromJson, toIsoString, toJson, toNumber } from '../adapters/values';
import { saveVersioned } from '../adapters/versioned-save';
import type { Executor } from '../database';
import { currentEvaluations } from './current-evaluation.query';

/**
 * Evaluation rounds (`evaluation_rounds`, migration 1100) and the figures of their progress. The
 * rules (who may do what, when) are the domain's (`evaluation/round.ts`); these functions store
 * and read.
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
 * current version (NOT_FOUND for an unknown round). The new state carries the next version
 * (`expectedVersion + 1`, what is stored).
 */
export async function saveRound(
  db: Executor,
  {
    next,
    expectedVersion,
    actorUserId,
  }: {
    readonly next: EvaluationRound;
    readonly expectedVersion: number;
    readonly actorUserId: string;
  },
): Promise<void> {
  await saveVersioned(db, {
    table: 'evaluation_rounds',
    id: next.id,
    expectedVersion,
    set: {
      name: next.name,
      period_start: next.periodStart,
      period_end: next.periodEnd,
      rubric: toJson(next.rubric) ?? '[]',
      thresholds: toJson(next.thresholds) ?? '{}',
      status: next.status,
      updated_at: next.updatedAt,
      updated_by: actorUserId,
    },
    messages: { conflict: 'The round was changed by someone else', notFound: 'Round not found' },
  });
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
