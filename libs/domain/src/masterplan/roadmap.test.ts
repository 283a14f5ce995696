import { describe, expect, it } from 'vitest';
import { roadmapByYear } from './roadmap';

const programmes = [
  { id: 'p1', dimension: 'governance', startYear: 2023, endYear: 2025 },
  { id: 'p2', dimension: 'living', startYear: 2024, endYear: 2024 },
] as const;
const actions = [
  { id: 'a1', programmeId: 'p1', year: 2023 },
  { id: 'a2', programmeId: 'p2', year: 2024 },
  { id: 'a3', programmeId: 'p1', year: 2024 },
];

describe('roadmapByYear', () => {
  it('lists every year of the period with the programmes running and the items due', () => {
    const years = roadmapByYear({
      period: { startYear: 2023, endYear: 2026 },
      programmes,
      actions,
    });
    expect(years.map((y) => y.year)).toEqual([2023, 2024, 2025, 2026]);
    expect(years[0]!.programmes.map((p) => p.id)).toEqual(['p1']);
    expect(years[0]!.actions.map((a) => a.id)).toEqual(['a1']);
    expect(years[1]!.programmes.map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(years[1]!.actions.map((a) => a.id)).toEqual(['a2', 'a3']);
    expect(years[3]).toEqual({ year: 2026, programmes: [], actions: [] });
  });

  it('keeps only one dimension when asked', () => {
    const years = roadmapByYear({
      period: { startYear: 2023, endYear: 2025 },
      programmes,
      actions,
      dimension: 'living',
    });
    expect(years.flatMap((y) => y.programmes.map((p) => p.id))).toEqual(['p2']);
    expect(years.flatMap((y) => y.actions.map((a) => a.id))).toEqual(['a2']);
  });

  it('shows an item outside the period in a year of its own rather than hiding it', () => {
    const years = roadmapByYear({
      period: { startYear: 2024, endYear: 2024 },
      programmes,
      actions,
    });
    expect(years.map((y) => y.year)).toEqual([2023, 2024]);
    expect(years[0]!.actions.map((a) => a.id)).toEqual(['a1']);
  });
});
