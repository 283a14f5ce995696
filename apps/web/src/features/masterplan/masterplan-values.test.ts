import { describe, expect, it } from 'vitest';
import {
  actionToValues,
  masterplanToValues,
  newMasterplanValues,
  programmeToValues,
  valuesToActionFields,
  valuesToMasterplanCreate,
  valuesToMasterplanFields,
  valuesToProgrammeFields,
  yearsOf,
} from './masterplan-values';

describe('programme values', () => {
  it('start a new programme in the dimension, its first element, the period’s first year', () => {
    const values = programmeToValues(null, { dimension: 'living', startYear: 2023 });
    expect(values).toMatchObject({ dimension: 'living', element: 'harmony', startYear: 2023 });
  });

  it('drop the lead unit from the supporting ones and read empty numbers as missing', () => {
    const values = programmeToValues(null, { dimension: 'governance', startYear: 2023 });
    const fields = valuesToProgrammeFields({
      ...values,
      leadUnitId: 'u1',
      supportingUnitIds: ['u1', 'u2'],
      budget: '',
    });
    expect(fields.supportingUnitIds).toEqual(['u2']);
    expect(Number.isNaN(fields.budget)).toBe(true);
  });
});

describe('action values', () => {
  it('round-trip an action item, the year as a select value', () => {
    const action = {
      activity: 'Pelatihan operator',
      year: 2024,
      ownerUnitId: 'u1',
      outputTarget: '30 operator',
      budget: 1000,
      status: 'in_progress' as const,
      progressPercent: 40,
    };
    const values = actionToValues(action, { year: 2023, ownerUnitId: 'u2' });
    expect(values.year).toBe('2024');
    expect(valuesToActionFields(values)).toEqual(action);
    expect(actionToValues(null, { year: 2023, ownerUnitId: 'u2' })).toMatchObject({
      year: '2023',
      ownerUnitId: 'u2',
      status: 'planned',
    });
  });

  it('list a programme’s years', () => {
    expect(yearsOf({ startYear: 2023, endYear: 2025 })).toEqual([2023, 2024, 2025]);
  });
});

describe('masterplan values', () => {
  it('drop empty dates and mission lines, and an unset stage is null', () => {
    const values = masterplanToValues({
      title: 'Rencana Induk',
      startYear: 2023,
      endYear: 2032,
      vision: 'Visi',
      mission: ['Satu'],
      bimtekStage: null,
      bimtekDates: { I: '2023-02-01' },
      bimtekChecklist: ['team'],
      commitmentStatement: 'Kami berkomitmen melaksanakan rencana induk ini.',
    });
    expect(values.bimtekDates).toEqual({ I: '2023-02-01', II: '', III: '', IV: '' });
    const fields = valuesToMasterplanFields({ ...values, mission: ['Satu', '  ', 'Dua '] });
    expect(fields.mission).toEqual(['Satu', 'Dua']);
    expect(fields.bimtekDates).toEqual({ I: '2023-02-01' });
    expect(fields.bimtekStage).toBeNull();
  });
});

describe('first masterplan values', () => {
  it('propose a ten-year period from the given year, with nothing else filled', () => {
    expect(newMasterplanValues(2026)).toEqual({
      title: '',
      startYear: 2026,
      endYear: 2035,
      vision: '',
      mission: [''],
      bimtekStage: '',
    });
  });

  it('become the create input: no Bimtek stage is null, empty mission lines go, empty years are missing', () => {
    const fields = valuesToMasterplanCreate({
      ...newMasterplanValues(2026),
      title: 'Masterplan Smart City 2026–2035',
      mission: ['  Layanan digital ', '', '  '],
      endYear: '',
    });
    expect(fields).toMatchObject({
      title: 'Masterplan Smart City 2026–2035',
      startYear: 2026,
      mission: ['Layanan digital'],
      bimtekStage: null,
    });
    expect(Number.isNaN(fields.endYear)).toBe(true);
    expect(
      valuesToMasterplanCreate({ ...newMasterplanValues(2026), bimtekStage: 'II' }).bimtekStage,
    ).toBe('II');
  });
});
