import { z } from 'zod';
import type { Actor } from '../auth/actor';
import { idSchema } from '../common/id';
import { DomainError, type DomainErrorDetails } from '../errors/domain-error';
import { isoDateSchema } from '../innovation/sections';
import { minReasonLength } from '../innovation/transitions';
import { outcomes, type Outcome, type Stage } from '../innovation/vocabulary';
import {
  criterionScoreSchema,
  defaultRubric,
  defaultThresholds,
  isCompleteSheet,
  rubricSchema,
  scoreSheetProblems,
  thresholdsSchema,
  type Rubric,
  type ScoreSheet,
  type Thresholds,
} from './rubric';

/**
 * Evaluation rounds (periode penilaian): a coordinator creates a round with its rubric and
 * thresholds, adds innovations their unit heads submitted (stage `evaluation`), assigns evaluators
 * (never one of the innovation's own unit), opens it, evaluators score, the coordinator records
 * each outcome and closes the round. These functions decide what is allowed; they return a
 * {@link DomainError} or null and never touch storage.
 */

/** A round's life: prepared, open for scoring, closed (results visible to the units). */
export const roundStatuses = ['draft', 'open', 'closed'] as const;
/** One of {@link roundStatuses}. */
export type RoundStatus = (typeof roundStatuses)[number];

/** An evaluation round. */
export type EvaluationRound = {
  readonly id: string;
  readonly name: string;
  /** `YYYY-MM-DD`: the period the round assesses. */
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly rubric: Rubric;
  readonly thresholds: Thresholds;
  readonly status: RoundStatus;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
};

/** A score sheet's state: a draft only its evaluator sees, or submitted (immutable). */
export const evaluationStatuses = ['draft', 'submitted'] as const;
/** One of {@link evaluationStatuses}. */
export type EvaluationStatus = (typeof evaluationStatuses)[number];

/** One evaluator's evaluation of one innovation in one round (one version of it). */
export type Evaluation = {
  readonly id: string;
  readonly roundId: string;
  readonly innovationId: string;
  readonly evaluatorId: string;
  readonly scores: ScoreSheet;
  readonly status: EvaluationStatus;
  readonly submittedAt: string | null;
  /** A correction names the submitted evaluation it replaces, and why. */
  readonly supersedes: string | null;
  readonly correctionReason: string | null;
  readonly version: number;
};

const nameSchema = z.string().trim().min(3).max(200);

const periodRefinement = (
  value: { readonly periodStart: string; readonly periodEnd: string },
  ctx: z.RefinementCtx,
) => {
  if (value.periodEnd < value.periodStart) {
    ctx.addIssue({
      code: 'custom',
      path: ['periodEnd'],
      message: 'The period must end on or after its start',
    });
  }
};

/** Input of `evaluationRound.create`: the rubric and thresholds default to DOMAIN.md's. */
export const roundCreateInputSchema = z
  .strictObject({
    name: nameSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    rubric: rubricSchema.default(defaultRubric),
    thresholds: thresholdsSchema.default(defaultThresholds),
  })
  .superRefine(periodRefinement);
/** The input of a new round, as {@link roundCreateInputSchema} parses it. */
export type RoundCreateInput = z.infer<typeof roundCreateInputSchema>;

/** Input of `evaluationRound.update`: everything but the status, naming the version read. */
export const roundUpdateInputSchema = z
  .strictObject({
    id: idSchema,
    version: z.int().min(1),
    name: nameSchema,
    periodStart: isoDateSchema,
    periodEnd: isoDateSchema,
    rubric: rubricSchema,
    thresholds: thresholdsSchema,
  })
  .superRefine(periodRefinement);
/** The input of a round update, as {@link roundUpdateInputSchema} parses it. */
export type RoundUpdateInput = z.infer<typeof roundUpdateInputSchema>;

/** A round and the version read (open, close). */
export const roundVersionInputSchema = z.strictObject({ id: idSchema, version: z.int().min(1) });

/** A round and an innovation (add, remove, results of one). */
export const roundInnovationInputSchema = z.strictObject({
  roundId: idSchema,
  innovationId: idSchema,
});

/** A round, an innovation and an evaluator (assign, unassign). */
export const assignmentInputSchema = z.strictObject({
  roundId: idSchema,
  innovationId: idSchema,
  evaluatorId: idSchema,
});

/** An evaluator's draft: any subset of the criteria, each with a score and a comment. */
export const evaluationDraftInputSchema = z.strictObject({
  roundId: idSchema,
  innovationId: idSchema,
  scores: z.array(criterionScoreSchema).max(12),
});

