import { defaultRubric, roundCreateInputSchema } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import {
  criterionKeyFrom,
  emptyCriterion,
  formPathOf,
  roundToValues,
  valuesToRoundFields,
  weightSum,
  weightsComplete,
} from './rubric-values';

describe('weightSum', () => {
  it('adds numbers and numeric text, and counts empty or invalid weights as 0', () => {
    expect(weightSum([{ weight: 25 }, { weight: '30' }, { weight: '' }, { weight: 'x' }])).toBe(55);
  });

  it('is 100 for the default rubric', () => {
    expect(weightSum(roundToValues(null).criteria)).toBe(100);
    expect(weightsComplete(roundToValues(null).criteria)).toBe(true);
  });

  it('says the rubric is incomplete once a weight changes', () => {
    const criteria = roundToValues(null).criteria.map((c, i) =>
      i === 0 ? { ...c, weight: 20 } : c,
    );
    expect(weightsComplete(criteria)).toBe(false);
  });
});

describe('criterionKeyFrom', () => {
  it('makes a lower-case key from a label, without accents or spaces', () => {
    expect(criterionKeyFrom('Dampak Sosial', new Set())).toBe('dampak_sosial');
    expect(criterionKeyFrom('Équité & accès', new Set())).toBe('equite_acces');
  });

  it('starts with a letter and never comes out too short', () => {
    expect(criterionKeyFrom('1. Kebaruan', new Set())).toBe('kebaruan');
    expect(criterionKeyFrom('?', new Set())).toBe('criterion');
  });

  it('adds a number when the key is taken', () => {
    expect(criterionKeyFrom('Impact', new Set(['impact', 'impact_2']))).toBe('impact_3');
  });
});

describe('valuesToRoundFields', () => {
  it('gives the default values back as the default rubric', () => {
    const values = { ...roundToValues(null), name: 'Evaluasi Quick Win 2026' };
    const fields = valuesToRoundFields(values);
    expect(fields.rubric).toEqual(defaultRubric);
    expect(fields.thresholds).toEqual({ impactful: 70, needsImprovement: 50 });
  });

  it('keys a new row from its English label and passes the domain schema', () => {
    const values = roundToValues(null);
    values.name = 'Evaluasi 2026';
    values.periodStart = '2026-01-01';
    values.periodEnd = '2026-12-31';
    values.criteria[0]!.weight = 15;
    values.criteria.push({
      ...emptyCriterion(),
      labelId: 'Inklusi',
      labelEn: 'Inclusion',
      descriptionId: 'Menjangkau kelompok rentan',
      descriptionEn: 'Reaches vulnerable groups',
      weight: '10',
    });
    const fields = valuesToRoundFields(values);
    expect(fields.rubric.at(-1)?.key).toBe('inclusion');
    expect(roundCreateInputSchema.safeParse(fields).success).toBe(true);
  });
});

describe('formPathOf', () => {
  it('maps the schema paths to the form fields', () => {
    expect(formPathOf('rubric')).toBe('criteria');
    expect(formPathOf('rubric.2.label.id')).toBe('criteria.2.labelId');
    expect(formPathOf('rubric.0.description.en')).toBe('criteria.0.descriptionEn');
    expect(formPathOf('rubric.1.weight')).toBe('criteria.1.weight');
    expect(formPathOf('thresholds.impactful')).toBe('impactful');
    expect(formPathOf('thresholds.needsImprovement')).toBe('needsImprovement');
    expect(formPathOf('periodEnd')).toBe('periodEnd');
  });
});
