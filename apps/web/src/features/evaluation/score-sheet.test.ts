import { defaultRubric, defaultThresholds } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import {
  scoreChoices,
  sheetPreview,
  sheetToValues,
  unscoredCriteria,
  valuesToScores,
} from './score-sheet';

describe('scoreChoices', () => {
  it('offers 1 to 5', () => {
    expect(scoreChoices).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('sheetToValues', () => {
  it('fills the saved scores and leaves the others empty', () => {
    const values = sheetToValues(defaultRubric, [
      { criterion: 'impact', score: 4, comment: 'Baik' },
    ]);
    expect(values.scores.impact).toEqual({ score: '4', comment: 'Baik' });
    expect(values.scores.benefit).toEqual({ score: '', comment: '' });
  });
});

describe('valuesToScores', () => {
  it('sends only scored criteria, in the rubric order, with trimmed comments', () => {
    const values = sheetToValues(defaultRubric, null);
    values.scores.novelty = { score: '3', comment: '  cukup baru ' };
    values.scores.benefit = { score: '5', comment: '' };
    expect(valuesToScores(defaultRubric, values)).toEqual([
      { criterion: 'benefit', score: 5, comment: '' },
      { criterion: 'novelty', score: 3, comment: 'cukup baru' },
    ]);
    expect(unscoredCriteria(defaultRubric, values)).toEqual([
      'impact',
      'sustainability',
      'replication',
    ]);
  });
});

describe('sheetPreview', () => {
  it('has no score until every criterion is scored', () => {
    const preview = sheetPreview(defaultRubric, defaultThresholds, [
      { criterion: 'benefit', score: 5, comment: '' },
    ]);
    expect(preview).toEqual({ scored: 1, total: 5, result: null });
  });

  it('gives the round score and verdict of a complete sheet', () => {
    const all4 = defaultRubric.map((c) => ({ criterion: c.key, score: 4, comment: '' }));
    expect(sheetPreview(defaultRubric, defaultThresholds, all4).result).toMatchObject({
      score: 75,
      verdict: 'impactful',
    });
    const all3 = defaultRubric.map((c) => ({ criterion: c.key, score: 3, comment: '' }));
    expect(sheetPreview(defaultRubric, defaultThresholds, all3).result).toMatchObject({
      score: 50,
      verdict: 'needs_improvement',
    });
  });
});
