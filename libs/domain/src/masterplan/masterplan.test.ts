import { describe, expect, it } from 'vitest';
import { dimensionKeys } from '../catalogue/dimension-values';
import {
  actionIssues,
  actionOwnerRefusal,
  signatureRefusal,
  commitmentSignInputSchema,
  defaultCommitmentStatement,
  dimensionProgress,
  isActionOverdue,
  masterplanCreateInputSchema,
  masterplanCreationRefusal,
  masterplanUpdateInputSchema,
  masterplanProgress,
  programmeCreateInputSchema,
  programmeIssues,
  programmeProgress,
  type ActionFacts,
} from './masterplan';

const action = (over: Partial<ActionFacts>): ActionFacts => ({
  programmeId: 'p1',
  progressPercent: 0,
  weight: 0,
  status: 'in_progress',
  ...over,
});

describe('programmeProgress', () => {
  it('is the mean of the action items weighted by their budgets', () => {
    // (100 × 300 + 40 × 100) / 400 = 85.
    expect(
      programmeProgress([
        action({ progressPercent: 100, weight: 300, status: 'done' }),
        action({ progressPercent: 40, weight: 100 }),
      ]),
    ).toBe(85);
  });

  it('falls back to the plain mean when every weight is zero, and leaves zero weights out otherwise', () => {
    expect(
      programmeProgress([action({ progressPercent: 50 }), action({ progressPercent: 20 })]),
    ).toBe(35);
    // A zero-weight item beside a budgeted one adds nothing to the weighted mean.
    expect(
      programmeProgress([
        action({ progressPercent: 10, weight: 0 }),
        action({ progressPercent: 60, weight: 5 }),
      ]),
    ).toBe(60);
  });

  it('has no progress without items, and cancelled items do not count', () => {
    expect(programmeProgress([])).toBeNull();
    expect(
      programmeProgress([action({ status: 'cancelled', progressPercent: 90, weight: 1 })]),
    ).toBeNull();
    expect(
      programmeProgress([
        action({ status: 'cancelled', progressPercent: 0, weight: 10 }),
        action({ progressPercent: 70, weight: 10 }),
      ]),
    ).toBe(70);
  });

  it('rounds to one decimal', () => {
    expect(
      programmeProgress([
        action({ progressPercent: 10 }),
        action({ progressPercent: 10 }),
        action({ progressPercent: 11 }),
      ]),
    ).toBe(10.3);
  });
});

describe('dimensionProgress', () => {
  it('averages the programmes of each dimension; empty programmes and dimensions have none', () => {
    const programmes = [
      {
        id: 'p1',
        dimension: 'governance' as const,
        horizon: 'short' as const,
        startYear: 2024,
        endYear: 2026,
      },
      {
        id: 'p2',
        dimension: 'governance' as const,
        horizon: 'quick_win' as const,
        startYear: 2024,
        endYear: 2024,
      },
      // No action items: left out of its dimension's mean.
      {
        id: 'p3',
        dimension: 'governance' as const,
        horizon: 'long' as const,
        startYear: 2024,
        endYear: 2032,
      },
      {
        id: 'p4',
        dimension: 'economy' as const,
        horizon: 'long' as const,
        startYear: 2024,
        endYear: 2032,
      },
    ];
    const actions = [
      action({ programmeId: 'p1', progressPercent: 80, weight: 1 }),
      action({ programmeId: 'p2', progressPercent: 30, weight: 1 }),
    ];
    const progress = dimensionProgress(programmes, actions, dimensionKeys);
    expect(progress.governance).toBe(55);
    expect(progress.economy).toBeNull();
    expect(progress.environment).toBeNull();
    expect(Object.keys(progress)).toHaveLength(6);
  });
});

