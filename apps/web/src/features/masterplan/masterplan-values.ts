import type { MasterplanDto } from './masterplan-types';
import {
  bimtekStages,
  dimensions,
  type ActionStatus,
  type BimtekStage,
  type DimensionKey,
  type ElementKey,
  type Horizon,
  type MasterplanFundingSource,
} from '@smartcity/domain';

// The forms' values and how they become the API's inputs. Number inputs answer '' when empty:
// that becomes NaN, which the domain schema refuses ("required"), as the server would.

const toNumber = (value: number | string): number =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);

/** The programme form. */
export type ProgrammeValues = {
  dimension: DimensionKey;
  element: ElementKey | '';
  name: string;
  description: string;
  horizon: Horizon;
  leadUnitId: string;
  supportingUnitIds: string[];
  startYear: number | string;
  endYear: number | string;
  budget: number | string;
  fundingSource: MasterplanFundingSource;
  reference: string;
  innovationIds: string[];
};

/** A programme as the form edits it; a new one starts in `dimension` over the period's first year. */
export function programmeToValues(
  programme:
    | (Omit<
        ProgrammeValues,
        'startYear' | 'endYear' | 'budget' | 'supportingUnitIds' | 'innovationIds'
      > & {
        readonly startYear: number;
        readonly endYear: number;
        readonly budget: number;
        readonly supportingUnitIds: readonly string[];
        readonly innovationIds: readonly string[];
      })
    | null,
  defaults: { readonly dimension: DimensionKey; readonly startYear: number },
): ProgrammeValues {
  if (programme) {
    return {
      dimension: programme.dimension,
      element: programme.element,
      name: programme.name,
      description: programme.description,
      horizon: programme.horizon,
      leadUnitId: programme.leadUnitId,
      supportingUnitIds: [...programme.supportingUnitIds],
      startYear: programme.startYear,
      endYear: programme.endYear,
      budget: programme.budget,
      fundingSource: programme.fundingSource,
      reference: programme.reference,
      innovationIds: [...programme.innovationIds],
    };
  }
  return {
    dimension: defaults.dimension,
    element: firstElementOf(defaults.dimension),
    name: '',
    description: '',
    horizon: 'short',
    leadUnitId: '',
    supportingUnitIds: [],
    startYear: defaults.startYear,
    endYear: defaults.startYear,
    budget: 0,
    fundingSource: 'apbd',
    reference: '',
    innovationIds: [],
  };
}

/** The programme fields as `createProgramme`/`updateProgramme` take them. */
export function valuesToProgrammeFields(values: ProgrammeValues) {
  return {
    dimension: values.dimension,
    element: values.element as ElementKey,
    name: values.name,
    description: values.description,
    horizon: values.horizon,
    leadUnitId: values.leadUnitId,
    // The lead unit is not also a supporting one.
    supportingUnitIds: values.supportingUnitIds.filter((id) => id !== values.leadUnitId),
    startYear: toNumber(values.startYear),
    endYear: toNumber(values.endYear),
    budget: toNumber(values.budget),
    fundingSource: values.fundingSource,
    reference: values.reference,
    innovationIds: values.innovationIds,
  };
}

/** The first element of a dimension (the element select's default when the dimension changes). */
export function firstElementOf(dimension: DimensionKey): ElementKey {
  const found = dimensions.find((d) => d.key === dimension);
  return (found?.elements[0]?.key ?? '') as ElementKey;
}

/** The action item form. */
export type ActionValues = {
  activity: string;
  year: string;
  ownerUnitId: string;
  outputTarget: string;
  budget: number | string;
  status: ActionStatus;
  progressPercent: number | string;
};

/** An action item as the form edits it; a new one in the programme's first year, for `ownerUnitId`. */
export function actionToValues(
  action: {
    readonly activity: string;
    readonly year: number;
    readonly ownerUnitId: string;
    readonly outputTarget: string;
    readonly budget: number;
    readonly status: ActionStatus;
    readonly progressPercent: number;
  } | null,
  defaults: { readonly year: number; readonly ownerUnitId: string },
): ActionValues {
  return action
    ? {
        activity: action.activity,
        year: String(action.year),
        ownerUnitId: action.ownerUnitId,
        outputTarget: action.outputTarget,
        budget: action.budget,
        status: action.status,
        progressPercent: action.progressPercent,
      }
    : {
        activity: '',
        year: String(defaults.year),
        ownerUnitId: defaults.ownerUnitId,
        outputTarget: '',
        budget: 0,
        status: 'planned',
        progressPercent: 0,
      };
}

