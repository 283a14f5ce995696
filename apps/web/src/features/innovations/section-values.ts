import type {
  Bentuk,
  DimensionKey,
  ElementKey,
  EvaluationSection,
  FundingSource,
  Inisiator,
  Innovation,
  Jenis,
  NeedSection,
  Outcome,
  ProblemSection,
  ProblemSource,
  ProcessSection,
  ProcessStep,
  ProfileData,
  QuickWinSection,
  QuickWinStatus,
  Tahapan,
} from '@smartcity/domain';

// Forms edit strings ('' for "not filled") and numbers-or-strings (what a number input gives);
// the sections hold optional values. These functions convert both ways. What they produce from a
// form is a draft: the domain schema decides whether it is valid, with the same paths as the
// form's fields, so its messages land on the right inputs.

/** Every field optional, all the way down: a section as a user may have half typed it. */
export type Draft<T> = T extends readonly (infer U)[]
  ? readonly Draft<U>[]
  : T extends object
    ? { [K in keyof T]?: Draft<T[K]> }
    : T;

/** A number input's value: a number, or the text typed so far ('' when empty). */
export type NumberValue = number | string;

const text = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
const choice = <T extends string>(value: T | ''): T | undefined =>
  value === '' ? undefined : value;
const numberOf = (value: NumberValue): number | undefined =>
  typeof value === 'number' ? value : value.trim() === '' ? undefined : Number(value);

let lastRowKey = 0;
/** A React key for a new row of a list field (not sent to the API). */
export function newRowKey(): string {
  lastRowKey += 1;
  return `row-${lastRowKey}`;
}

// Problem ---------------------------------------------------------------------------------------

export type ProblemValues = {
  statement: string;
  affectedGroup: string;
  evidence: string;
  source: ProblemSource | '';
};

export function problemToValues(section: Draft<ProblemSection>): ProblemValues {
  return {
    statement: section.statement ?? '',
    affectedGroup: section.affectedGroup ?? '',
    evidence: section.evidence ?? '',
    source: section.source ?? '',
  };
}

export function valuesToProblem(values: ProblemValues): Draft<ProblemSection> {
  return {
    statement: text(values.statement),
    affectedGroup: text(values.affectedGroup),
    evidence: text(values.evidence),
    source: choice(values.source),
  };
}

// Need ------------------------------------------------------------------------------------------

export type KpiValues = {
  key: string;
  name: string;
  unit: string;
  baseline: NumberValue;
  target: NumberValue;
  targetDate: string;
};

export type NeedValues = {
  statement: string;
  beneficiaries: { who: string; estimatedCount: NumberValue };
  indicators: KpiValues[];
};

/** An empty KPI row. */
export function emptyKpi(): KpiValues {
  return { key: newRowKey(), name: '', unit: '', baseline: '', target: '', targetDate: '' };
}

export function needToValues(section: Draft<NeedSection>): NeedValues {
  return {
    statement: section.statement ?? '',
    beneficiaries: {
      who: section.beneficiaries?.who ?? '',
      estimatedCount: section.beneficiaries?.estimatedCount ?? '',
    },
    indicators: (section.indicators ?? []).map((kpi) => ({
      key: newRowKey(),
      name: kpi.name ?? '',
      unit: kpi.unit ?? '',
      baseline: kpi.baseline ?? '',
      target: kpi.target ?? '',
      targetDate: kpi.targetDate ?? '',
    })),
  };
}

export function valuesToNeed(values: NeedValues): Draft<NeedSection> {
  const who = text(values.beneficiaries.who);
  const estimatedCount = numberOf(values.beneficiaries.estimatedCount);
  return {
    statement: text(values.statement),
    beneficiaries:
      who === undefined && estimatedCount === undefined ? undefined : { who, estimatedCount },
    indicators: values.indicators.map((kpi) => ({
      name: kpi.name,
      unit: kpi.unit,
      baseline: numberOf(kpi.baseline),
      target: numberOf(kpi.target),
      targetDate: text(kpi.targetDate),
    })),
  };
}

// Process ---------------------------------------------------------------------------------------

export type StepValues = { key: string; actor: string; activity: string; tool: string };

export type ProcessValues = {
  asIs: StepValues[];
  toBe: StepValues[];
  needsApplication: boolean;
  applicationJustification: string;
  legalBasis: string;
};

/** An empty process step row. */
export function emptyStep(): StepValues {
  return { key: newRowKey(), actor: '', activity: '', tool: '' };
}

const stepToValues = (step: Draft<ProcessStep>): StepValues => ({
  key: newRowKey(),
  actor: step.actor ?? '',
  activity: step.activity ?? '',
  tool: step.tool ?? '',
});

const valuesToStep = (step: StepValues): Draft<ProcessStep> => ({
  actor: step.actor,
  activity: step.activity,
  tool: text(step.tool),
});

