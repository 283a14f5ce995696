import { describe, expect, it } from 'vitest';
import {
  innovationCreateInputSchema,
  innovationListInputSchema,
  updateSectionInputSchema,
} from './inputs';
import { completeSections, innovationId, unitId } from './testing/innovation-fixtures';

const createInput = {
  unitId,
  title: 'Online birth certificates',
  summary: 'Parents request birth certificates online instead of at the office.',
  dimension: 'governance',
  element: 'public_service',
  jenis: 'digital',
  bentuk: 'public_service',
  inisiator: 'unit',
};

/** The paths of the issues of a failed parse (`data.budget`), or a failed test if it passed. */
function issuePaths(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) {
  if (result.success || !result.error) throw new Error('Expected the input to be refused');
  return result.error.issues.map((issue) => issue.path.map(String).join('.'));
}

describe('innovationCreateInputSchema', () => {
  it('accepts a minimal input and fills the defaults', () => {
    expect(innovationCreateInputSchema.parse(createInput)).toEqual({
      ...createInput,
      extraDimensions: [],
      urusan: null,
      trialDate: null,
      implementationDate: null,
    });
  });

  it('accepts a first draft of the problem', () => {
    const problem = completeSections().problem;
    expect(innovationCreateInputSchema.parse({ ...createInput, problem }).problem).toEqual(problem);
  });

  it('refuses an element that is not one of the dimension', () => {
    const result = innovationCreateInputSchema.safeParse({ ...createInput, element: 'tourism' });
    expect(issuePaths(result)).toEqual(['element']);
  });

  it('refuses an unknown field', () => {
    const result = innovationCreateInputSchema.safeParse({ ...createInput, stage: 'quick_win' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('refuses a title longer than 200 characters, and accepts 200', () => {
    expect(
      issuePaths(innovationCreateInputSchema.safeParse({ ...createInput, title: 'a'.repeat(201) })),
    ).toEqual(['title']);
    expect(
      innovationCreateInputSchema.safeParse({ ...createInput, title: 'a'.repeat(200) }).success,
    ).toBe(true);
  });

  it('refuses a problem draft with fields of another section', () => {
    const result = innovationCreateInputSchema.safeParse({
      ...createInput,
      problem: { statement: 'x', indicators: [] },
    });
    expect(result.success).toBe(false);
  });
});

describe('updateSectionInputSchema', () => {
  const update = (section: string, data: unknown) => ({
    id: innovationId,
    version: 3,
    section,
    data,
  });

  it('checks each section’s data with that section’s schema, filling its defaults', () => {
    expect(updateSectionInputSchema.parse(update('need', {})).data).toEqual({ indicators: [] });
    expect(updateSectionInputSchema.parse(update('process', {})).data).toEqual({
      asIs: [],
      toBe: [],
      needsApplication: false,
    });
    const quickWin = completeSections().quick_win;
    expect(updateSectionInputSchema.parse(update('quick_win', quickWin)).data).toEqual(quickWin);
  });

  it.each([
    ['problem', 'need'],
    ['need', 'problem'],
    ['quick_win', 'evaluation'],
    ['evaluation', 'quick_win'],
    ['process', 'need'],
  ] as const)('refuses data of another section’s shape (%s data under %s)', (shape, section) => {
    const data = completeSections()[shape];
    expect(updateSectionInputSchema.safeParse(update(section, data)).success).toBe(false);
    expect(updateSectionInputSchema.safeParse(update(shape, data)).success).toBe(true);
  });

  it('refuses an unknown section', () => {
    expect(updateSectionInputSchema.safeParse(update('summary', {})).success).toBe(false);
  });

  it('refuses unknown keys, in the data and beside it', () => {
    expect(
      updateSectionInputSchema.safeParse(update('problem', { statement: 'x', severity: 'high' }))
        .success,
    ).toBe(false);
    expect(
      updateSectionInputSchema.safeParse({ ...update('problem', {}), stage: 'sustained' }).success,
    ).toBe(false);
  });

  it('refuses a negative budget and accepts a budget of 0', () => {
    expect(
      issuePaths(updateSectionInputSchema.safeParse(update('quick_win', { budget: -1 }))),
    ).toEqual(['data.budget']);
    expect(updateSectionInputSchema.safeParse(update('quick_win', { budget: 0 })).success).toBe(
      true,
    );
  });

  it('refuses a KPI whose target is not a number', () => {
    const [kpi] = completeSections().need.indicators;
    for (const target of ['10', null, Number.NaN, Number.POSITIVE_INFINITY]) {
      const result = updateSectionInputSchema.safeParse(
        update('need', { indicators: [{ ...kpi!, target }] }),
      );
      expect(issuePaths(result)).toEqual(['data.indicators.0.target']);
    }
  });

  it.each(['2025-13-01', '2025-02-30', '2025-2-1', '01/02/2025', '2025-02-01T00:00:00Z', ''])(
    'refuses the date %j',
    (date) => {
      expect(
        issuePaths(updateSectionInputSchema.safeParse(update('quick_win', { startDate: date }))),
      ).toEqual(['data.startDate']);
      const [kpi] = completeSections().need.indicators;
      expect(
        issuePaths(
          updateSectionInputSchema.safeParse(
            update('need', { indicators: [{ ...kpi!, targetDate: date }] }),
          ),
        ),
      ).toEqual(['data.indicators.0.targetDate']);
    },
  );

  it('accepts a leap day', () => {
    expect(
      updateSectionInputSchema.safeParse(update('quick_win', { startDate: '2024-02-29' })).success,
    ).toBe(true);
  });

  it('checks the profile: the element must be one of the dimension', () => {
    const { unitId: _unit, ...profile } = createInput;
    expect(updateSectionInputSchema.safeParse(update('profile', profile)).success).toBe(true);
    expect(
      issuePaths(
        updateSectionInputSchema.safeParse(update('profile', { ...profile, element: 'waste' })),
      ),
    ).toEqual(['data.element']);
  });
});

describe('innovationListInputSchema', () => {
  it('fills the defaults: newest updates first, 25 at a time', () => {
    expect(innovationListInputSchema.parse(undefined)).toEqual({ sort: 'updated_desc', limit: 25 });
    expect(innovationListInputSchema.parse({})).toEqual({ sort: 'updated_desc', limit: 25 });
    expect(innovationListInputSchema.parse({ stage: 'need' })).toEqual({
      stage: 'need',
      sort: 'updated_desc',
      limit: 25,
    });
  });

  it.each([0, 101, 2.5, -1])('refuses a limit of %d', (limit) => {
    expect(issuePaths(innovationListInputSchema.safeParse({ limit }))).toEqual(['limit']);
  });

  it.each([1, 100])('accepts a limit of %d', (limit) => {
    expect(innovationListInputSchema.parse({ limit }).limit).toBe(limit);
  });

  it('refuses an unknown sort, an unknown stage and an unknown field', () => {
    expect(innovationListInputSchema.safeParse({ sort: 'random' }).success).toBe(false);
    expect(innovationListInputSchema.safeParse({ stage: 'archived' }).success).toBe(false);
    expect(innovationListInputSchema.safeParse({ owner: 'me' }).success).toBe(false);
  });
});
