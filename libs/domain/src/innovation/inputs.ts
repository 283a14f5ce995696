import { z } from 'zod';
import { dimensionKeySchema, elementKeySchema, isElementOf } from '../catalogue/dimensions';
import { idSchema } from '../common/id';
import {
  evaluationSectionSchema,
  isoDateSchema,
  needSectionSchema,
  problemSectionSchema,
  processSectionSchema,
  quickWinSectionSchema,
} from './sections';
import { minReasonLength } from './transitions';
import {
  activeStageSchema,
  bentukValues,
  inisiatorValues,
  innovationSorts,
  jenisValues,
  outcomes,
  quickWinStatuses,
  stageSchema,
  tahapanValues,
} from './vocabulary';

const versionSchema = z.int().min(1);

/** The identity and IID fields of an innovation, as a form edits them. */
const profileFields = {
  title: z.string().trim().min(5).max(200),
  summary: z.string().trim().min(10).max(2000),
  dimension: dimensionKeySchema,
  element: elementKeySchema,
  extraDimensions: z.array(dimensionKeySchema).max(5).default([]),
  jenis: z.enum(jenisValues),
  bentuk: z.enum(bentukValues),
  inisiator: z.enum(inisiatorValues),
  urusan: z.string().trim().max(200).nullable().default(null),
  trialDate: isoDateSchema.nullable().default(null),
  implementationDate: isoDateSchema.nullable().default(null),
};

function refineElement(value: { dimension: string; element: string }, ctx: z.RefinementCtx): void {
  if (!isElementOf(value.dimension as never, value.element as never)) {
    ctx.addIssue({
      code: 'custom',
      path: ['element'],
      message: 'The element is not one of the dimension',
    });
  }
}

/** The profile section of `innovation.updateSection`: identity and IID fields (`tahapan` null = follow the stage). */
export const profileDataSchema = z
  .strictObject({ ...profileFields, tahapan: z.enum(tahapanValues).nullable().default(null) })
  .superRefine(refineElement);
/** An innovation's profile, as {@link profileDataSchema} parses it. */
export type ProfileData = z.infer<typeof profileDataSchema>;

/**
 * Input of `innovation.create`. Problem first: the identity, the IID profile and, optionally,
 * a first draft of the problem.
 */
export const innovationCreateInputSchema = z
  .strictObject({ unitId: idSchema, ...profileFields, problem: problemSectionSchema.optional() })
  .superRefine(refineElement);
/** The input of `innovation.create`, as {@link innovationCreateInputSchema} parses it. */
export type InnovationCreateInput = z.infer<typeof innovationCreateInputSchema>;

/** The sections `innovation.updateSection` edits: the profile and the five lifecycle sections. */
export const editableSections = [
  'profile',
  'problem',
  'need',
  'process',
  'quick_win',
  'evaluation',
] as const;
/** One of {@link editableSections}. */
export type EditableSection = (typeof editableSections)[number];

const base = { id: idSchema, version: versionSchema };

/** Input of `innovation.updateSection`: `{ id, version, section, data }`, data checked per section. */
export const updateSectionInputSchema = z.discriminatedUnion('section', [
  z.strictObject({ ...base, section: z.literal('profile'), data: profileDataSchema }),
  z.strictObject({ ...base, section: z.literal('problem'), data: problemSectionSchema }),
  z.strictObject({ ...base, section: z.literal('need'), data: needSectionSchema }),
  z.strictObject({ ...base, section: z.literal('process'), data: processSectionSchema }),
  z.strictObject({ ...base, section: z.literal('quick_win'), data: quickWinSectionSchema }),
  z.strictObject({ ...base, section: z.literal('evaluation'), data: evaluationSectionSchema }),
]);
/** The input of a section update, as {@link updateSectionInputSchema} parses it. */
export type UpdateSectionInput = z.infer<typeof updateSectionInputSchema>;

const reasonSchema = z.string().trim().min(minReasonLength).max(2000);

/** Input of `innovation.advance` and `innovation.reopen`. */
export const innovationVersionInputSchema = z.strictObject(base);
/** Input of `innovation.moveBack`. */
export const moveBackInputSchema = z.strictObject({
  ...base,
  to: activeStageSchema,
  reason: reasonSchema,
});
/** Input of `innovation.discontinue`. */
export const discontinueInputSchema = z.strictObject({ ...base, reason: reasonSchema });
/** Input of `innovation.setPublic`. */
export const setPublicInputSchema = z.strictObject({ ...base, isPublic: z.boolean() });

/** Input of `innovation.list`: filters, text search, order and a cursor page. */
export const innovationListInputSchema = z
  .strictObject({
    unitId: idSchema.optional(),
    dimension: dimensionKeySchema.optional(),
    element: elementKeySchema.optional(),
    stage: stageSchema.optional(),
    jenis: z.enum(jenisValues).optional(),
    tahapan: z.enum(tahapanValues).optional(),
    /** Only innovations in an active stage with no event for `staleDays` days. */
    stale: z.boolean().optional(),
    /** Only quick wins (in `quick_win` or `evaluation`) past their target date and not done. */
    overdue: z.boolean().optional(),
    /** Only innovations registered in this year (UTC). */
    year: z.int().min(2000).max(2100).optional(),
    /** Only innovations with this evaluation outcome (`none`: without one). */
    outcome: z.enum([...outcomes, 'none']).optional(),
    /** Only innovations whose quick win has this status (`none`: the section does not say). */
    quickWinStatus: z.enum([...quickWinStatuses, 'none']).optional(),
    /** Only innovations in an active stage (problem to evaluation). */
    active: z.boolean().optional(),
    isPublic: z.boolean().optional(),
    search: z.string().trim().max(200).optional(),
    sort: z.enum(innovationSorts).default('updated_desc'),
    cursor: z.string().max(500).optional(),
    limit: z.int().min(1).max(100).default(25),
  })
  .default({ sort: 'updated_desc', limit: 25 });
/** The input of `innovation.list`, as {@link innovationListInputSchema} parses it. */
export type InnovationListInput = z.infer<typeof innovationListInputSchema>;
