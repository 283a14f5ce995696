import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  innovationListFilters,
  innovationsSearchSchema,
} from './innovations-search';

const unitId = '0b7e3f1e-8d4c-4d7a-9a43-3c2b7f1f9a10';

describe('innovationsSearchSchema', () => {
  it('keeps valid filters from the URL', () => {
    expect(
      innovationsSearchSchema.parse({
        q: 'stunting',
        unitId,
        dimension: 'living',
        element: 'health',
        stage: 'need',
        stale: true,
        isPublic: false,
        sort: 'title_asc',
      }),
    ).toMatchObject({
      q: 'stunting',
      unitId,
      dimension: 'living',
      element: 'health',
      stage: 'need',
      stale: true,
      isPublic: false,
      sort: 'title_asc',
    });
  });

  it('drops malformed values instead of failing the page', () => {
    expect(
      innovationsSearchSchema.parse({
        q: 42,
        unitId: 'not-a-uuid',
        stage: 'done',
        jenis: 'analog',
        stale: 'yes',
        overdue: 'no',
        year: 1999,
        outcome: 'great',
        quickWinStatus: 'late',
        active: 1,
        sort: 'random',
      }),
    ).toEqual({
      q: undefined,
      unitId: undefined,
      dimension: undefined,
      element: undefined,
      stage: undefined,
      jenis: undefined,
      tahapan: undefined,
      stale: undefined,
      overdue: undefined,
      year: undefined,
      outcome: undefined,
      quickWinStatus: undefined,
      active: undefined,
      isPublic: undefined,
      sort: undefined,
    });
  });

  it('keeps the filters that dashboard figures link to', () => {
    expect(
      innovationsSearchSchema.parse({
        year: 2022,
        overdue: true,
        outcome: 'none',
        stage: 'quick_win',
        quickWinStatus: 'stalled',
        active: true,
      }),
    ).toMatchObject({
      year: 2022,
      overdue: true,
      outcome: 'none',
      stage: 'quick_win',
      quickWinStatus: 'stalled',
      active: true,
    });
  });

  it('drops an element that does not belong to the chosen dimension', () => {
    const search = innovationsSearchSchema.parse({ dimension: 'economy', element: 'health' });
    expect(search.dimension).toBe('economy');
    expect(search.element).toBeUndefined();
  });
});

describe('activeFilterCount', () => {
  it('counts the filters but not the text search or the order', () => {
    const search = innovationsSearchSchema.parse({ q: 'x', sort: 'title_asc', stage: 'need' });
    expect(activeFilterCount(search)).toBe(1);
    expect(activeFilterCount(innovationsSearchSchema.parse({}))).toBe(0);
    expect(activeFilterCount(innovationsSearchSchema.parse({ year: 2022, overdue: true }))).toBe(2);
  });
});

describe('innovationListFilters', () => {
  it('passes every URL filter to the list, the text search as `search`', () => {
    const search = innovationsSearchSchema.parse({ q: 'x', year: 2023, outcome: 'impactful' });
    expect(innovationListFilters(search)).toMatchObject({
      search: 'x',
      year: 2023,
      outcome: 'impactful',
      overdue: undefined,
    });
  });
});