/** Submitting: the sheet must be complete for the round's rubric (checked against it). */
export const evaluationSubmitInputSchema = evaluationDraftInputSchema;

/** A correction of a submitted evaluation: the whole new sheet and the reason. */
export const evaluationCorrectInputSchema = z.strictObject({
  roundId: idSchema,
  innovationId: idSchema,
  scores: z.array(criterionScoreSchema).min(1).max(12),
  reason: z.string().trim().min(minReasonLength).max(2000),
});

/** The coordinator's outcome of an innovation in a round. */
export const outcomeRecordInputSchema = z.strictObject({
  roundId: idSchema,
  innovationId: idSchema,
  outcome: z.enum(outcomes),
  /** The assessors' notes the unit reads (required for "needs improvement"). */
  notes: z.string().trim().max(5000).default(''),
  /** Required for "not impactful": what the regency learns from it. */
  lessonsLearned: z.string().trim().max(5000).default(''),
  /** Required when the evaluators disagree (≥ 2 points on a criterion). */
  reconciliationNote: z.string().trim().max(5000).default(''),
});
/** The input of a recorded outcome, as {@link outcomeRecordInputSchema} parses it. */
export type OutcomeRecordInput = z.infer<typeof outcomeRecordInputSchema>;

const refused = (
  code: 'CONFLICT' | 'NOT_ALLOWED' | 'VALIDATION',
  message: string,
  details: DomainErrorDetails = {},
) => new DomainError(code, message, details);

/** An innovation in a round, as the scoring rules see it. */
export type RoundEntryFacts = {
  /** The innovation's unit (no evaluator of it may score). */
  readonly unitId: string;
  /** The outcome recorded in this round, or null: once recorded, its scores are final. */
  readonly outcome: Outcome | null;
};

const outcomeRecorded = () =>
  refused('CONFLICT', 'The outcome is recorded: the scores are final', {
    reason: 'outcome_recorded',
  });

const conflictOfInterest = () =>
  refused('NOT_ALLOWED', 'An evaluator cannot assess an innovation of their own unit', {
    reason: 'conflict_of_interest',
  });

/** Whether the round's rubric and thresholds may change: not once a score is submitted. */
export function rubricChangeRefusal(
  round: EvaluationRound,
  submittedEvaluations: number,
): DomainError | null {
  if (round.status === 'closed')
    return refused('CONFLICT', 'The round is closed', { reason: 'round_closed' });
  if (submittedEvaluations > 0)
    return refused('CONFLICT', 'The rubric cannot change once a score is submitted', {
      reason: 'scores_submitted',
    });
  return null;
}

/** Whether an innovation may join a round: submitted by its unit head (stage evaluation). */
export function addInnovationRefusal(
  round: EvaluationRound,
  innovation: { readonly stage: Stage },
  alreadyInRound: boolean,
): DomainError | null {
  if (round.status === 'closed')
    return refused('CONFLICT', 'The round is closed', { reason: 'round_closed' });
  if (innovation.stage !== 'evaluation')
    return refused('CONFLICT', 'Only innovations submitted to evaluation can join a round', {
      reason: 'not_submitted',
      stage: innovation.stage,
    });
  if (alreadyInRound)
    return refused('CONFLICT', 'The innovation is already in this round', {
      reason: 'already_added',
    });
  return null;
}

/**
 * Whether an evaluator may be assigned an innovation: an active user with the evaluator role,
 * not of the innovation's own unit (conflict of interest), not already assigned; the round not
 * closed.
 */
export function assignmentRefusal({
  round,
  innovation,
  evaluator,
  alreadyAssigned,
}: {
  readonly round: EvaluationRound;
  readonly innovation: RoundEntryFacts;
  readonly evaluator: {
    readonly role: string;
    readonly unitId: string | null;
    readonly active: boolean;
  };
  readonly alreadyAssigned: boolean;
}): DomainError | null {
  if (round.status === 'closed')
    return refused('CONFLICT', 'The round is closed', { reason: 'round_closed' });
  if (evaluator.role !== 'evaluator' || !evaluator.active)
    return refused('VALIDATION', 'Only an active evaluator can be assigned', {
      field: 'evaluatorId',
      reason: 'not_evaluator',
    });
  if (evaluator.unitId !== null && evaluator.unitId === innovation.unitId)
    return conflictOfInterest();
  if (innovation.outcome !== null) return outcomeRecorded();
  if (alreadyAssigned)
    return refused('CONFLICT', 'The evaluator is already assigned', { reason: 'already_assigned' });
  return null;
}

