import { randomUUID } from 'node:crypto';
import {
  actionStatuses,
  dimensions,
  horizons,
  horizonMaxYears,
  masterplanFundingSources,
  type ActionStatus,
} from '@smartcity/domain';
import {
  findRegionByName,
  insertActions,
  insertCommitments,
  insertMasterplan,
  insertProgrammes,
  listUnits,
  upsertStrategy,
  type ActionItem,
  type Database,
  type Programme,
} from '@smartcity/db';
import { sumedangRegion } from '@smartcity/demo-data';
import type { Kysely } from 'kysely';

/** What {@link seedTestMasterplan} wrote: the names tests look for, and the counts. */
export type SeededMasterplan = {
  readonly masterplanId: string;
  readonly programmeNames: readonly string[];
  readonly actionCount: number;
  readonly signedUnitIds: readonly string[];
  readonly unitCount: number;
};

const activities = [
  'Penyusunan regulasi dan SOP layanan',
  'Pengadaan perangkat dan jaringan',
  'Pelatihan operator perangkat daerah',
  'Sosialisasi kepada masyarakat',
  'Uji coba di kecamatan percontohan',
  'Monitoring dan evaluasi pelaksanaan',
];

const topics = [
  'Layanan Terpadu',
  'Data Terbuka',
  'Desa Digital',
  'Pasar Rakyat',
  'Sekolah Ramah Anak',
  'Puskesmas Keliling',
  'Ruang Terbuka Hijau',
  'Bank Sampah',
  'Transportasi Publik',
  'Wisata Budaya',
];

/** The item at `i` of a fixed list, wrapping around (an empty list is an error). */
function cycle<T>(items: readonly T[], i: number, what: string): T {
  const item = items[i % items.length];
  if (item === undefined) throw new Error(`seedTestMasterplan: there is no ${what}`);
  return item;
}

/**
 * Writes a masterplan through the repository functions, as a coordinator would build it over the
 * Bimtek rounds, into a database that holds the demo region and units (`seedDemoData`): the plan
 * (period 2023–2032, Bimtek IV), a strategy per dimension, `programmes` programmes spread over the
 * six dimensions (every dimension gets some when there are at least six), `actions` action items
 * spread over the programmes inside their years, and the signatures of the first `signatures`
 * active units. Deterministic apart from the ids.
 */
