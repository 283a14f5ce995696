import { z } from 'zod';
import { canActForUnit, type Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import type { MasterplanIssueReason } from '../errors/refusal-reason';
import { dimensionKeySchema, elementKeySchema, isElementOf } from '../catalogue/dimensions';
import type { DimensionKey, ElementKey } from '../catalogue/dimension-values';
import type { LocalizedText } from '../common/localized-text';
import { idSchema } from '../common/id';
import { isoDateSchema } from '../innovation/sections';
import { nipSchema, personNameSchema } from '../user/user';

/**
 * The smart city masterplan (rencana induk, DOMAIN.md "Masterplan"): per dimension a strategy,
 * programmes over 1, 3, 5 and 10 years, the action items units execute, and every unit's signed
 * commitment. Pure types, input schemas, the progress roll-up and the consistency checks.
 */

/** A programme's horizon and the most years it may span. */
export const horizons = ['quick_win', 'short', 'medium', 'long'] as const;
/** One of {@link horizons}. */
export type Horizon = (typeof horizons)[number];

/** The longest span (in years, both ends counted) of each horizon. */
export const horizonMaxYears: Readonly<Record<Horizon, number>> = {
  quick_win: 1,
  short: 3,
  medium: 5,
  long: 10,
};

/** The label of each {@link Horizon}, in Bahasa Indonesia and English. */
export const horizonLabels: Readonly<Record<Horizon, LocalizedText>> = {
  quick_win: { id: 'Quick win (≤ 1 tahun)', en: 'Quick win (≤ 1 year)' },
  short: { id: 'Jangka pendek (≤ 3 tahun)', en: 'Short term (≤ 3 years)' },
  medium: { id: 'Jangka menengah (≤ 5 tahun)', en: 'Medium term (≤ 5 years)' },
  long: { id: 'Jangka panjang (≤ 10 tahun)', en: 'Long term (≤ 10 years)' },
};

/** Where an action item stands. */
export const actionStatuses = ['planned', 'in_progress', 'done', 'delayed', 'cancelled'] as const;
/** One of {@link actionStatuses}. */
export type ActionStatus = (typeof actionStatuses)[number];

/** Labels of the action item statuses. */
export const actionStatusLabels: Readonly<Record<ActionStatus, LocalizedText>> = {
  planned: { id: 'Direncanakan', en: 'Planned' },
  in_progress: { id: 'Berjalan', en: 'In progress' },
  done: { id: 'Selesai', en: 'Done' },
  delayed: { id: 'Tertunda', en: 'Delayed' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
};

/** The funding sources a programme or action item may name. */
export const masterplanFundingSources = ['apbd', 'apbn', 'apbdes', 'csr', 'other', 'none'] as const;
/** One of {@link masterplanFundingSources}. */
export type MasterplanFundingSource = (typeof masterplanFundingSources)[number];

/** Labels of the masterplan's funding sources. */
export const masterplanFundingSourceLabels: Readonly<
  Record<MasterplanFundingSource, LocalizedText>
> = {
  apbd: { id: 'APBD', en: 'APBD (regional budget)' },
  apbn: { id: 'APBN', en: 'APBN (national budget)' },
  apbdes: { id: 'APBDes', en: 'APBDes (village budget)' },
  csr: { id: 'CSR', en: 'CSR' },
  other: { id: 'Lainnya', en: 'Other' },
  none: { id: 'Tanpa anggaran', en: 'No budget' },
};

/** The guidance rounds (Bimtek) of the Kominfo movement, I to IV. */
export const bimtekStages = ['I', 'II', 'III', 'IV'] as const;
/** One of {@link bimtekStages}. */
export type BimtekStage = (typeof bimtekStages)[number];

/** What each Bimtek stage produces: the checklist the masterplan records. */
export const bimtekChecklist: Readonly<
  Record<BimtekStage, readonly { readonly key: string; readonly label: LocalizedText }[]>
> = {
  I: [
    {
      key: 'team',
      label: { id: 'Tim pelaksana kota cerdas ditetapkan', en: 'Smart city team appointed' },
    },
    {
      key: 'readiness',
      label: { id: 'Analisis kesiapan daerah', en: 'Regional readiness analysis' },
    },
  ],
  II: [
    {
      key: 'strategic_issues',
      label: { id: 'Isu strategis dan RPJMD dipetakan', en: 'Strategic issues and RPJMD mapped' },
    },
    {
      key: 'vision',
      label: { id: 'Visi dan misi kota cerdas', en: 'Smart city vision and mission' },
    },
  ],
  III: [
    { key: 'strategies', label: { id: 'Strategi per dimensi', en: 'Strategy per dimension' } },
    {
      key: 'programmes',
      label: { id: 'Program dan rencana aksi', en: 'Programmes and action plans' },
    },
  ],
  IV: [
    { key: 'quick_wins', label: { id: 'Quick win ditetapkan', en: 'Quick wins set' } },
    {
      key: 'commitment',
      label: { id: 'Komitmen bersama ditandatangani', en: 'Joint commitment signed' },
    },
    {
      key: 'document',
      label: { id: 'Dokumen rencana induk diserahkan', en: 'Masterplan document submitted' },
    },
  ],
};

/** A programme as the roll-up and checks see it. */
export type ProgrammeFacts = {
  readonly id: string;
  readonly dimension: DimensionKey;
  readonly horizon: Horizon;
  readonly startYear: number;
  readonly endYear: number;
};

/** An action item as the roll-up sees it: its progress and its weight (its budget, IDR). */
export type ActionFacts = {
  readonly programmeId: string;
  readonly progressPercent: number;
  readonly weight: number;
  readonly status: ActionStatus;
};

/**
 * A programme's progress: the mean of its action items' progress weighted by their budgets.
 * Cancelled items do not count. When every counted weight is zero the mean is unweighted (a
 * programme of unbudgeted items still shows progress); a programme without items has none (null).
 * Rounded to one decimal.
 */
export function programmeProgress(actions: readonly ActionFacts[]): number | null {
  const counted = actions.filter((a) => a.status !== 'cancelled');
  if (counted.length === 0) return null;
  const totalWeight = counted.reduce((sum, a) => sum + a.weight, 0);
  const mean =
    totalWeight > 0
      ? counted.reduce((sum, a) => sum + a.progressPercent * a.weight, 0) / totalWeight
      : counted.reduce((sum, a) => sum + a.progressPercent, 0) / counted.length;
  return Math.round(mean * 10) / 10;
}

/**
 * Progress per dimension: the mean of its programmes' progress (programmes without action items
 * are left out; a dimension with none has null). Every dimension of `dimensions` appears.
 */
export function dimensionProgress(
  programmes: readonly ProgrammeFacts[],
  actions: readonly ActionFacts[],
  dimensions: readonly DimensionKey[],
): Record<DimensionKey, number | null> {
  const byProgramme = groupByProgramme(actions);
  const result = {} as Record<DimensionKey, number | null>;
  for (const dimension of dimensions) {
    const progresses = programmes
      .filter((p) => p.dimension === dimension)
      .map((p) => programmeProgress(byProgramme.get(p.id) ?? []))
      .filter((value): value is number => value !== null);
    result[dimension] =
      progresses.length === 0
        ? null
        : Math.round((progresses.reduce((a, b) => a + b, 0) / progresses.length) * 10) / 10;
  }
  return result;
}

/** An action item as stored: its budget is its weight in the roll-up. */
export type BudgetedAction = {
  readonly programmeId: string;
  readonly progressPercent: number;
  readonly budget: number;
  readonly status: ActionStatus;
};

/** The progress of every programme and every dimension of a masterplan. */
export type MasterplanProgress = {
  /** Each programme's progress (null without counted action items). */
  readonly byProgramme: ReadonlyMap<string, number | null>;
  readonly byDimension: Record<DimensionKey, number | null>;
};

/**
 * The masterplan's progress roll-up in one pass: each action item weighs its budget, each
 * programme is {@link programmeProgress} of its items, each dimension {@link dimensionProgress}.
 */
export function masterplanProgress(
  programmes: readonly ProgrammeFacts[],
  actions: readonly BudgetedAction[],
  dimensions: readonly DimensionKey[],
): MasterplanProgress {
  const facts: ActionFacts[] = actions.map((a) => ({
    programmeId: a.programmeId,
    progressPercent: a.progressPercent,
    weight: a.budget,
    status: a.status,
  }));
  const byProgrammeFacts = groupByProgramme(facts);
  return {
    byProgramme: new Map(
      programmes.map((p) => [p.id, programmeProgress(byProgrammeFacts.get(p.id) ?? [])]),
    ),
    byDimension: dimensionProgress(programmes, facts, dimensions),
  };
}

function groupByProgramme(actions: readonly ActionFacts[]): Map<string, ActionFacts[]> {
  const byProgramme = new Map<string, ActionFacts[]>();
  for (const action of actions) {
    const list = byProgramme.get(action.programmeId) ?? [];
    list.push(action);
    byProgramme.set(action.programmeId, list);
  }
  return byProgramme;
}

/** A problem the checks find, named by field and reason. */
export type MasterplanIssue = {
  readonly field: string;
  readonly reason: MasterplanIssueReason;
};

/**
 * The checks of a programme against its masterplan's period: the years in order and inside the
 * period, the span no longer than its horizon allows, and a quick-win programme within one year.
 */
export function programmeIssues(
  programme: Pick<ProgrammeFacts, 'horizon' | 'startYear' | 'endYear'>,
  period: { readonly startYear: number; readonly endYear: number },
): MasterplanIssue[] {
  const issues: MasterplanIssue[] = [];
  if (programme.endYear < programme.startYear) {
    issues.push({ field: 'endYear', reason: 'years_reversed' });
    return issues;
  }
  if (programme.startYear < period.startYear)
    issues.push({ field: 'startYear', reason: 'outside_period' });
  if (programme.endYear > period.endYear)
    issues.push({ field: 'endYear', reason: 'outside_period' });
  const span = programme.endYear - programme.startYear + 1;
  if (programme.horizon === 'quick_win' && span > 1) {
    issues.push({ field: 'endYear', reason: 'quick_win_spans_years' });
  } else if (span > horizonMaxYears[programme.horizon]) {
    issues.push({ field: 'horizon', reason: 'horizon_too_short' });
  }
  return issues;
}

/** The checks of an action item against its programme: its year inside the programme's, done = 100 %. */
export function actionIssues(
  action: {
    readonly year: number;
    readonly status: ActionStatus;
    readonly progressPercent: number;
  },
  programme: { readonly startYear: number; readonly endYear: number },
): MasterplanIssue[] {
  const issues: MasterplanIssue[] = [];
  if (action.year < programme.startYear || action.year > programme.endYear)
    issues.push({ field: 'year', reason: 'action_outside_programme' });
  if (action.status === 'done' && action.progressPercent !== 100)
    issues.push({ field: 'progressPercent', reason: 'done_below_100' });
  return issues;
}

/** Whether an action item is overdue: its year has ended and it is neither done nor cancelled. */
export function isActionOverdue(
  action: { readonly year: number; readonly status: ActionStatus },
  today: string,
): boolean {
  const currentYear = Number(today.slice(0, 4));
  return action.year < currentYear && action.status !== 'done' && action.status !== 'cancelled';
}

/**
 * Whether an actor may make a unit the owner of an action item: a unit keeps its items, and only
 * a coordinator gives an item to another unit.
 */
export function actionOwnerRefusal(actor: Actor, ownerUnitId: string): DomainError | null {
  if (canActForUnit(actor, ownerUnitId)) return null;
  return new DomainError('NOT_ALLOWED', 'Only a coordinator assigns items to another unit', {
    unitId: ownerUnitId,
  });
}

/**
 * Whether a unit head may sign the joint commitment: for a unit, once (a standing signature is
 * never edited; a coordinator withdraws it, then the unit may sign again).
 */
export function signatureRefusal(
  unitId: string | null,
  standing: { readonly signedOn: string } | null,
): DomainError | null {
  if (unitId === null) return new DomainError('NOT_ALLOWED', 'A unit head signs for a unit');
  if (standing)
    return new DomainError('CONFLICT', 'Your unit has already signed', {
      reason: 'already_signed',
      signedOn: standing.signedOn,
    });
  return null;
}

const yearSchema = z.int().min(2000).max(2100);
const text = (max: number) => z.string().trim().max(max);

const masterplanFields = {
  title: z.string().trim().min(5).max(300),
  startYear: yearSchema,
  endYear: yearSchema,
  vision: text(5000),
  mission: z.array(z.string().trim().min(3).max(1000)).max(20),
  bimtekStage: z.enum(bimtekStages).nullable(),
  bimtekDates: z.partialRecord(z.enum(bimtekStages), isoDateSchema),
  bimtekChecklist: z.array(z.string().trim().min(1).max(60)).max(40),
  /** The statement every unit head signs (a signature keeps the text it was given). */
  commitmentStatement: z.string().trim().min(20).max(5000),
};

const periodInOrder = {
  error: 'The period must end on or after its start',
  path: ['endYear'],
};

/** Input of `masterplan.update` (coordinator): the title, period, vision, mission and Bimtek record. */
export const masterplanUpdateInputSchema = z
  .strictObject({ version: z.int().min(1), ...masterplanFields })
  .refine((m) => m.endYear >= m.startYear, periodInOrder);
/** The input of a masterplan update, as {@link masterplanUpdateInputSchema} parses it. */
export type MasterplanUpdateInput = z.infer<typeof masterplanUpdateInputSchema>;

/**
 * The joint commitment's statement until the coordinator words the region's own: what every unit
 * head signs (in Bahasa Indonesia, the language of the document).
 */
export const defaultCommitmentStatement =
  'Kami, kepala perangkat daerah, dengan ini menyatakan berkomitmen melaksanakan program dan ' +
  'rencana aksi Rencana Induk Kota Cerdas ini sesuai dengan tugas dan fungsi perangkat daerah ' +
  'yang kami pimpin, serta melaporkan kemajuannya secara berkala.';

/**
 * Input of `masterplan.create` (coordinator): a region's first masterplan — its title and
 * period, and as much of the vision, mission and Bimtek record as is known; the rest defaults
 * (empty vision and mission, no Bimtek stage yet, {@link defaultCommitmentStatement}) and is
 * filled in later with `masterplan.update`.
 */
export const masterplanCreateInputSchema = z
  .strictObject({
    ...masterplanFields,
    vision: masterplanFields.vision.default(''),
    mission: masterplanFields.mission.default([]),
    bimtekStage: masterplanFields.bimtekStage.default(null),
    bimtekDates: masterplanFields.bimtekDates.default({}),
    bimtekChecklist: masterplanFields.bimtekChecklist.default([]),
    commitmentStatement: masterplanFields.commitmentStatement.default(defaultCommitmentStatement),
  })
  .refine((m) => m.endYear >= m.startYear, periodInOrder);
/** The input of a new masterplan, as {@link masterplanCreateInputSchema} parses it. */
export type MasterplanCreateInput = z.infer<typeof masterplanCreateInputSchema>;

/** Refuses a second masterplan: a region has one (its later changes are `masterplan.update`). */
export function masterplanCreationRefusal(
  existing: { readonly id: string } | null,
): DomainError | null {
  if (!existing) return null;
  return new DomainError('CONFLICT', 'The region already has a masterplan', {
    reason: 'masterplan_exists',
    id: existing.id,
  });
}

/** Input of `masterplan.setStrategy` (coordinator): the strategy text of one dimension. */
export const strategyInputSchema = z.strictObject({
  dimension: dimensionKeySchema,
  text: text(10_000),
});

const programmeFields = {
  dimension: dimensionKeySchema,
  element: elementKeySchema,
  name: z.string().trim().min(5).max(300),
  description: text(5000),
  horizon: z.enum(horizons),
  leadUnitId: idSchema,
  supportingUnitIds: z.array(idSchema).max(30).default([]),
  startYear: yearSchema,
  endYear: yearSchema,
  budget: z.number().int().min(0).max(1e15),
  fundingSource: z.enum(masterplanFundingSources),
  reference: text(500),
  innovationIds: z.array(idSchema).max(100).default([]),
};

function refineProgramme(
  value: {
    readonly dimension: string;
    readonly element: string;
    readonly startYear: number;
    readonly endYear: number;
  },
  ctx: z.RefinementCtx,
) {
  if (!isElementOf(value.dimension as DimensionKey, value.element as ElementKey))
    ctx.addIssue({
      code: 'custom',
      path: ['element'],
      message: 'The element is not of the dimension',
    });
  if (value.endYear < value.startYear)
    ctx.addIssue({ code: 'custom', path: ['endYear'], message: 'The years must be in order' });
}

/** Input of `masterplan.createProgramme` (coordinator). */
export const programmeCreateInputSchema = z
  .strictObject(programmeFields)
  .superRefine(refineProgramme);
/** The input of a new programme, as {@link programmeCreateInputSchema} parses it. */
export type ProgrammeCreateInput = z.infer<typeof programmeCreateInputSchema>;

/** Input of `masterplan.updateProgramme` (coordinator), naming the version read. */
export const programmeUpdateInputSchema = z
  .strictObject({ id: idSchema, version: z.int().min(1), ...programmeFields })
  .superRefine(refineProgramme);
/** The input of a programme update, as {@link programmeUpdateInputSchema} parses it. */
export type ProgrammeUpdateInput = z.infer<typeof programmeUpdateInputSchema>;

const actionFields = {
  activity: z.string().trim().min(5).max(500),
  year: yearSchema,
  ownerUnitId: idSchema,
  outputTarget: z.string().trim().min(3).max(500),
  budget: z.number().int().min(0).max(1e15),
  status: z.enum(actionStatuses),
  progressPercent: z.int().min(0).max(100),
};

/** Input of `masterplan.createAction` (coordinator, or the owner unit for its own items). */
export const actionCreateInputSchema = z.strictObject({ programmeId: idSchema, ...actionFields });
/** The input of a new action item, as {@link actionCreateInputSchema} parses it. */
export type ActionCreateInput = z.infer<typeof actionCreateInputSchema>;

/** Input of `masterplan.updateAction`, naming the version read. */
export const actionUpdateInputSchema = z.strictObject({
  id: idSchema,
  version: z.int().min(1),
  ...actionFields,
});
/** The input of an action item update, as {@link actionUpdateInputSchema} parses it. */
export type ActionUpdateInput = z.infer<typeof actionUpdateInputSchema>;

/** Input of `masterplan.sign`: a unit head signs the joint commitment for their unit. */
export const commitmentSignInputSchema = z.strictObject({
  signerName: personNameSchema,
  signerNip: nipSchema,
  signerPosition: z.string().trim().min(3).max(200),
  signedOn: isoDateSchema,
});
/** The input of a signature of the joint commitment, as {@link commitmentSignInputSchema} parses it. */
export type CommitmentSignInput = z.infer<typeof commitmentSignInputSchema>;

/** Input of `masterplan.withdrawCommitment` (coordinator): a signature is withdrawn with a reason. */
export const commitmentWithdrawInputSchema = z.strictObject({
  unitId: idSchema,
  reason: z.string().trim().min(10).max(2000),
});
