import { z } from 'zod';
import type { LocalizedText } from '../common/localized-text';
import type { Outcome } from '../innovation/vocabulary-values';

/**
 * The evaluation rubric (DOMAIN.md "Evaluation rubric"): criteria with weights that sum to 100,
 * each scored 1–5 by every assigned evaluator; the round score, the verdict from the thresholds,
 * and the disagreement rule. Pure functions; a round carries its own rubric and thresholds.
 */

/** The lowest and highest score of a criterion. */
export const scoreScale = { min: 1, max: 5 } as const;

/** What a weighted rubric must add up to. */
export const totalWeight = 100;

/** Evaluators who differ by this many points or more on a criterion disagree. */
export const disagreementGap = 2;

const localizedSchema = z.strictObject({
  id: z.string().trim().min(1).max(500),
  en: z.string().trim().min(1).max(500),
});

/** One criterion: a key, its label and description in both languages, its weight in percent. */
export const criterionSchema = z.strictObject({
  key: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{1,39}$/, { error: 'Key: lower-case letters, digits and _' }),
  label: localizedSchema,
  description: localizedSchema,
  weight: z.int().min(1).max(100),
});
/** A criterion of a rubric, as {@link criterionSchema} parses it. */
export type Criterion = z.infer<typeof criterionSchema>;

/** A rubric: 1–12 criteria with distinct keys whose weights sum to exactly 100. */
export const rubricSchema = z
  .array(criterionSchema)
  .min(1)
  .max(12)
  .superRefine((criteria, ctx) => {
    const sum = criteria.reduce((total, c) => total + c.weight, 0);
    if (sum !== totalWeight) {
      ctx.addIssue({
        code: 'custom',
        message: `Weights must sum to ${totalWeight} (they sum to ${sum})`,
        params: { reason: 'weights_sum', sum },
      });
    }
    const keys = new Set<string>();
    criteria.forEach((c, index) => {
      if (keys.has(c.key)) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'key'],
          message: 'Criterion keys must be distinct',
        });
      }
      keys.add(c.key);
    });
  });
/** A rubric, as {@link rubricSchema} parses it. */
export type Rubric = z.infer<typeof rubricSchema>;

/** The verdict thresholds (round score 0–100): at least `impactful`, at least `needsImprovement`. */
export const thresholdsSchema = z
  .strictObject({
    impactful: z.number().min(0).max(100),
    needsImprovement: z.number().min(0).max(100),
  })
  .refine((t) => t.needsImprovement < t.impactful, {
    error: 'The "impactful" threshold must be above the "needs improvement" one',
    path: ['impactful'],
  });
/** The verdict thresholds, as {@link thresholdsSchema} parses it. */
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** The default thresholds: ≥ 70 impactful, ≥ 50 needs improvement, below that not impactful. */
export const defaultThresholds: Thresholds = { impactful: 70, needsImprovement: 50 };

const criterion = ({
  key,
  weight,
  label,
  description,
}: {
  readonly key: string;
  readonly weight: number;
  readonly label: LocalizedText;
  readonly description: LocalizedText;
}): Criterion => ({ key, weight, label, description });

/** The default rubric (DOMAIN.md): benefit 25, impact 30, novelty 15, sustainability 15, replication 15. */
export const defaultRubric: Rubric = [
  criterion({
    key: 'benefit',
    weight: 25,
    label: { id: 'Kemanfaatan', en: 'Benefit to citizens' },
    description: {
      id: 'Seberapa besar manfaat quick win bagi warga atau pengguna layanan: 1 tidak terasa, 3 terasa oleh sebagian sasaran, 5 dirasakan luas oleh sasaran.',
      en: 'How much the quick win benefits citizens or service users: 1 not felt, 3 felt by part of the target group, 5 widely felt by the target group.',
    },
  }),
  criterion({
    key: 'impact',
    weight: 30,
    label: { id: 'Dampak', en: 'Measured impact' },
    description: {
      id: 'Capaian nyata terhadap target KPI pada kebutuhan: 1 tidak ada data, 3 sebagian target tercapai, 5 target tercapai atau terlampaui dengan bukti.',
      en: 'Measured results against the need’s KPI targets: 1 no data, 3 part of the target reached, 5 target reached or exceeded, with evidence.',
    },
  }),
  criterion({
    key: 'novelty',
    weight: 15,
    label: { id: 'Kebaruan', en: 'Novelty' },
    description: {
      id: 'Kebaruan cara atau layanan di daerah: 1 sudah umum, 3 adaptasi dari daerah lain, 5 baru dan orisinal.',
      en: 'How new the approach or service is in the region: 1 common, 3 adapted from elsewhere, 5 new and original.',
    },
  }),
  criterion({
    key: 'sustainability',
    weight: 15,
    label: { id: 'Keberlanjutan', en: 'Sustainability' },
    description: {
      id: 'Anggaran, regulasi dan pemilik yang jelas: 1 belum ada, 3 sebagian ada, 5 anggaran, dasar hukum dan penanggung jawab tersedia.',
      en: 'Budget, regulation and a clear owner: 1 none, 3 some, 5 budget, legal basis and owner all in place.',
    },
  }),
  criterion({
    key: 'replication',
    weight: 15,
    label: { id: 'Replikasi', en: 'Replicability' },
    description: {
      id: 'Kemudahan diterapkan di unit atau daerah lain: 1 sulit, 3 dapat dengan penyesuaian, 5 mudah direplikasi.',
      en: 'How easily other units or regions can adopt it: 1 hard, 3 possible with changes, 5 easy to replicate.',
    },
  }),
];