export async function seedTestMasterplan(
  db: Kysely<Database>,
  now: Date,
  options: { programmes: number; actions: number; signatures: number; title?: string },
): Promise<SeededMasterplan> {
  const region = await findRegionByName(db, sumedangRegion.name);
  if (!region) throw new Error('seedTestMasterplan needs the demo region: call seedDemoData first');
  const units = (
    await listUnits(db, region.id, { search: null, type: null, includeInactive: false })
  ).items;
  const unitAt = (i: number) => cycle(units, i, 'active unit');
  const masterplanId = randomUUID();
  const startYear = 2023;
  const endYear = 2032;
  await insertMasterplan(db, {
    plan: {
      id: masterplanId,
      regionId: region.id,
      title:
        options.title ??
        'Rencana Induk Kota Cerdas Kabupaten Sumedang 2023–2032 (Data demo ilustratif)',
      startYear,
      endYear,
      vision: 'Sumedang Simpati: sejahtera, agamis, maju, profesional dan kreatif (ilustratif).',
      mission: [
        'Mewujudkan tata kelola pemerintahan yang bersih dan melayani berbasis data.',
        'Meningkatkan kualitas layanan publik melalui inovasi perangkat daerah.',
        'Mendorong ekonomi kerakyatan yang berdaya saing.',
      ],
      bimtekStage: 'IV',
      bimtekDates: { I: '2022-03-14', II: '2022-05-23', III: '2022-08-08', IV: '2022-10-17' },
      bimtekChecklist: ['team', 'readiness', 'vision', 'strategies', 'programmes', 'commitment'],
      commitmentStatement:
        'Kami, kepala perangkat daerah, berkomitmen melaksanakan rencana induk kota cerdas ini ' +
        'sesuai tugas dan fungsi masing-masing.',
    },
    at: now,
    actorUserId: null,
  });
  for (const dimension of dimensions) {
    await upsertStrategy(db, {
      masterplanId,
      strategy: {
        dimension: dimension.key,
        text: `Strategi ${dimension.label.id}: memperkuat ${dimension.description.id.toLowerCase()} melalui inovasi yang dimulai dari masalah nyata warga.`,
      },
      at: now,
      actorUserId: null,
    });
  }

  const programmes: Omit<Programme, 'version' | 'updatedAt'>[] = [];
  for (let i = 0; i < options.programmes; i++) {
    const dimension = cycle(dimensions, i, 'dimension');
    const element = cycle(dimension.elements, Math.floor(i / dimensions.length) % 3, 'element');
    const horizon = cycle(horizons, i, 'horizon');
    const span = Math.min(horizonMaxYears[horizon], 1 + (i % 3));
    const first = startYear + (i % (endYear - startYear + 2 - span));
    programmes.push({
      id: randomUUID(),
      masterplanId,
      dimension: dimension.key,
      element: element.key,
      name: `Program ${topics[i % topics.length]} ${element.label.id} nomor ${i + 1}`,
      description: `Program ${dimension.label.id} untuk elemen ${element.label.id.toLowerCase()}.`,
      horizon,
      leadUnitId: unitAt(i).id,
      supportingUnitIds: [unitAt(i + 7).id, unitAt(i + 13).id],
      startYear: first,
      endYear: horizon === 'quick_win' ? first : first + span - 1,
      budget: 250_000_000 + (i % 9) * 125_000_000,
      fundingSource: cycle(masterplanFundingSources, i, 'funding source'),
      reference: `RPJMD 2023–2028 Misi ${1 + (i % 5)}`,
      innovationIds: [],
    });
  }
  await insertProgrammes(db, { programmes, at: now, actorUserId: null });

  const actions: Omit<ActionItem, 'version' | 'updatedAt'>[] = [];
  for (let i = 0; i < options.actions && programmes.length > 0; i++) {
    const programme = cycle(programmes, i, 'programme');
    const span = programme.endYear - programme.startYear + 1;
    const status: ActionStatus = cycle(actionStatuses, i, 'action status');
    actions.push({
      id: randomUUID(),
      programmeId: programme.id,
      activity: `${activities[i % activities.length]} tahap ${1 + Math.floor(i / programmes.length)}`,
      year: programme.startYear + (Math.floor(i / programmes.length) % span),
      ownerUnitId: programme.leadUnitId,
      outputTarget: `${1 + (i % 12)} dokumen/kegiatan`,
      budget: 10_000_000 * (1 + (i % 7)),
      status,
      progressPercent: status === 'done' ? 100 : status === 'planned' ? 0 : (i * 13) % 100,
    });
  }
  await insertActions(db, { actions, at: now, actorUserId: null });

  const signers = units.slice(0, Math.min(options.signatures, units.length));
  await insertCommitments(db, {
    masterplanId,
    commitments: signers.map((unit, i) => ({
      id: randomUUID(),
      unitId: unit.id,
      signerName: `Kepala ${unit.shortName ?? unit.name}`,
      signerNip: `1970${String(10_000_000_000_000 + i)}`,
      signerPosition: 'Kepala Perangkat Daerah',
      signedOn: '2022-10-17',
      statement: 'Kami berkomitmen melaksanakan rencana induk kota cerdas.',
      signedAt: now.toISOString(),
    })),
    signedBy: null,
  });
  return {
    masterplanId,
    programmeNames: programmes.map((p) => p.name),
    actionCount: actions.length,
    signedUnitIds: signers.map((u) => u.id),
    unitCount: units.length,
  };
}
