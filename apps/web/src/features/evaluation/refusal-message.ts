import type { RefusalReason } from '@smartcity/domain';

/** The refusals the evaluation pages explain, by their text's key under `evaluation.refusals`. */
export type EvaluationRefusalText =
  | 'notDraft'
  | 'notOpen'
  | 'empty'
  | 'unassigned'
  | 'evaluationsPending'
  | 'outcomesPending'
  | 'scoresSubmitted'
  | 'roundClosed'
  | 'roundNotOpen'
  | 'conflictOfInterest'
  | 'alreadyAssigned'
  | 'alreadyAdded'
  | 'inOtherRound'
  | 'notSubmitted'
  | 'evaluationsExist'
  | 'alreadySubmitted'
  | 'notAssigned'
  | 'notInEvaluation'
  | 'disagreement';

/** A refusal of the evaluation API as a sentence to show: its reason and how many it concerns. */
export type Refusal = { readonly reason: EvaluationRefusalText; readonly count: number };

/** The text of each evaluation refusal, keyed by the domain's reasons (a typo fails the typecheck). */
const reasons = {
  not_draft: 'notDraft',
  not_open: 'notOpen',
  empty: 'empty',
  unassigned: 'unassigned',
  evaluations_pending: 'evaluationsPending',
  outcomes_pending: 'outcomesPending',
  scores_submitted: 'scoresSubmitted',
  round_closed: 'roundClosed',
  round_not_open: 'roundNotOpen',
  conflict_of_interest: 'conflictOfInterest',
  already_assigned: 'alreadyAssigned',
  already_added: 'alreadyAdded',
  in_other_round: 'inOtherRound',
  not_submitted: 'notSubmitted',
  evaluations_exist: 'evaluationsExist',
  already_submitted: 'alreadySubmitted',
  not_assigned: 'notAssigned',
  not_in_evaluation: 'notInEvaluation',
  disagreement: 'disagreement',
} as const satisfies Partial<Record<RefusalReason, EvaluationRefusalText>>;

/**
 * The sentence for a refusal of the evaluation API, from the `reason` of its details (and how
 * many things it is about: innovations without an evaluator, pending evaluations or outcomes);
 * null when the error is not one of these refusals (then the generic message applies).
 */
export function refusalOf(
  details: Readonly<Record<string, unknown>> | null | undefined,
): Refusal | null {
  const reason = details?.reason;
  if (typeof reason !== 'string' || !Object.hasOwn(reasons, reason)) return null;
  const known = reasons[reason as keyof typeof reasons];
  const ids = details?.innovationIds;
  const count = Array.isArray(ids)
    ? ids.length
    : typeof details?.count === 'number'
      ? details.count
      : 1;
  return { reason: known, count };
}