describe('programmeIssues', () => {
  const period = { startYear: 2023, endYear: 2032 };

  it('accepts years inside the period within the horizon', () => {
    expect(programmeIssues({ horizon: 'long', startYear: 2023, endYear: 2032 }, period)).toEqual(
      [],
    );
    expect(programmeIssues({ horizon: 'medium', startYear: 2024, endYear: 2028 }, period)).toEqual(
      [],
    );
    expect(
      programmeIssues({ horizon: 'quick_win', startYear: 2024, endYear: 2024 }, period),
    ).toEqual([]);
  });

  it('refuses years outside the period, in the wrong order, or longer than the horizon', () => {
    expect(programmeIssues({ horizon: 'long', startYear: 2022, endYear: 2033 }, period)).toEqual([
      { field: 'startYear', reason: 'outside_period' },
      { field: 'endYear', reason: 'outside_period' },
      // Twelve years are more than a long programme's ten, too.
      { field: 'horizon', reason: 'horizon_too_short' },
    ]);
    expect(programmeIssues({ horizon: 'short', startYear: 2026, endYear: 2025 }, period)).toEqual([
      { field: 'endYear', reason: 'years_reversed' },
    ]);
    // Four years (2024–2027) is more than a short programme's three.
    expect(programmeIssues({ horizon: 'short', startYear: 2024, endYear: 2027 }, period)).toEqual([
      { field: 'horizon', reason: 'horizon_too_short' },
    ]);
    expect(programmeIssues({ horizon: 'short', startYear: 2024, endYear: 2026 }, period)).toEqual(
      [],
    );
  });

  it('keeps a quick-win programme within one year', () => {
    expect(
      programmeIssues({ horizon: 'quick_win', startYear: 2024, endYear: 2025 }, period),
    ).toEqual([{ field: 'endYear', reason: 'quick_win_spans_years' }]);
  });
});

describe('action items', () => {
  it('sit inside their programme’s years, and done means 100 %', () => {
    const programme = { startYear: 2024, endYear: 2026 };
    expect(
      actionIssues({ year: 2025, status: 'in_progress', progressPercent: 40 }, programme),
    ).toEqual([]);
    expect(actionIssues({ year: 2027, status: 'done', progressPercent: 90 }, programme)).toEqual([
      { field: 'year', reason: 'action_outside_programme' },
      { field: 'progressPercent', reason: 'done_below_100' },
    ]);
  });

  it('are overdue once their year has ended, unless done or cancelled', () => {
    expect(isActionOverdue({ year: 2025, status: 'in_progress' }, '2026-01-01')).toBe(true);
    expect(isActionOverdue({ year: 2025, status: 'in_progress' }, '2025-12-31')).toBe(false);
    expect(isActionOverdue({ year: 2025, status: 'done' }, '2026-06-01')).toBe(false);
    expect(isActionOverdue({ year: 2025, status: 'cancelled' }, '2026-06-01')).toBe(false);
  });
});

describe('input schemas', () => {
  it('requires an NIP of exactly 18 digits to sign the commitment', () => {
    const signature = {
      signerName: 'dr. Hj. Kepala Dinas',
      signerNip: '197501012000031001',
      signerPosition: 'Kepala Dinas Kesehatan',
      signedOn: '2023-11-20',
    };
    expect(commitmentSignInputSchema.safeParse(signature).success).toBe(true);
    expect(
      commitmentSignInputSchema.safeParse({ ...signature, signerNip: '19750101200003100' }).success,
    ).toBe(false);
    expect(
      commitmentSignInputSchema.safeParse({ ...signature, signerNip: '1975010120000310012' })
        .success,
    ).toBe(false);
    expect(
      commitmentSignInputSchema.safeParse({ ...signature, signerNip: '19750101200003100x' })
        .success,
    ).toBe(false);
  });

  it('refuses a programme whose element is not of its dimension', () => {
    const programme = {
      dimension: 'governance',
      element: 'health',
      name: 'Layanan publik terpadu',
      description: '',
      horizon: 'short',
      leadUnitId: '00000000-0000-4000-8000-00000000000a',
      startYear: 2024,
      endYear: 2026,
      budget: 0,
      fundingSource: 'apbd',
      reference: '',
    };
    const parsed = programmeCreateInputSchema.safeParse(programme);
    expect(parsed.error?.issues[0]?.path).toEqual(['element']);
    expect(
      programmeCreateInputSchema.safeParse({ ...programme, element: 'public_service' }).success,
    ).toBe(true);
  });
});

