import { describe, expect, it } from 'vitest';
import { dashboardFilterOf, dashboardSearchSchema, dashboardYears } from './dashboard-search';

const unitId = '0b7e3f1e-8d4c-4d7a-9a43-3c2b7f1f9a10';

describe('dashboardSearchSchema', () => {
  it('keeps a valid year, dimension and unit from the URL', () => {
    expect(dashboardSearchSchema.parse({ year: 2022, dimension: 'living', unitId })).toEqual({
      year: 2022,
      dimension: 'living',
      unitId,
    });
  });

  it('drops malformed values instead of failing the page', () => {
    expect(
      dashboardSearchSchema.parse({ year: 22.5, dimension: 'smart', unitId: 'dinkes' }),
    ).toEqual({ year: undefined, dimension: undefined, unitId: undefined });
    expect(dashboardSearchSchema.parse({ year: 1999 }).year).toBeUndefined();
    expect(dashboardSearchSchema.parse({ year: '2022' }).year).toBeUndefined();
  });

  it('ignores unknown keys', () => {
    expect(dashboardSearchSchema.parse({ stage: 'need' })).toEqual({});
  });
});

describe('dashboardFilterOf', () => {
  it('leaves unset filters out, so the API input stays strict-schema clean', () => {
    expect(dashboardFilterOf(dashboardSearchSchema.parse({ year: 2023 }))).toEqual({ year: 2023 });
    expect(Object.keys(dashboardFilterOf(dashboardSearchSchema.parse({})))).toEqual([]);
  });
});

describe('dashboardYears', () => {
  it('lists the years from the first one to now, newest first', () => {
    expect(dashboardYears(new Date('2024-05-01T00:00:00Z'), 2021)).toEqual([
      2024, 2023, 2022, 2021,
    ]);
  });
});
