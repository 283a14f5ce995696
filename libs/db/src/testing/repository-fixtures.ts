import { randomUUID } from 'node:crypto';
import {
  createInnovation,
  defaultRubric,
  defaultThresholds,
  isDomainError,
  type DimensionKey,
  type DomainError,
  type ElementKey,
  type EvaluationRound,
  type Innovation,
  type Role,
  type ScoreSheet,
} from '@smartcity/domain';
import type { Executor } from '../database';
import type { ActionItem } from '../repositories/action-item.repository';
import { insertInnovation } from '../repositories/innovation.repository';
import type { Masterplan } from '../repositories/masterplan.repository';
import type { Programme } from '../repositories/programme.repository';
import { insertRegion } from '../repositories/region.repository';
import { insertUnit } from '../repositories/unit.repository';
import { insertUser } from '../repositories/user.repository';

/**
 * A small region for the repository tests of the evaluation and masterplan tables, built with
 * the repositories (no demo seed): two units, a coordinator, two evaluators, three innovations.
 */
export type RepositoryFixture = {
  readonly regionId: string;
  readonly dinkes: string;
  readonly kominfo: string;
  readonly coordinator: { readonly id: string; readonly name: string };
  /** Sorted by name: Ani before Budi. */
  readonly evaluators: readonly [
    { readonly id: string; readonly name: string },
    { readonly id: string; readonly name: string },
  ];
  /** In unit-name then title order: two of Dinas Kesehatan, one of Dinas Komunikasi. */
  readonly innovations: readonly [Innovation, Innovation, Innovation];
};

/** Inserts the fixture region at `now`. */
export async function insertRepositoryFixture(db: Executor, now: Date): Promise<RepositoryFixture> {
  const region = await insertRegion(db, {
    input: {
      name: 'Kabupaten Uji',
      kind: 'kabupaten',
      province: 'Jawa Barat',
      code: '32.99',
      branding: null,
    },
    now,
  });
  const dinkes = await insertUnit(db, {
    regionId: region.id,
    input: { code: 'dinkes', name: 'Dinas Kesehatan', shortName: 'Dinkes', type: 'dinas' },
    now,
  });
  const kominfo = await insertUnit(db, {
    regionId: region.id,
    input: { code: 'kominfo', name: 'Dinas Komunikasi', shortName: 'Diskominfo', type: 'dinas' },
    now,
  });
  const user = (name: string, role: Role) =>
    insertUser(
      db,
      {
        name,
        email: `${name.toLowerCase().replaceAll(' ', '.')}@uji.test`,
        nip: null,
        role,
        unitId: null,
        passwordHash: 'not-a-real-hash',
      },
      now,
    );
  const coordinator = await user('Koordinator Uji', 'coordinator');
  const ani = await user('Ani Penilai', 'evaluator');
  const budi = await user('Budi Penilai', 'evaluator');
  const innovation = async (unitId: string, title: string) => {
    const built = buildInnovation(unitId, { title, now });
    await insertInnovation(db, built);
    return built;
  };
  const innovations = [
    await innovation(dinkes.id, 'Antrean Puskesmas Daring'),
    await innovation(dinkes.id, 'Bidan Siaga'),
    await innovation(kominfo.id, 'Aduan Warga Satu Pintu'),
  ] as const;
  return {
    regionId: region.id,
    dinkes: dinkes.id,
    kominfo: kominfo.id,
    coordinator: { id: coordinator.id, name: coordinator.name },
    evaluators: [
      { id: ani.id, name: ani.name },
      { id: budi.id, name: budi.name },
    ],
    innovations,
  };
}

/** A new innovation of a unit (stage `problem`), as the domain creates it. */
export function buildInnovation(
  unitId: string,
  {
    title,
    now,
    classification = {
      dimension: 'living',
      element: 'health',
    },
  }: {
    readonly title: string;
    readonly now: Date;
    readonly classification?: { readonly dimension: DimensionKey; readonly element: ElementKey };
  },
): Innovation {
  const base = createInnovation(
    {
      unitId,
      title,
      summary: 'Ringkasan inovasi untuk uji repositori.',
      ...classification,
      extraDimensions: [],
      jenis: 'digital',
      bentuk: 'public_service',
      inisiator: 'unit',
      urusan: null,
      trialDate: null,
      implementationDate: null,
    },
    { id: randomUUID(), actorUserId: 'unused', now },
  );
  return { ...base, createdBy: null, updatedBy: null };
}

/** A round in `status` with the default rubric, created and last changed at `now`. */
export function buildRound(
  overrides: Partial<EvaluationRound> & Pick<EvaluationRound, 'status'>,
  now: Date,
): EvaluationRound {
  return {
    id: randomUUID(),
    name: 'Penilaian Semester I',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    rubric: defaultRubric,
    thresholds: defaultThresholds,
    version: 1,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...overrides,
  };
}

/** A complete score sheet of the default rubric, every criterion at `score`. */
export function fullSheet(score: number): ScoreSheet {
  return defaultRubric.map((c) => ({ criterion: c.key, score, comment: '' }));
}

/** A masterplan of the fixture region (as `insertMasterplan` takes it). */
export function buildMasterplan(regionId: string): Omit<Masterplan, 'version' | 'updatedAt'> {
  return {
    id: randomUUID(),
    regionId,
    title: 'Masterplan Uji 2026–2035',
    startYear: 2026,
    endYear: 2035,
    vision: 'Kabupaten cerdas yang melayani',
    mission: ['Layanan cepat', 'Data terbuka'],
    bimtekStage: 'II',
    bimtekDates: { I: '2025-11-01', II: '2026-01-20' },
    bimtekChecklist: ['kick-off'],
    commitmentStatement: 'Kami berkomitmen melaksanakan rencana induk.',
  };
}

/** A programme of a masterplan led by a unit (as `insertProgrammes` takes it). */
export function buildProgramme(
  masterplanId: string,
  leadUnitId: string,
  overrides: Partial<Omit<Programme, 'version' | 'updatedAt'>> = {},
): Omit<Programme, 'version' | 'updatedAt'> {
  return {
    id: randomUUID(),
    masterplanId,
    dimension: 'governance',
    element: 'public_service',
    name: 'Layanan Publik Terpadu',
    description: 'Satu pintu untuk layanan perizinan.',
    horizon: 'short',
    leadUnitId,
    supportingUnitIds: [],
    startYear: 2026,
    endYear: 2028,
    budget: 1_500_000_000,
    fundingSource: 'apbd',
    reference: 'RPJMD 2025–2029',
    innovationIds: [],
    ...overrides,
  };
}

/** An action item of a programme owned by a unit (as `insertActions` takes it). */
export function buildAction(
  programmeId: string,
  ownerUnitId: string,
  overrides: Partial<Omit<ActionItem, 'version' | 'updatedAt'>> = {},
): Omit<ActionItem, 'version' | 'updatedAt'> {
  return {
    id: randomUUID(),
    programmeId,
    activity: 'Sosialisasi layanan',
    year: 2026,
    ownerUnitId,
    outputTarget: 'Tiga kecamatan',
    budget: 25_000_000,
    status: 'planned',
    progressPercent: 0,
    ...overrides,
  };
}

/** The domain error a call is refused with (fails the test when it succeeds or throws otherwise). */
export async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}