/** The action item fields as `createAction`/`updateAction` take them. */
export function valuesToActionFields(values: ActionValues) {
  return {
    activity: values.activity,
    year: toNumber(values.year),
    ownerUnitId: values.ownerUnitId,
    outputTarget: values.outputTarget,
    budget: toNumber(values.budget),
    status: values.status,
    progressPercent: toNumber(values.progressPercent),
  };
}

/** The years a programme spans, for the action item's year select. */
export function yearsOf(range: { readonly startYear: number; readonly endYear: number }): number[] {
  const years: number[] = [];
  for (let y = range.startYear; y <= range.endYear; y++) years.push(y);
  return years;
}

/** The masterplan form. */
export type MasterplanValues = {
  title: string;
  startYear: number | string;
  endYear: number | string;
  vision: string;
  mission: string[];
  bimtekStage: BimtekStage | '';
  bimtekDates: Record<BimtekStage, string>;
  bimtekChecklist: string[];
  commitmentStatement: string;
};

/** The masterplan as the form edits it. */
export function masterplanToValues(
  plan: Pick<
    MasterplanDto,
    | 'title'
    | 'startYear'
    | 'endYear'
    | 'vision'
    | 'mission'
    | 'bimtekStage'
    | 'bimtekDates'
    | 'bimtekChecklist'
    | 'commitmentStatement'
  >,
): MasterplanValues {
  return {
    title: plan.title,
    startYear: plan.startYear,
    endYear: plan.endYear,
    vision: plan.vision,
    mission: [...plan.mission],
    bimtekStage: plan.bimtekStage ?? '',
    bimtekDates: Object.fromEntries(
      bimtekStages.map((s) => [s, plan.bimtekDates[s] ?? '']),
    ) as Record<BimtekStage, string>,
    bimtekChecklist: [...plan.bimtekChecklist],
    commitmentStatement: plan.commitmentStatement,
  };
}

/** The masterplan fields as `masterplan.update` takes them (empty dates and mission lines dropped). */
export function valuesToMasterplanFields(values: MasterplanValues) {
  const dates: Partial<Record<BimtekStage, string>> = {};
  for (const stage of bimtekStages) {
    const date = values.bimtekDates[stage].trim();
    if (date !== '') dates[stage] = date;
  }
  return {
    title: values.title,
    startYear: toNumber(values.startYear),
    endYear: toNumber(values.endYear),
    vision: values.vision,
    mission: values.mission.map((m) => m.trim()).filter((m) => m !== ''),
    bimtekStage: values.bimtekStage === '' ? null : values.bimtekStage,
    bimtekDates: dates,
    bimtekChecklist: values.bimtekChecklist,
    commitmentStatement: values.commitmentStatement,
  };
}

/** The form of a first masterplan: its title and period, and what is known of the rest. */
export type MasterplanCreateValues = {
  title: string;
  startYear: number | string;
  endYear: number | string;
  vision: string;
  mission: string[];
  bimtekStage: BimtekStage | '';
};

/** A first masterplan's form: a ten-year period from `startYear`, one empty mission line. */
export function newMasterplanValues(startYear: number): MasterplanCreateValues {
  return {
    title: '',
    startYear,
    endYear: startYear + 9,
    vision: '',
    mission: [''],
    bimtekStage: '',
  };
}

/** The fields as `masterplan.create` takes them (empty mission lines dropped). */
export function valuesToMasterplanCreate(values: MasterplanCreateValues) {
  return {
    title: values.title,
    startYear: toNumber(values.startYear),
    endYear: toNumber(values.endYear),
    vision: values.vision,
    mission: values.mission.map((m) => m.trim()).filter((m) => m !== ''),
    bimtekStage: values.bimtekStage === '' ? null : values.bimtekStage,
  };
}
