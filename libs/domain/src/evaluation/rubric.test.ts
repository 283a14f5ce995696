import { describe, expect, it } from 'vitest';
import {
  aggregateScores,
  defaultRubric,
  defaultThresholds,
  isCompleteSheet,
  rubricSchema,
  scoreSheetProblems,
  thresholdsSchema,
  verdictOf,
  type ScoreSheet,
} from './rubric';

/** A sheet scoring the default rubric's criteria in order: benefit, impact, novelty, sustainability, replication. */
const sheet = (...scores: number[]): ScoreSheet =>
  defaultRubric.map((c, i) => ({ criterion: c.key, score: scores[i]!, comment: '' }));

describe('the default rubric', () => {
  it('has the five criteria of DOMAIN.md with weights summing to 100', () => {
    expect(defaultRubric.map((c) => [c.key, c.weight])).toEqual([
      ['benefit', 25],
      ['impact', 30],
      ['novelty', 15],
      ['sustainability', 15],
      ['replication', 15],
    ]);
    expect(rubricSchema.safeParse(defaultRubric).success).toBe(true);
  });

  it('refuses weights that do not sum to 100, and duplicate keys', () => {
    const heavier = defaultRubric.map((c, i) => (i === 0 ? { ...c, weight: 26 } : c));
    const parsed = rubricSchema.safeParse(heavier);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe('Weights must sum to 100 (they sum to 101)');
    const lighter = defaultRubric.slice(1);
    expect(rubricSchema.safeParse(lighter).success).toBe(false);
    const duplicate = [...defaultRubric.slice(0, 4), { ...defaultRubric[4]!, key: 'benefit' }];
    expect(rubricSchema.safeParse(duplicate).success).toBe(false);
  });

  it('refuses thresholds in the wrong order', () => {
    expect(thresholdsSchema.safeParse({ impactful: 50, needsImprovement: 70 }).success).toBe(false);
    expect(thresholdsSchema.safeParse({ impactful: 70, needsImprovement: 70 }).success).toBe(false);
    expect(thresholdsSchema.safeParse(defaultThresholds).success).toBe(true);
  });
});

describe('verdictOf at the thresholds', () => {
  it.each([
    [49.99, 'not_impactful'],
    [50, 'needs_improvement'],
    [69.99, 'needs_improvement'],
    [70, 'impactful'],
    [0, 'not_impactful'],
    [100, 'impactful'],
  ] as const)('%s → %s', (score, verdict) => {
    expect(verdictOf(score)).toBe(verdict);
  });
});

describe('aggregateScores', () => {
  it('scores one evaluator: all fives is 100, all ones is 0', () => {
    expect(aggregateScores(defaultRubric, defaultThresholds, [sheet(5, 5, 5, 5, 5)])).toMatchObject(
      { evaluators: 1, score: 100, verdict: 'impactful', disagreement: false },
    );
    expect(aggregateScores(defaultRubric, defaultThresholds, [sheet(1, 1, 1, 1, 1)])).toMatchObject(
      { score: 0, verdict: 'not_impactful' },
    );
  });

  it('reaches exactly 70 and exactly 50 and gives the verdict of the boundary', () => {
    // 25·4 + 30·4 + 15·4 = 280; 280 / 4 = 70.
    expect(aggregateScores(defaultRubric, defaultThresholds, [sheet(5, 5, 5, 1, 1)])).toMatchObject(
      { score: 70, verdict: 'impactful' },
    );
    // 25·2 + 30·3 + 15·4 = 200; 200 / 4 = 50.
    expect(aggregateScores(defaultRubric, defaultThresholds, [sheet(3, 4, 5, 1, 1)])).toMatchObject(
      { score: 50, verdict: 'needs_improvement' },
    );
    // The nearest step below 50 (weights are multiples of 5): 25·3 + 30·3 + 15·2 = 195 → 48.75.
    expect(aggregateScores(defaultRubric, defaultThresholds, [sheet(4, 4, 3, 1, 1)])).toMatchObject(
      { score: 48.75, verdict: 'not_impactful' },
    );
  });

  it('averages several evaluators and compares the exact value, not the shown one', () => {
    // Three evaluators whose mean lands just under 70: the shown score is cut, never rounded up.
    const sheets = [sheet(5, 5, 5, 1, 1), sheet(5, 5, 5, 1, 1), sheet(5, 5, 4, 1, 1)];
    const result = aggregateScores(defaultRubric, defaultThresholds, sheets);
    expect(result.evaluators).toBe(3);
    expect(result.score).toBe(68.75);
    expect(result.verdict).toBe('needs_improvement');
    const almost = aggregateScores(
      defaultRubric,
      { impactful: 68.75, needsImprovement: 50 },
      sheets,
    );
    expect(almost.verdict).toBe('impactful');
  });

  it('flags a disagreement of exactly 2 points on a criterion, not of 1', () => {
    const twoApart = aggregateScores(defaultRubric, defaultThresholds, [
      sheet(3, 3, 3, 3, 3),
      sheet(5, 3, 3, 3, 3),
    ]);
    expect(twoApart.disagreement).toBe(true);
    expect(twoApart.criteria[0]).toMatchObject({ criterion: 'benefit', min: 3, max: 5, mean: 4 });
    expect(twoApart.criteria[0]?.disagreement).toBe(true);
    expect(twoApart.criteria[1]?.disagreement).toBe(false);
    const oneApart = aggregateScores(defaultRubric, defaultThresholds, [
      sheet(3, 3, 3, 3, 3),
      sheet(4, 4, 2, 3, 3),
    ]);
    expect(oneApart.disagreement).toBe(false);
  });

  it('answers no score and no verdict without sheets', () => {
    expect(aggregateScores(defaultRubric, defaultThresholds, [])).toMatchObject({
      evaluators: 0,
      score: null,
      verdict: null,
      disagreement: false,
    });
  });
});

describe('score sheets', () => {
  it('names what is missing, unknown or scored twice', () => {
    const partial: ScoreSheet = [
      { criterion: 'benefit', score: 4, comment: '' },
      { criterion: 'benefit', score: 3, comment: '' },
      { criterion: 'beauty', score: 5, comment: '' },
    ];
    expect(scoreSheetProblems(defaultRubric, partial)).toEqual({
      missing: ['impact', 'novelty', 'sustainability', 'replication'],
      unknown: ['beauty'],
      duplicated: ['benefit'],
    });
    expect(isCompleteSheet(defaultRubric, partial)).toBe(false);
    expect(isCompleteSheet(defaultRubric, sheet(1, 2, 3, 4, 5))).toBe(true);
  });
});
