import { z } from 'zod';
import {
  fundingSources,
  outcomes,
  problemSources,
  quickWinStatuses,
  type ActiveStage,
} from './vocabulary';

// Sections are drafts: every field may be empty while the unit works on it. The gates
// (gates.ts) say what must be filled before the innovation moves on. The schemas bound every
// field so that nothing unbounded reaches the database.

const text = (max: number) => z.string().trim().max(max);
/** A calendar date, `YYYY-MM-DD`. */
export const isoDateSchema = z.iso.date({ error: 'Use a date as YYYY-MM-DD' });

/** Masalah: the problem, who suffers it, the evidence, and where it was raised. */
export const problemSectionSchema = z.strictObject({
  statement: text(5000).optional(),
  affectedGroup: text(500).optional(),
  evidence: text(5000).optional(),
  source: z.enum(problemSources).optional(),
});
/** The problem section, as {@link problemSectionSchema} parses it. */
export type ProblemSection = z.infer<typeof problemSectionSchema>;

/** A success indicator (KPI) of a need: its baseline, target and target date. */
export const kpiSchema = z.strictObject({
  name: text(200),
  unit: text(50),
  baseline: z.number().finite().min(-1e12).max(1e12),
  target: z.number().finite().min(-1e12).max(1e12),
  targetDate: isoDateSchema,
});
/** A KPI of the need, as {@link kpiSchema} parses it. */
export type Kpi = z.infer<typeof kpiSchema>;

/** Kebutuhan: what is needed, for whom (and how many), and how success is measured. */
export const needSectionSchema = z.strictObject({
  statement: text(5000).optional(),
  beneficiaries: z
    .strictObject({
      who: text(500).optional(),
      estimatedCount: z.int().min(0).max(1e9).optional(),
    })
    .optional(),
  indicators: z.array(kpiSchema).max(20).default([]),
});
/** The need section, as {@link needSectionSchema} parses it. */
export type NeedSection = z.infer<typeof needSectionSchema>;

/** A step of a business process: who does what, with which tool. */
export const processStepSchema = z.strictObject({
  actor: text(200).min(1),
  activity: text(1000).min(1),
  tool: text(200).optional(),
});
/** A step of the as-is or to-be business process, as {@link processStepSchema} parses it. */
export type ProcessStep = z.infer<typeof processStepSchema>;

/** Proses Bisnis: the process as it is and as it will be; whether an application is needed and why. */
export const processSectionSchema = z.strictObject({
  asIs: z.array(processStepSchema).max(50).default([]),
  toBe: z.array(processStepSchema).max(50).default([]),
  needsApplication: z.boolean().default(false),
  applicationJustification: text(3000).optional(),
  legalBasis: text(1000).optional(),
});
/** The business process section, as {@link processSectionSchema} parses it. */
export type ProcessSection = z.infer<typeof processSectionSchema>;

/** Quick Win: what is delivered within a year, by whom, when, with what money, and how it goes. */
export const quickWinSectionSchema = z.strictObject({
  deliverable: text(2000).optional(),
  responsiblePerson: text(200).optional(),
  startDate: isoDateSchema.optional(),
  targetDate: isoDateSchema.optional(),
  budget: z.number().finite().min(0).max(1e15).optional(),
  fundingSource: z.enum(fundingSources).optional(),
  status: z.enum(quickWinStatuses).optional(),
});
/** The quick win section, as {@link quickWinSectionSchema} parses it. */
export type QuickWinSection = z.infer<typeof quickWinSectionSchema>;

/** Evaluasi: the outcome a coordinator records, the assessors' notes, the lessons learned. */
export const evaluationSectionSchema = z.strictObject({
  outcome: z.enum(outcomes).optional(),
  notes: text(5000).optional(),
  lessonsLearned: text(5000).optional(),
});
/** The evaluation section, as {@link evaluationSectionSchema} parses it. */
export type EvaluationSection = z.infer<typeof evaluationSectionSchema>;

/** The five sections of an innovation. */
export type Sections = {
  readonly problem: ProblemSection;
  readonly need: NeedSection;
  readonly process: ProcessSection;
  readonly quick_win: QuickWinSection;
  readonly evaluation: EvaluationSection;
};

/** The schema of each section, by its stage. */
export const sectionSchemas = {
  problem: problemSectionSchema,
  need: needSectionSchema,
  process: processSectionSchema,
  quick_win: quickWinSectionSchema,
  evaluation: evaluationSectionSchema,
} as const satisfies Record<ActiveStage, z.ZodType>;

/** Empty sections, as a new innovation has them. */
export function emptySections(): Sections {
  return {
    problem: {},
    need: { indicators: [] },
    process: { asIs: [], toBe: [], needsApplication: false },
    quick_win: {},
    evaluation: {},
  };
}
