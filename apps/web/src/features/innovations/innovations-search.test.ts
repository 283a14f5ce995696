import { describe, expect, it } from 'vitest';
import { activeFilterCount, innovationsSearchSchema } from './innovations-search';

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
      isPublic: undefined,
      sort: undefined,
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
  });
});
