import { minReasonLength, type Outcome } from '@smartcity/domain';

/** The outcome form's values. */
export type OutcomeValues = {
  outcome: Outcome;
  notes: string;
  lessonsLearned: string;
  reconciliationNote: string;
};

/** The text fields the outcome form may require. */
export type OutcomeTextField = 'notes' | 'lessonsLearned' | 'reconciliationNote';

/**
 * Which texts the chosen outcome needs (the same rules the API applies): a reconciliation note
 * when the evaluators disagree, notes for "needs improvement", lessons for "not impactful".
 */
export function requiredOutcomeTexts(outcome: Outcome, disagreement: boolean): OutcomeTextField[] {
  const required: OutcomeTextField[] = [];
  if (outcome === 'needs_improvement') required.push('notes');
  if (outcome === 'not_impactful') required.push('lessonsLearned');
  if (disagreement) required.push('reconciliationNote');
  return required;
}

/** The required texts that are missing or shorter than the minimum (10 characters). */
export function missingOutcomeTexts(
  values: OutcomeValues,
  disagreement: boolean,
): OutcomeTextField[] {
  return requiredOutcomeTexts(values.outcome, disagreement).filter(
    (field) => values[field].trim().length < minReasonLength,
  );
}