/** Whether an innovation may leave a round: the round not closed, no evaluation saved yet. */
export function removeInnovationRefusal(
  round: EvaluationRound,
  evaluations: number,
): DomainError | null {
  if (round.status === 'closed')
    return refused('CONFLICT', 'The round is closed', { reason: 'round_closed' });
  if (evaluations > 0)
    return refused('CONFLICT', 'Evaluators have already scored this innovation', {
      reason: 'evaluations_exist',
    });
  return null;
}

/**
 * Whether an evaluator may be unassigned: the round not closed and nothing submitted yet (their
 * drafts go with the assignment, so an evaluator who left never stalls the round).
 */
export function unassignRefusal(
  round: EvaluationRound,
  submittedEvaluations: number,
): DomainError | null {
  if (round.status === 'closed')
    return refused('CONFLICT', 'The round is closed', { reason: 'round_closed' });
  if (submittedEvaluations > 0)
    return refused('CONFLICT', 'The evaluator has already submitted', {
      reason: 'evaluations_exist',
    });
  return null;
}

/**
 * Whether an innovation may leave evaluation (forward, back, out) or have its evaluation
 * section written other than by its round: not while a round runs for it (`runningRoundId`), where
 * the outcome is recorded after the evaluators' scores are checked.
 */
export function roundLockRefusal(
  innovation: { readonly stage: Stage },
  runningRoundId: string | null,
): DomainError | null {
  if (innovation.stage !== 'evaluation' || runningRoundId === null) return null;
  return refused('CONFLICT', 'Record the outcome in its evaluation round', {
    reason: 'in_round',
    roundId: runningRoundId,
  });
}

/** Whether a round may open: a draft in which every innovation has an evaluator. */
export function openRefusal(
  round: EvaluationRound,
  entries: readonly { readonly innovationId: string; readonly evaluators: number }[],
): DomainError | null {
  if (round.status !== 'draft')
    return refused('CONFLICT', 'Only a draft round can open', { reason: 'not_draft' });
  if (entries.length === 0)
    return refused('CONFLICT', 'Add at least one innovation before opening', { reason: 'empty' });
  const unassigned = entries.filter((e) => e.evaluators === 0).map((e) => e.innovationId);
  if (unassigned.length > 0)
    return refused('CONFLICT', 'Every innovation needs an evaluator before opening', {
      reason: 'unassigned',
      innovationIds: unassigned,
    });
  return null;
}

/**
 * Whether a round may close: open, and every assignment submitted and every outcome recorded
 * (units then see their scores and notes).
 */
export function closeRefusal(
  round: EvaluationRound,
  pendingEvaluations: number,
  pendingOutcomes: number,
): DomainError | null {
  if (round.status !== 'open')
    return refused('CONFLICT', 'Only an open round can close', { reason: 'not_open' });
  if (pendingEvaluations > 0)
    return refused('CONFLICT', 'Evaluations are still pending', {
      reason: 'evaluations_pending',
      count: pendingEvaluations,
    });
  if (pendingOutcomes > 0)
    return refused('CONFLICT', 'Outcomes are still to be recorded', {
      reason: 'outcomes_pending',
      count: pendingOutcomes,
    });
  return null;
}

/**
 * Why an evaluator's scores of an entry cannot change now, or null: the evaluator belongs to the
 * innovation's unit (checked again when scoring: their unit may have changed since the
 * assignment), the round is not open, or the outcome is recorded (the scores are final).
 */
function scoresClosed(
  round: EvaluationRound,
  entry: RoundEntryFacts,
  actor: Actor,
): DomainError | null {
  if (actor.unitId !== null && actor.unitId === entry.unitId) return conflictOfInterest();
  if (round.status !== 'open')
    return refused('CONFLICT', 'The round is not open for scoring', { reason: 'round_not_open' });
  if (entry.outcome !== null) return outcomeRecorded();
  return null;
}

/**
 * Whether an evaluator may save or submit a sheet: an evaluator, assigned, not of the
 * innovation's unit, the round open, no outcome recorded yet, the sheet only naming the rubric's
 * criteria (complete, to submit), and not already submitted.
 */
