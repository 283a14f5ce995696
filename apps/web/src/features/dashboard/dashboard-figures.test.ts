import type { RankedUnit } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import { heatLevel, stageBars, unitBars } from './dashboard-figures';

const row = (unitId: string, unitName: string, innovations: number): RankedUnit => ({
  unitId,
  unitName,
  unitShortName: '',
  innovations,
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
  // The ranking itself (most first, then by name; units that do not innovate left out) moved to
  // the domain's `unitRanking` test: the server sends the order and the SPA keeps it.
  it('keeps the server’s ranking and links each unit to its list', () => {
    const bars = unitBars([row('b', 'Dinas A', 2), row('a', 'Dinas B', 2)]);
    expect(bars.map((b) => b.label)).toEqual(['Dinas A', 'Dinas B']);
    expect(bars.map((b) => b.value)).toEqual([2, 2]);
    expect(bars[0]?.figure).toEqual({ kind: 'unit', unitId: 'b' });
    expect(unitBars([row('b', 'B', 2), row('a', 'A', 1)], 1)).toHaveLength(1);
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
