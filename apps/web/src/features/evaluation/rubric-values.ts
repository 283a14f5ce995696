import {
  defaultRubric,
  defaultThresholds,
  totalWeight,
  type Criterion,
  type Rubric,
  type Thresholds,
} from '@smartcity/domain';

/** A criterion row of the rubric editor (a new row has no key yet: it comes from its label). */
export type CriterionValues = {
  readonly rowKey: string;
  key: string;
  labelId: string;
  labelEn: string;
  descriptionId: string;
  descriptionEn: string;
  weight: number | string;
};

/** The round form's values: name, period, rubric rows and thresholds. */
export type RoundValues = {
  name: string;
  periodStart: string;
  periodEnd: string;
  criteria: CriterionValues[];
  impactful: number | string;
  needsImprovement: number | string;
};

/** What `evaluation.createRound` / `updateRound` take besides the id and version. */
export type RoundFields = {
  readonly name: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly rubric: Rubric;
  readonly thresholds: Thresholds;
};

let rowCounter = 0;

/** A fresh key for a row of the editor (React's key; never sent). */
function newRowKey(): string {
  rowCounter += 1;
  return `criterion-${rowCounter}`;
}

const asNumber = (value: number | string): number =>
  typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value);

/** The sum of the rows' weights (rows without a number count as 0). */
export function weightSum(criteria: readonly Pick<CriterionValues, 'weight'>[]): number {
  return criteria.reduce((sum, c) => {
    const weight = asNumber(c.weight);
    return sum + (Number.isFinite(weight) ? weight : 0);
  }, 0);
}

/** Whether the weights add up to the rubric's total (100). */
export function weightsComplete(criteria: readonly Pick<CriterionValues, 'weight'>[]): boolean {
  return weightSum(criteria) === totalWeight;
}

/**
 * A criterion key from a label ("Dampak sosial" → "dampak_sosial"): lower-case letters, digits
 * and _, starting with a letter, 2–40 characters, and not one of `taken` (a number is added).
 */
export function criterionKeyFrom(label: string, taken: ReadonlySet<string>): string {
  const slug = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+/, '')
    .replace(/_+$/, '')
    .slice(0, 36);
  const base = slug.length >= 2 ? slug : `criterion${slug ? `_${slug}` : ''}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}_${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** An empty row to add to the rubric. */
export function emptyCriterion(): CriterionValues {
  return {
    rowKey: newRowKey(),
    key: '',
    labelId: '',
    labelEn: '',
    descriptionId: '',
    descriptionEn: '',
    weight: '',
  };
}

function criterionToValues(c: Criterion): CriterionValues {
  return {
    rowKey: newRowKey(),
    key: c.key,
    labelId: c.label.id,
    labelEn: c.label.en,
    descriptionId: c.description.id,
    descriptionEn: c.description.en,
    weight: c.weight,
  };
}

/** The form's values for a round (or, for a new one, the default rubric and thresholds). */
export function roundToValues(round: RoundFields | null): RoundValues {
  const rubric = round?.rubric ?? defaultRubric;
  const thresholds = round?.thresholds ?? defaultThresholds;
  return {
    name: round?.name ?? '',
    periodStart: round?.periodStart ?? '',
    periodEnd: round?.periodEnd ?? '',
    criteria: rubric.map(criterionToValues),
    impactful: thresholds.impactful,
    needsImprovement: thresholds.needsImprovement,
  };
}

/** The round's fields from the form's values; new rows get a key from their label. */
export function valuesToRoundFields(values: RoundValues): RoundFields {
  const taken = new Set(values.criteria.map((c) => c.key).filter((k) => k !== ''));
  const rubric = values.criteria.map((c): Criterion => {
    let key = c.key;
    if (key === '') {
      key = criterionKeyFrom(c.labelEn.trim() || c.labelId.trim(), taken);
      taken.add(key);
    }
    return {
      key,
      label: { id: c.labelId, en: c.labelEn },
      description: { id: c.descriptionId, en: c.descriptionEn },
      weight: asNumber(c.weight),
    };
  });
  return {
    name: values.name,
    periodStart: values.periodStart,
    periodEnd: values.periodEnd,
    rubric,
    thresholds: {
      impactful: asNumber(values.impactful),
      needsImprovement: asNumber(values.needsImprovement),
    },
  };
}

const criterionFields: Readonly<Record<string, keyof CriterionValues>> = {
  'label.id': 'labelId',
  'label.en': 'labelEn',
  'description.id': 'descriptionId',
  'description.en': 'descriptionEn',
  weight: 'weight',
  key: 'labelEn',
};

/**
 * Where the form shows a problem the domain's schema found: `rubric.2.label.id` →
 * `criteria.2.labelId`, `rubric` → `criteria`, `thresholds.impactful` → `impactful`.
 */
export function formPathOf(schemaPath: string): string {
  if (schemaPath === 'rubric') return 'criteria';
  const criterion = /^rubric\.(\d+)\.(.+)$/.exec(schemaPath);
  if (criterion) {
    const field = criterionFields[criterion[2] ?? ''];
    return field ? `criteria.${criterion[1]}.${field}` : 'criteria';
  }
  if (schemaPath.startsWith('thresholds')) {
    return schemaPath === 'thresholds.needsImprovement' ? 'needsImprovement' : 'impactful';
  }
  return schemaPath;
}