/** One criterion's score by one evaluator, with a comment. */
export const criterionScoreSchema = z.strictObject({
  criterion: z.string().trim().min(1).max(40),
  score: z.int().min(scoreScale.min).max(scoreScale.max),
  comment: z.string().trim().max(2000).default(''),
});
/** One criterion's score, as {@link criterionScoreSchema} parses it. */
export type CriterionScore = z.infer<typeof criterionScoreSchema>;

/** One evaluator's scores of one innovation: a score per criterion. */
export type ScoreSheet = readonly CriterionScore[];

/**
 * Whether a score sheet scores every criterion of the rubric exactly once and nothing else;
 * returns the criteria missing and the keys unknown.
 */
export function scoreSheetProblems(
  rubric: Rubric,
  sheet: ScoreSheet,
): { readonly missing: string[]; readonly unknown: string[]; readonly duplicated: string[] } {
  const keys = new Set(rubric.map((c) => c.key));
  const seen = new Set<string>();
  const duplicated: string[] = [];
  const unknown: string[] = [];
  for (const entry of sheet) {
    if (!keys.has(entry.criterion)) unknown.push(entry.criterion);
    else if (seen.has(entry.criterion)) duplicated.push(entry.criterion);
    seen.add(entry.criterion);
  }
  const missing = rubric.map((c) => c.key).filter((key) => !seen.has(key));
  return { missing, unknown, duplicated };
}

/** A score sheet complete for a rubric: every criterion once, no other key. */
export function isCompleteSheet(rubric: Rubric, sheet: ScoreSheet): boolean {
  const problems = scoreSheetProblems(rubric, sheet);
  return (
    problems.missing.length === 0 &&
    problems.unknown.length === 0 &&
    problems.duplicated.length === 0
  );
}

/** The aggregated result of an innovation's submitted score sheets in a round. */
export type RoundResult = {
  /** How many sheets were aggregated. */
  readonly evaluators: number;
  /** The round score 0–100, cut to two decimals (never shown above its verdict); null without any sheet. */
  readonly score: number | null;
  /** The verdict from the thresholds; null without any sheet. */
  readonly verdict: Outcome | null;
  /** Per criterion: the mean score, the lowest and the highest (null without sheets). */
  readonly criteria: readonly {
    readonly criterion: string;
    readonly mean: number | null;
    readonly min: number | null;
    readonly max: number | null;
    readonly disagreement: boolean;
  }[];
  /** Whether evaluators differ by {@link disagreementGap} points or more on some criterion. */
  readonly disagreement: boolean;
};

/**
 * The round score's exact value as a fraction, so thresholds compare without rounding error:
 * Σ weight × (mean − 1) / 4 over criteria, with mean = Σ scores / n, is
 * Σ weight × (Σ scores − n) / (4 n).
 */
function scoreFraction(rubric: Rubric, sheets: readonly ScoreSheet[]) {
  const n = sheets.length;
  let numerator = 0;
  for (const c of rubric) {
    let sum = 0;
    for (const sheet of sheets) {
      const entry = sheet.find((s) => s.criterion === c.key);
      if (!entry) throw new RangeError(`A score sheet does not score "${c.key}"`);
      sum += entry.score;
    }
    numerator += c.weight * (sum - n * scoreScale.min);
  }
  return { numerator, denominator: (scoreScale.max - scoreScale.min) * n };
}

/**
 * The verdict of a round score: at least `thresholds.impactful` → impactful; at least
 * `thresholds.needsImprovement` → needs improvement; below → not impactful.
 */
export function verdictOf(score: number, thresholds: Thresholds = defaultThresholds): Outcome {
  if (score >= thresholds.impactful) return 'impactful';
  if (score >= thresholds.needsImprovement) return 'needs_improvement';
  return 'not_impactful';
}

/**
 * Aggregates the submitted score sheets of one innovation: the round score
 * (Σ weight × (mean of the evaluators' scores − 1) / 4 × 100, weights in percent), the verdict
 * (compared exactly, before rounding for display), and the disagreement flag per criterion and
 * overall. Every sheet must score every criterion of the rubric.
 */
export function aggregateScores(
  rubric: Rubric,
  thresholds: Thresholds,
  sheets: readonly ScoreSheet[],
): RoundResult {
  const criteria = rubric.map((c) => {
    const scores = sheets.map((sheet) => sheet.find((s) => s.criterion === c.key)?.score);
    const present = scores.filter((s): s is number => s !== undefined);
    if (present.length === 0) {
      return { criterion: c.key, mean: null, min: null, max: null, disagreement: false };
    }
    const min = Math.min(...present);
    const max = Math.max(...present);
    return {
      criterion: c.key,
      mean: Math.round((present.reduce((a, b) => a + b, 0) / present.length) * 100) / 100,
      min,
      max,
      disagreement: max - min >= disagreementGap,
    };
  });
  if (sheets.length === 0) {
    return { evaluators: 0, score: null, verdict: null, criteria, disagreement: false };
  }
  const { numerator, denominator } = scoreFraction(rubric, sheets);
  // Exact comparisons: numerator / denominator ≥ t  ⇔  numerator ≥ t × denominator.
  const verdict: Outcome =
    numerator >= thresholds.impactful * denominator
      ? 'impactful'
      : numerator >= thresholds.needsImprovement * denominator
        ? 'needs_improvement'
        : 'not_impactful';
  return {
    evaluators: sheets.length,
    // Cut, not rounded: 69.999… shows as 69.99, never as a 70 that is not impactful.
    score: Math.floor((numerator * 100) / denominator) / 100,
    verdict,
    criteria,
    disagreement: criteria.some((c) => c.disagreement),
  };
}
