import {
  aggregateScores,
  isCompleteSheet,
  scoreScale,
  type CriterionScore,
  type RoundResult,
  type Rubric,
  type ScoreSheet,
  type Thresholds,
} from '@smartcity/domain';

/** The scoring form's values: per criterion key, the chosen score ('' = not yet) and a comment. */
export type SheetValues = {
  scores: Record<string, { score: string; comment: string }>;
};

/** The scores a criterion may take, as the form's choices ('1' … '5'). */
export const scoreChoices: readonly string[] = Array.from(
  { length: scoreScale.max - scoreScale.min + 1 },
  (_, i) => String(scoreScale.min + i),
);

/** The form's values from the evaluator's saved scores (empty for criteria not scored yet). */
export function sheetToValues(rubric: Rubric, scores: ScoreSheet | null): SheetValues {
  return {
    scores: Object.fromEntries(
      rubric.map((c) => {
        const saved = scores?.find((s) => s.criterion === c.key);
        return [c.key, { score: saved ? String(saved.score) : '', comment: saved?.comment ?? '' }];
      }),
    ),
  };
}

/** The scored criteria of the form, in the rubric's order (what a draft or submission sends). */
export function valuesToScores(rubric: Rubric, values: SheetValues): CriterionScore[] {
  return rubric.flatMap((c) => {
    const entry = values.scores[c.key];
    const score = Number(entry?.score ?? '');
    if (!entry || entry.score === '' || !Number.isInteger(score)) return [];
    return [{ criterion: c.key, score, comment: entry.comment.trim() }];
  });
}

/** The criteria of the rubric the form has not scored yet. */
export function unscoredCriteria(rubric: Rubric, values: SheetValues): string[] {
  return rubric.filter((c) => (values.scores[c.key]?.score ?? '') === '').map((c) => c.key);
}

/** What the sheet would give on its own: how much is scored, and the score and verdict once complete. */
export type SheetPreview = {
  readonly scored: number;
  readonly total: number;
  /** The round score and verdict of this one sheet; null until every criterion is scored. */
  readonly result: RoundResult | null;
};

/** The live preview of the evaluator's sheet, computed with the domain's own aggregation. */
export function sheetPreview(
  rubric: Rubric,
  thresholds: Thresholds,
  scores: ScoreSheet,
): SheetPreview {
  const complete = isCompleteSheet(rubric, scores);
  return {
    scored: scores.length,
    total: rubric.length,
    result: complete ? aggregateScores(rubric, thresholds, [scores]) : null,
  };
}
