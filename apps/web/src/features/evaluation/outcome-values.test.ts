import { describe, expect, it } from 'vitest';
import { missingOutcomeTexts, requiredOutcomeTexts } from './outcome-values';

const blank = { notes: '', lessonsLearned: '', reconciliationNote: '' };

describe('requiredOutcomeTexts', () => {
  it('needs nothing for an impactful outcome the evaluators agree on', () => {
    expect(requiredOutcomeTexts('impactful', false)).toEqual([]);
  });

  it('needs notes for needs improvement and lessons for not impactful', () => {
    expect(requiredOutcomeTexts('needs_improvement', false)).toEqual(['notes']);
    expect(requiredOutcomeTexts('not_impactful', false)).toEqual(['lessonsLearned']);
  });

  it('needs a reconciliation note whenever the evaluators disagree', () => {
    expect(requiredOutcomeTexts('impactful', true)).toEqual(['reconciliationNote']);
  });
});

describe('missingOutcomeTexts', () => {
  it('lists required texts shorter than ten characters', () => {
    expect(
      missingOutcomeTexts(
        { ...blank, outcome: 'needs_improvement', notes: 'terlalu', reconciliationNote: 'x' },
        true,
      ),
    ).toEqual(['notes', 'reconciliationNote']);
  });

  it('is empty once the texts are long enough', () => {
    expect(
      missingOutcomeTexts(
        { ...blank, outcome: 'not_impactful', lessonsLearned: 'Anggaran tidak berlanjut.' },
        false,
      ),
    ).toEqual([]);
  });
});
