import {
  needSectionSchema,
  problemSectionSchema,
  processSectionSchema,
  quickWinSectionSchema,
} from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import {
  emptyKpi,
  emptyStep,
  needToValues,
  problemToValues,
  processToValues,
  quickWinToValues,
  sameData,
  valuesToNeed,
  valuesToProblem,
  valuesToProcess,
  valuesToQuickWin,
} from './section-values';

describe('valuesToProblem', () => {
  it('turns empty fields into absent ones, which the domain accepts as a draft', () => {
    const draft = valuesToProblem(problemToValues({}));
    expect(draft).toEqual({
      statement: undefined,
      affectedGroup: undefined,
      evidence: undefined,
      source: undefined,
    });
    expect(problemSectionSchema.safeParse(draft).success).toBe(true);
  });

  it('keeps what was typed', () => {
    const values = {
      ...problemToValues({}),
      statement: 'Antrean panjang',
      source: 'survey' as const,
    };
    expect(valuesToProblem(values)).toMatchObject({
      statement: 'Antrean panjang',
      source: 'survey',
    });
  });
});

describe('valuesToNeed', () => {
  it('round-trips a need with a KPI', () => {
    const need = {
      statement: 'Data balita terpadu',
      beneficiaries: { who: 'Ibu balita', estimatedCount: 12000 },
      indicators: [
        { name: 'Cakupan', unit: '%', baseline: 40, target: 90, targetDate: '2026-12-31' },
      ],
    };
    const draft = valuesToNeed(needToValues(need));
    expect(needSectionSchema.parse(draft)).toEqual(need);
  });

  it('leaves an unfilled KPI number absent so the schema points at that field', () => {
    const values = needToValues({ indicators: [] });
    values.indicators.push({ ...emptyKpi(), name: 'Cakupan', unit: '%', target: '90' });
    const result = needSectionSchema.safeParse(valuesToNeed(values));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toContain('indicators.0.baseline');
    expect(paths).toContain('indicators.0.targetDate');
    expect(paths).not.toContain('indicators.0.target');
  });
});

describe('valuesToProcess', () => {
  it('drops the row keys and empty tools', () => {
    const values = processToValues({ asIs: [], toBe: [], needsApplication: false });
    values.asIs.push({ ...emptyStep(), actor: 'Kader', activity: 'Mencatat di buku' });
    const draft = valuesToProcess(values);
    expect(draft.asIs).toEqual([{ actor: 'Kader', activity: 'Mencatat di buku', tool: undefined }]);
    expect(processSectionSchema.safeParse(draft).success).toBe(true);
  });
});

describe('valuesToQuickWin', () => {
  it('reads the budget typed as text', () => {
    const values = { ...quickWinToValues({}), budget: '2500000' };
    const draft = valuesToQuickWin(values);
    expect(draft.budget).toBe(2_500_000);
    expect(quickWinSectionSchema.safeParse(draft).success).toBe(true);
  });
});

describe('sameData', () => {
  it('ignores key order and absent keys', () => {
    expect(sameData({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1, d: undefined })).toBe(
      true,
    );
    expect(sameData({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameData([1, 2], [1])).toBe(false);
  });
});