describe('masterplanCreateInputSchema', () => {
  const first = { title: 'Masterplan Smart City Kabupaten Uji', startYear: 2026, endYear: 2035 };

  it('needs a title and a period only, and fills the rest', () => {
    expect(masterplanCreateInputSchema.parse(first)).toEqual({
      ...first,
      vision: '',
      mission: [],
      bimtekStage: null,
      bimtekDates: {},
      bimtekChecklist: [],
      commitmentStatement: defaultCommitmentStatement,
    });
    // The default statement is one the update accepts too.
    expect(
      masterplanUpdateInputSchema.safeParse({
        version: 1,
        ...masterplanCreateInputSchema.parse(first),
      }).success,
    ).toBe(true);
  });

  it('takes the vision, the mission list and the Bimtek stage when they are known', () => {
    const parsed = masterplanCreateInputSchema.parse({
      ...first,
      vision: '  Kabupaten Uji cerdas ',
      mission: ['Layanan publik digital'],
      bimtekStage: 'II',
    });
    expect(parsed).toMatchObject({
      vision: 'Kabupaten Uji cerdas',
      mission: ['Layanan publik digital'],
      bimtekStage: 'II',
    });
  });

  it('refuses a reversed period, a short title, a version and unknown fields', () => {
    expect(
      masterplanCreateInputSchema.safeParse({ ...first, endYear: 2025 }).error?.issues[0]?.path,
    ).toEqual(['endYear']);
    for (const input of [
      { ...first, title: 'Plan' },
      { ...first, version: 1 },
      { ...first, regionId: 'x' },
      { ...first, bimtekStage: 'V' },
      { title: first.title, startYear: 2026 },
    ])
      expect(masterplanCreateInputSchema.safeParse(input).success, JSON.stringify(input)).toBe(
        false,
      );
  });
});

describe('masterplanCreationRefusal', () => {
  it('refuses a second masterplan with its reason', () => {
    expect(masterplanCreationRefusal(null)).toBeNull();
    expect(masterplanCreationRefusal({ id: 'm1' })).toMatchObject({
      code: 'CONFLICT',
      details: { reason: 'masterplan_exists', id: 'm1' },
    });
  });
});

describe('masterplanProgress', () => {
  it('weighs each action item by its budget, programme by programme and dimension by dimension', () => {
    const programmes = [
      {
        id: 'p1',
        dimension: 'living' as const,
        horizon: 'short' as const,
        startYear: 2024,
        endYear: 2026,
      },
      {
        id: 'p2',
        dimension: 'living' as const,
        horizon: 'short' as const,
        startYear: 2024,
        endYear: 2026,
      },
    ];
    const progress = masterplanProgress(
      programmes,
      [
        { programmeId: 'p1', progressPercent: 100, budget: 300, status: 'done' },
        { programmeId: 'p1', progressPercent: 40, budget: 100, status: 'in_progress' },
      ],
      dimensionKeys,
    );
    expect(progress.byProgramme.get('p1')).toBe(85);
    expect(progress.byProgramme.get('p2')).toBeNull();
    expect(progress.byDimension.living).toBe(85);
    expect(progress.byDimension.economy).toBeNull();
  });
});

describe('who owns and who signs', () => {
  const unitA = '00000000-0000-4000-8000-00000000000a';
  const unitB = '00000000-0000-4000-8000-00000000000b';

  it('lets a unit keep its own action items; only a coordinator gives one to another unit', () => {
    expect(
      actionOwnerRefusal({ userId: 'u', role: 'unit_staff', unitId: unitA }, unitA),
    ).toBeNull();
    expect(
      actionOwnerRefusal({ userId: 'u', role: 'unit_staff', unitId: unitA }, unitB)?.code,
    ).toBe('NOT_ALLOWED');
    expect(
      actionOwnerRefusal({ userId: 'c', role: 'coordinator', unitId: null }, unitB),
    ).toBeNull();
  });

  it('lets a unit sign once, and only for a unit', () => {
    expect(signatureRefusal(unitA, null)).toBeNull();
    expect(signatureRefusal(unitA, { signedOn: '2023-11-20' })?.details).toEqual({
      reason: 'already_signed',
      signedOn: '2023-11-20',
    });
    expect(signatureRefusal(null, null)?.code).toBe('NOT_ALLOWED');
  });
});