export function processToValues(section: Draft<ProcessSection>): ProcessValues {
  return {
    asIs: (section.asIs ?? []).map(stepToValues),
    toBe: (section.toBe ?? []).map(stepToValues),
    needsApplication: section.needsApplication ?? false,
    applicationJustification: section.applicationJustification ?? '',
    legalBasis: section.legalBasis ?? '',
  };
}

export function valuesToProcess(values: ProcessValues): Draft<ProcessSection> {
  return {
    asIs: values.asIs.map(valuesToStep),
    toBe: values.toBe.map(valuesToStep),
    needsApplication: values.needsApplication,
    applicationJustification: text(values.applicationJustification),
    legalBasis: text(values.legalBasis),
  };
}

// Quick win -------------------------------------------------------------------------------------

export type QuickWinValues = {
  deliverable: string;
  responsiblePerson: string;
  startDate: string;
  targetDate: string;
  budget: NumberValue;
  fundingSource: FundingSource | '';
  status: QuickWinStatus | '';
};

export function quickWinToValues(section: Draft<QuickWinSection>): QuickWinValues {
  return {
    deliverable: section.deliverable ?? '',
    responsiblePerson: section.responsiblePerson ?? '',
    startDate: section.startDate ?? '',
    targetDate: section.targetDate ?? '',
    budget: section.budget ?? '',
    fundingSource: section.fundingSource ?? '',
    status: section.status ?? '',
  };
}

export function valuesToQuickWin(values: QuickWinValues): Draft<QuickWinSection> {
  return {
    deliverable: text(values.deliverable),
    responsiblePerson: text(values.responsiblePerson),
    startDate: text(values.startDate),
    targetDate: text(values.targetDate),
    budget: numberOf(values.budget),
    fundingSource: choice(values.fundingSource),
    status: choice(values.status),
  };
}

// Evaluation ------------------------------------------------------------------------------------

export type EvaluationValues = { outcome: Outcome | ''; notes: string; lessonsLearned: string };

export function evaluationToValues(section: Draft<EvaluationSection>): EvaluationValues {
  return {
    outcome: section.outcome ?? '',
    notes: section.notes ?? '',
    lessonsLearned: section.lessonsLearned ?? '',
  };
}

export function valuesToEvaluation(values: EvaluationValues): Draft<EvaluationSection> {
  return {
    outcome: choice(values.outcome),
    notes: text(values.notes),
    lessonsLearned: text(values.lessonsLearned),
  };
}

// Profile (identity and IID fields) -------------------------------------------------------------

export type ProfileValues = {
  title: string;
  summary: string;
  dimension: DimensionKey | '';
  element: ElementKey | '';
  extraDimensions: DimensionKey[];
  jenis: Jenis | '';
  bentuk: Bentuk | '';
  inisiator: Inisiator | '';
  urusan: string;
  trialDate: string;
  implementationDate: string;
  /** '' = follow the stage. */
  tahapan: Tahapan | '';
};

/** The profile of an innovation as `innovation.updateSection({ section: 'profile' })` takes it. */
export function profileOf(innovation: Innovation): ProfileData {
  return {
    title: innovation.title,
    summary: innovation.summary,
    dimension: innovation.dimension,
    element: innovation.element,
    extraDimensions: [...innovation.extraDimensions],
    jenis: innovation.jenis,
    bentuk: innovation.bentuk,
    inisiator: innovation.inisiator,
    urusan: innovation.urusan,
    trialDate: innovation.trialDate,
    implementationDate: innovation.implementationDate,
    tahapan: innovation.tahapanManual ? innovation.tahapan : null,
  };
}

export function profileToValues(profile: Draft<ProfileData>): ProfileValues {
  return {
    title: profile.title ?? '',
    summary: profile.summary ?? '',
    dimension: profile.dimension ?? '',
    element: profile.element ?? '',
    extraDimensions: [...(profile.extraDimensions ?? [])],
    jenis: profile.jenis ?? '',
    bentuk: profile.bentuk ?? '',
    inisiator: profile.inisiator ?? '',
    urusan: profile.urusan ?? '',
    trialDate: profile.trialDate ?? '',
    implementationDate: profile.implementationDate ?? '',
    tahapan: profile.tahapan ?? '',
  };
}

export function valuesToProfile(values: ProfileValues): Draft<ProfileData> {
  return {
    title: values.title,
    summary: values.summary,
    dimension: choice(values.dimension),
    element: choice(values.element),
    extraDimensions: values.extraDimensions.filter((d) => d !== values.dimension),
    jenis: choice(values.jenis),
    bentuk: choice(values.bentuk),
    inisiator: choice(values.inisiator),
    urusan: text(values.urusan) ?? null,
    trialDate: text(values.trialDate) ?? null,
    implementationDate: text(values.implementationDate) ?? null,
    tahapan: choice(values.tahapan) ?? null,
  };
}

/** Structural equality of two JSON-like values (key order does not matter). */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysOf = (value: object) =>
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k]) => k)
      .sort();
  const ka = keysOf(a);
  const kb = keysOf(b);
  if (ka.length !== kb.length || ka.some((k, i) => k !== kb[i])) return false;
  return ka.every((k) =>
    sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}