export function scoringRefusal({
  round,
  entry,
  actor,
  assigned,
  current,
  sheet,
  submit,
}: {
  readonly round: EvaluationRound;
  readonly entry: RoundEntryFacts;
  readonly actor: Actor;
  /** Whether the innovation is assigned to the actor in this round. */
  readonly assigned: boolean;
  /** The actor's current sheet of the entry (draft or submitted), or null. */
  readonly current: Evaluation | null;
  readonly sheet: ScoreSheet;
  /** True to submit (the sheet must be complete), false to save a draft. */
  readonly submit: boolean;
}): DomainError | null {
  if (actor.role !== 'evaluator')
    return refused('NOT_ALLOWED', 'Only evaluators score', { reason: 'not_evaluator' });
  if (!assigned)
    return refused('NOT_ALLOWED', 'The innovation is not assigned to you in this round', {
      reason: 'not_assigned',
    });
  const closed = scoresClosed(round, entry, actor);
  if (closed) return closed;
  if (current?.status === 'submitted')
    return refused('CONFLICT', 'A submitted evaluation cannot change; submit a correction', {
      reason: 'already_submitted',
    });
  const problems = scoreSheetProblems(round.rubric, sheet);
  if (problems.unknown.length > 0 || problems.duplicated.length > 0)
    return refused('VALIDATION', 'The scores must name each criterion of the rubric once', {
      field: 'scores',
      unknown: problems.unknown,
      duplicated: problems.duplicated,
    });
  if (submit && !isCompleteSheet(round.rubric, sheet))
    return refused('VALIDATION', 'Score every criterion before submitting', {
      field: 'scores',
      missing: problems.missing,
    });
  return null;
}

/**
 * Whether a submitted evaluation may be corrected: the round open, no outcome recorded yet (the
 * outcome is decided on the scores as they stood), the sheet complete.
 */
export function correctionRefusal({
  round,
  entry,
  actor,
  current,
  sheet,
}: {
  readonly round: EvaluationRound;
  readonly entry: RoundEntryFacts;
  readonly actor: Actor;
  /** The actor's current sheet of the entry, which must be submitted. */
  readonly current: Evaluation | null;
  /** The corrected sheet. */
  readonly sheet: ScoreSheet;
}): DomainError | null {
  if (actor.role !== 'evaluator')
    return refused('NOT_ALLOWED', 'Only evaluators score', { reason: 'not_evaluator' });
  if (current?.status !== 'submitted')
    return refused('CONFLICT', 'Only a submitted evaluation can be corrected', {
      reason: 'not_submitted',
    });
  const closed = scoresClosed(round, entry, actor);
  if (closed) return closed;
  if (!isCompleteSheet(round.rubric, sheet))
    return refused('VALIDATION', 'A correction scores every criterion', {
      field: 'scores',
      ...scoreSheetProblems(round.rubric, sheet),
    });
  return null;
}

/**
 * Whether the coordinator may record an outcome: the round open, the innovation still in
 * evaluation, every assigned evaluator submitted, a reconciliation note when they disagree, notes
 * for "needs improvement" and lessons for "not impactful".
 */
export function outcomeRefusal({
  round,
  innovation,
  pendingEvaluations,
  submitted,
  disagreement,
  input,
}: {
  readonly round: EvaluationRound;
  readonly innovation: { readonly stage: Stage };
  /** How many assigned evaluators have not submitted yet. */
  readonly pendingEvaluations: number;
  /** How many submitted sheets there are. */
  readonly submitted: number;
  /** Whether the submitted sheets disagree (see `aggregateScores`). */
  readonly disagreement: boolean;
  readonly input: Pick<
    OutcomeRecordInput,
    'outcome' | 'notes' | 'lessonsLearned' | 'reconciliationNote'
  >;
}): DomainError | null {
  if (round.status !== 'open')
    return refused('CONFLICT', 'Outcomes are recorded while the round is open', {
      reason: 'round_not_open',
    });
  if (innovation.stage !== 'evaluation')
    return refused('CONFLICT', 'The innovation is no longer in evaluation', {
      reason: 'not_in_evaluation',
      stage: innovation.stage,
    });
  if (submitted === 0 || pendingEvaluations > 0)
    return refused('CONFLICT', 'Every assigned evaluator must submit first', {
      reason: 'evaluations_pending',
      count: pendingEvaluations,
    });
  if (disagreement && input.reconciliationNote.length < minReasonLength)
    return refused('VALIDATION', 'The evaluators disagree: write a reconciliation note', {
      field: 'reconciliationNote',
      reason: 'disagreement',
    });
  if (input.outcome === 'needs_improvement' && input.notes.length < minReasonLength)
    return refused('VALIDATION', 'Tell the unit what to improve', { field: 'notes' });
  if (input.outcome === 'not_impactful' && input.lessonsLearned.length < minReasonLength)
    return refused('VALIDATION', 'Write the lessons learned', { field: 'lessonsLearned' });
  return null;
}

/** Whether a unit may see its scores and notes of a round: only once the round is closed. */
export function resultsVisibleToUnit(round: EvaluationRound): boolean {
  return round.status === 'closed';
}
