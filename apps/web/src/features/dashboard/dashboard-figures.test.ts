import type { CoverageRow } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import { heatLevel, stageBars, unitBars } from './dashboard-figures';

const byDimension = {
  governance: 0,
  branding: 0,
  economy: 0,
  living: 0,
  society: 0,
  environment: 0,
};
const row = (unitId: string, unitName: string, total: number): CoverageRow => ({
  unitId,
  unitName,
  unitShortName: '',
  byDimension,
  total,
});

describe('heatLevel', () => {
  it('leaves zero unshaded and spreads the rest over four steps up to the maximum', () => {
    expect(heatLevel(0, 10)).toBe(0);
    expect(heatLevel(1, 10)).toBe(1);
    expect(heatLevel(5, 10)).toBe(2);
    expect(heatLevel(10, 10)).toBe(4);
    expect(heatLevel(3, 0)).toBe(0);
  });
});

describe('unitBars', () => {
  it('ranks units with innovations, most first then by name, and links each to its list', () => {
    const bars = unitBars([row('a', 'Dinas B', 2), row('b', 'Dinas A', 2), row('c', 'Dinas C', 0)]);
    expect(bars.map((b) => b.label)).toEqual(['Dinas A', 'Dinas B']);
    expect(bars[0]?.figure).toEqual({ kind: 'unit', unitId: 'b' });
    expect(unitBars([row('a', 'A', 1), row('b', 'B', 2)], 1)).toHaveLength(1);
  });
});

describe('stageBars', () => {
  it('lists every stage in lifecycle order with its count and link', () => {
    const bars = stageBars(
      {
        problem: 5,
        need: 4,
        process: 3,
        quick_win: 2,
        evaluation: 1,
        sustained: 0,
        discontinued: 0,
      },
      (s) => s,
    );
    expect(bars.map((b) => b.key)).toEqual([
      'problem',
      'need',
      'process',
      'quick_win',
      'evaluation',
      'sustained',
      'discontinued',
    ]);
    expect(bars[1]).toMatchObject({ value: 4, figure: { kind: 'stage', stage: 'need' } });
  });
});
