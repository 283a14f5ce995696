import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import {
  activeStages,
  createInnovation,
  defaultTahapan,
  DomainError,
  emptySections,
  isActiveStage,
  type DimensionKey,
  type ElementKey,
  type Innovation,
  type InnovationSort,
  type Jenis,
  type Sections,
  type Stage,
  type Tahapan,
} from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { seedDemoData } from '../seed/demo-seed';
import { testDatabaseFactories } from '../testing';
import { appendEvent } from './event.repository';
import {
  conflictError,
  findInnovationById,
  findInnovationExternalCodes,
  insertInnovation,
  lastChangeOf,
  listInnovations,
  listInnovationsForExport,
  publishedInnovationsState,
  listInnovationTimeline,
  saveInnovation,
  type InnovationFilter,
  type InnovationSummary,
} from './innovation.repository';
import { findRegionByName } from './region.repository';
import { findUnitByCode } from './unit.repository';
import { findCredentialsByEmail } from './user.repository';

const seedNow = new Date('2026-01-05T07:00:00.000Z');

/** Sections that pass every gate, with every optional field filled (so a round trip shows all). */
function fullSections(): Sections {
  return {
    problem: {
      statement:
        'Antrean imunisasi di puskesmas rata-rata tiga jam sehingga banyak ibu membatalkan kunjungan.',
      affectedGroup: 'Ibu dan balita di 35 puskesmas',
      evidence: 'SIMPUS 2022: 41% kunjungan batal',
      source: 'survey',
    },
    need: {
      statement: 'Pendaftaran imunisasi yang dapat dijadwalkan dari rumah',
      beneficiaries: { who: 'Ibu balita', estimatedCount: 52_000 },
      indicators: [
        {
          name: 'Waktu tunggu',
          unit: 'menit',
          baseline: 180,
          target: 30,
          targetDate: '2026-12-31',
        },
        {
          name: 'Kunjungan batal',
          unit: '%',
          baseline: 41.5,
          target: 10,
          targetDate: '2027-06-30',
        },
      ],
    },
    process: {
      asIs: [{ actor: 'Ibu', activity: 'Datang dan mengambil nomor antrean' }],
      toBe: [{ actor: 'Ibu', activity: 'Memesan jadwal lewat WhatsApp', tool: 'Chatbot' }],
      needsApplication: true,
      applicationJustification: 'Chatbot perlu terhubung ke SIMPUS',
      legalBasis: 'Perbup 12/2025',
    },
    quick_win: {
      deliverable: 'Pendaftaran imunisasi lewat WhatsApp di 5 puskesmas',
      responsiblePerson: 'Kepala Bidang Kesehatan Masyarakat',
      startDate: '2026-01-02',
      targetDate: '2026-09-30',
      budget: 25_000_000,
      fundingSource: 'apbd',
      status: 'in_progress',
    },
    evaluation: {
      outcome: 'needs_improvement',
      notes: 'Baru dua puskesmas yang memakai',
      lessonsLearned: 'Mulai dari puskesmas dengan antrean terpanjang',
    },
  };
}

type Seeded = {
  readonly dinkes: string;
  readonly kominfo: string;
  readonly disdik: string;
  readonly setda: string;
  readonly staff: { readonly id: string; readonly name: string };
  readonly head: { readonly id: string; readonly name: string };
};

async function seed(handle: DatabaseHandle): Promise<Seeded> {
  await seedDemoData(handle.db, seedNow, { demoPasswordHash: 'not-a-real-hash' });
  const region = await findRegionByName(handle.db, 'Kabupaten Sumedang');
  const unit = async (code: string) => (await findUnitByCode(handle.db, region!.id, code))!.id;
  const user = async (email: string) => (await findCredentialsByEmail(handle.db, email))!.user;
  return {
    dinkes: await unit('dinkes'),
    kominfo: await unit('diskominfosanditik'),
    disdik: await unit('disdik'),
    setda: await unit('setda'),
    staff: await user('dinkes.staf@demo.test'),
    head: await user('dinkes.kepala@demo.test'),
  };
}

/** A new innovation (not stored) with its fields overridden. */
function build(unitId: string, overrides: Partial<Innovation> = {}): Innovation {
  const base = createInnovation(
    {
      unitId,
      title: 'Daftar Imunisasi via WhatsApp',
      summary: 'Pendaftaran imunisasi dari rumah untuk memangkas antrean.',
      dimension: 'living',
      element: 'health',
      extraDimensions: [],
      jenis: 'digital',
      bentuk: 'public_service',
      inisiator: 'unit',
      urusan: null,
      trialDate: null,
      implementationDate: null,
    },
    { id: randomUUID(), actorUserId: 'unused', now: seedNow },
  );
  return { ...base, createdBy: null, updatedBy: null, ...overrides };
}

async function insert(handle: DatabaseHandle, innovation: Innovation): Promise<Innovation> {
  await handle.db.transaction().execute((trx) => insertInnovation(trx, innovation));
  return innovation;
}

/** Everything stored about one innovation, as plain values (rows, sections, search index). */
async function storedRows(handle: DatabaseHandle, id: string): Promise<unknown> {
  const innovation = await handle.db
    .selectFrom('innovations')
    .selectAll()
    .where('id', '=', id)
    .execute();
  const sections = await handle.db
    .selectFrom('innovation_sections')
    .selectAll()
    .where('innovation_id', '=', id)
    .orderBy('section')
    .execute();
  const fts =
    handle.dialect === 'sqlite'
      ? (
          await sql<
            Record<string, unknown>
          >`select * from innovations_fts where innovation_id = ${id}`.execute(handle.db)
        ).rows
      : [];
  return JSON.parse(JSON.stringify({ innovation, sections, fts })) as unknown;
}

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe.each(testDatabaseFactories())('innovation repository on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let s: Seeded;

  beforeAll(async () => {
    handle = await factory.open();
    s = await seed(handle);
  });
  afterAll(async () => handle?.close());

  describe('insertInnovation and findInnovationById', () => {
    it('reads back every field it wrote: identity, IID profile, extra dimensions, stage, sections and stamps', async () => {
      const innovation = await insert(
        handle,
        build(s.dinkes, {
          title: 'Rumah Besar SIMPATI',
          summary: 'Pemantauan stunting terpadu lintas perangkat daerah.',
          dimension: 'society',
          element: 'community',
          extraDimensions: ['living', 'governance'],
          isPublic: true,
          jenis: 'non_digital',
          bentuk: 'governance',
          inisiator: 'regional_head',
          tahapan: 'implementation',
          tahapanManual: true,
          urusan: 'Kesehatan',
          trialDate: '2025-02-01',
          implementationDate: '2025-08-17',
          stage: 'evaluation',
          sections: fullSections(),
          version: 7,
          createdAt: '2025-01-02T03:04:05.006Z',
          createdBy: s.staff.id,
          updatedAt: '2025-11-12T13:14:15.160Z',
          updatedBy: s.head.id,
        }),
      );
      expect(await findInnovationById(handle.db, innovation.id)).toEqual(innovation);
    });

    it('keeps a discontinued innovation’s origin stage, empty sections and absent authors', async () => {
      const innovation = await insert(
        handle,
        build(s.kominfo, {
          stage: 'discontinued',
          discontinuedFrom: 'need',
          tahapan: defaultTahapan('need'),
          sections: emptySections(),
        }),
      );
      const found = await findInnovationById(handle.db, innovation.id);
      expect(found).toEqual(innovation);
      expect(found?.extraDimensions).toEqual([]);
      expect(found?.createdBy).toBeNull();
    });

    it('answers undefined for an id that does not exist', async () => {
      expect(await findInnovationById(handle.db, randomUUID())).toBeUndefined();
    });

    it('refuses a section that breaks its schema, and the transaction leaves no row behind', async () => {
      const bad = build(s.dinkes, {
        sections: {
          ...emptySections(),
          problem: { source: 'rumour' } as unknown as Sections['problem'],
        },
      });
      await expect(insert(handle, bad)).rejects.toThrow(/problem section is invalid/);
      expect(await findInnovationById(handle.db, bad.id)).toBeUndefined();
      expect(await storedRows(handle, bad.id)).toEqual({ innovation: [], sections: [], fts: [] });
    });

    it('refuses to read a stored section that no longer passes its schema', async () => {
      const innovation = await insert(handle, build(s.dinkes));
      await handle.db
        .updateTable('innovation_sections')
        .set({ data: JSON.stringify({ budget: -5 }) })
        .where('innovation_id', '=', innovation.id)
        .where('section', '=', 'quick_win')
        .execute();
      await expect(findInnovationById(handle.db, innovation.id)).rejects.toThrow(
        /quick_win section is invalid/,
      );
    });
  });

  describe('saveInnovation', () => {
    it('writes the new state and the named sections when the expected version matches', async () => {
      const original = await insert(
        handle,
        build(s.dinkes, { createdBy: s.staff.id, updatedBy: s.staff.id }),
      );
      const next: Innovation = {
        ...original,
        title: 'Daftar Imunisasi Daring',
        stage: 'need',
        sections: {
          ...original.sections,
          problem: fullSections().problem,
          need: fullSections().need,
        },
        version: 2,
        updatedAt: '2026-01-06T10:00:00.000Z',
        updatedBy: s.head.id,
      };
      await handle.db
        .transaction()
        .execute((trx) =>
          saveInnovation(trx, { next, expectedVersion: 1, sections: ['problem', 'need'] }),
        );
      expect(await findInnovationById(handle.db, original.id)).toEqual(next);
    });

    it('leaves sections it is not told to write as they were', async () => {
      const original = await insert(handle, build(s.dinkes));
      const next: Innovation = {
        ...original,
        sections: { ...original.sections, need: fullSections().need },
        version: 2,
      };
      await handle.db
        .transaction()
        .execute((trx) => saveInnovation(trx, { next, expectedVersion: 1, sections: [] }));
      expect((await findInnovationById(handle.db, original.id))?.sections.need).toEqual(
        original.sections.need,
      );
    });

    it('refuses a stale expected version with CONFLICT naming the last editor and when, and changes nothing', async () => {
      const original = await insert(
        handle,
        build(s.dinkes, { createdBy: s.staff.id, updatedBy: s.staff.id }),
      );
      const first: Innovation = {
        ...original,
        summary: 'Ringkasan dari kepala dinas, disimpan lebih dahulu.',
        version: 2,
        updatedAt: '2026-01-07T08:15:30.250Z',
        updatedBy: s.head.id,
      };
      await handle.db
        .transaction()
        .execute((trx) => saveInnovation(trx, { next: first, expectedVersion: 1, sections: [] }));
      const before = await storedRows(handle, original.id);

      const stale: Innovation = {
        ...original,
        title: 'Perubahan dari salinan lama',
        sections: { ...original.sections, problem: fullSections().problem },
        version: 2,
        updatedAt: '2026-01-07T09:00:00.000Z',
        updatedBy: s.staff.id,
      };
      const error = await rejection(
        handle.db
          .transaction()
          .execute((trx) =>
            saveInnovation(trx, { next: stale, expectedVersion: 1, sections: ['problem'] }),
          ),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toContain(s.head.name);
      expect(error.message).toContain('2026-01-07T08:15:30.250Z');
      expect(error.details).toEqual({
        reason: 'stale_version',
        currentVersion: 2,
        updatedAt: '2026-01-07T08:15:30.250Z',
        updatedBy: s.head.name,
      });
      expect(await storedRows(handle, original.id)).toEqual(before);
      expect(await findInnovationById(handle.db, original.id)).toEqual(first);
    });

    it('lets exactly one of two writers holding the same version win, in full', async () => {
      const original = await insert(handle, build(s.dinkes));
      const writer = (title: string, statement: string, updatedBy: string): Innovation => ({
        ...original,
        title,
        sections: { ...original.sections, problem: { statement, source: 'complaint' } },
        version: 2,
        updatedAt: '2026-01-08T08:00:00.000Z',
        updatedBy,
      });
      const a = writer('Versi penulis A', 'Masalah menurut penulis A', s.staff.id);
      const b = writer('Versi penulis B', 'Masalah menurut penulis B', s.head.id);
      const results = await Promise.allSettled(
        [a, b].map((next) =>
          handle.db
            .transaction()
            .execute((trx) =>
              saveInnovation(trx, { next, expectedVersion: 1, sections: ['problem'] }),
            ),
        ),
      );
      const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [[a, b][i]!] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect((lost[0] as DomainError).code).toBe('CONFLICT');
      // The winner's title and problem together: never one writer's title with the other's problem.
      expect(await findInnovationById(handle.db, original.id)).toEqual(won[0]);
    });

    it('names “someone else” when the last editor is unknown', async () => {
      const original = await insert(handle, build(s.dinkes, { updatedBy: null }));
      const error = await rejection(
        handle.db.transaction().execute((trx) =>
          saveInnovation(trx, {
            next: { ...original, version: 5 },
            expectedVersion: 4,
            sections: [],
          }),
        ),
      );
      expect(error.code).toBe('CONFLICT');
      expect(error.message).toBe(
        `Changed by someone else at ${original.updatedAt}: reload and try again`,
      );
    });

    it('answers NOT_FOUND for an innovation that does not exist', async () => {
      const ghost = build(s.dinkes);
      const error = await rejection(
        handle.db
          .transaction()
          .execute((trx) => saveInnovation(trx, { next: ghost, expectedVersion: 1, sections: [] })),
      );
      expect(error.code).toBe('NOT_FOUND');
      expect((await conflictError(handle.db, ghost.id)).code).toBe('NOT_FOUND');
      expect(await lastChangeOf(handle.db, ghost.id)).toBeUndefined();
    });
  });

  describe('text search kept in sync', () => {
    it('finds the new title, summary and problem statement after an update, and no longer the old ones', async () => {
      const original = await insert(
        handle,
        build(s.setda, {
          title: 'Layanan Gajahmada Lama',
          summary: 'Ringkasan kudanilsatu untuk uji.',
          sections: { ...emptySections(), problem: { statement: 'Masalah zebrakuda lama' } },
        }),
      );
      const search = async (text: string) =>
        ids(
          (await listInnovations(handle.db, { search: text }, { sort: 'title_asc', limit: 10 }))
            .items,
        );
      expect(await search('gajahmada')).toEqual([original.id]);
      expect(await search('kudanilsatu')).toEqual([original.id]);
      expect(await search('zebrakuda')).toEqual([original.id]);

      const next: Innovation = {
        ...original,
        title: 'Layanan Merpatibaru',
        summary: 'Ringkasan kudanildua untuk uji.',
        sections: { ...original.sections, problem: { statement: 'Masalah rusabaru kini' } },
        version: 2,
      };
      await handle.db
        .transaction()
        .execute((trx) => saveInnovation(trx, { next, expectedVersion: 1, sections: ['problem'] }));
      expect(await search('gajahmada')).toEqual([]);
      expect(await search('kudanilsatu')).toEqual([]);
      expect(await search('zebrakuda')).toEqual([]);
      expect(await search('merpatibaru')).toEqual([original.id]);
      expect(await search('kudanildua')).toEqual([original.id]);
      expect(await search('rusabaru')).toEqual([original.id]);
    });
  });

  describe('listInnovationTimeline', () => {
    it('answers the innovation’s own events, newest first, with the actor’s name and parsed before/after', async () => {
      const innovation = await insert(handle, build(s.dinkes));
      const other = await insert(handle, build(s.dinkes));
      const event = ({
        entityId,
        action,
        at,
        actorUserId,
        entityType = 'innovation',
      }: {
        readonly entityId: string;
        readonly action: string;
        readonly at: string;
        readonly actorUserId: string | null;
        readonly entityType?: string;
      }) =>
        appendEvent(handle.db, {
          occurredAt: new Date(at),
          actorUserId,
          entityType,
          entityId,
          action,
          before: { stage: 'problem' },
          after: { stage: 'need', reason: null },
        });
      await event({
        entityId: innovation.id,
        action: 'innovation.created',
        at: '2026-01-10T08:00:00.000Z',
        actorUserId: s.staff.id,
      });
      await event({
        entityId: other.id,
        action: 'innovation.created',
        at: '2026-01-10T08:30:00.000Z',
        actorUserId: s.staff.id,
      });
      await event({
        entityId: innovation.id,
        action: 'innovation.advanced',
        at: '2026-01-11T08:00:00.000Z',
        actorUserId: s.head.id,
      });
      await event({
        entityId: innovation.id,
        action: 'unit.updated',
        at: '2026-01-11T09:00:00.000Z',
        actorUserId: s.head.id,
        entityType: 'unit',
      });
      await event({
        entityId: innovation.id,
        action: 'innovation.published',
        at: '2026-01-12T08:00:00.000Z',
        actorUserId: null,
      });

      const timeline = await listInnovationTimeline(handle.db, innovation.id);
      expect(
        timeline.map(({ action, occurredAt, actorName }) => ({ action, occurredAt, actorName })),
      ).toEqual([
        { action: 'innovation.published', occurredAt: '2026-01-12T08:00:00.000Z', actorName: null },
        {
          action: 'innovation.advanced',
          occurredAt: '2026-01-11T08:00:00.000Z',
          actorName: s.head.name,
        },
        {
          action: 'innovation.created',
          occurredAt: '2026-01-10T08:00:00.000Z',
          actorName: s.staff.name,
        },
      ]);
      expect(timeline[0]).toMatchObject({
        before: { stage: 'problem' },
        after: { stage: 'need', reason: null },
      });
      expect(timeline[0]!.id).toBeGreaterThan(timeline[1]!.id);
      const firstTwo = await listInnovationTimeline(handle.db, innovation.id, 2);
      expect(firstTwo.map((e) => e.id)).toEqual(timeline.slice(0, 2).map((e) => e.id));
      expect(await listInnovationTimeline(handle.db, randomUUID())).toEqual([]);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// listInnovations over a dataset of its own: every answer is compared with the same question
// asked of the dataset in JavaScript.

type Model = Innovation & { readonly lastEventAt: string };

const catalogue: readonly [DimensionKey, ElementKey][] = [
  ['governance', 'public_service'],
  ['living', 'health'],
  ['economy', 'welfare'],
  ['living', 'mobility'],
  ['society', 'learning_ecosystem'],
  ['environment', 'waste'],
];
const titleWords = [
  'Alpha',
  'bravo',
  'Charlie',
  'delta',
  'Echo',
  'foxtrot',
  'Golf',
  'hotel',
  'India',
  'juliet',
  'Kilo',
  'lima',
  'Mike',
  'november',
  'Oscar',
  'papa',
  'Quebec',
  'romeo',
  'Sierra',
  'tango',
] as const;
const stagesInTurn: readonly Stage[] = [
  'problem',
  'need',
  'process',
  'quick_win',
  'evaluation',
  'sustained',
  'discontinued',
];
const day = 86_400_000;
const base = Date.parse('2026-02-01T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

/** Texts that the search tests look for, on chosen rows of the dataset. */
const searchTexts: Readonly<
  Record<number, Partial<Pick<Innovation, 'title' | 'summary'>> & { statement?: string }>
> = {
  0: { title: 'Pendaftaran Puskesmas Daring' },
  1: { summary: 'Layanan puskesmas keliling untuk desa terpencil.' },
  2: { statement: 'Antrean di PUSKESMAS Tanjungsari sangat panjang setiap pagi hari kerja.' },
  3: { title: 'Kafé Literasi Desa' },
  4: { summary: 'Pusat layanan keluarga (Puspaga) untuk konseling.' },
};

function dataset(s: Seeded): Model[] {
  const units = [s.dinkes, s.kominfo, s.disdik];
  const rows: Model[] = [];
  for (let i = 0; i < 24; i += 1) {
    const [dimension, element] = catalogue[i % catalogue.length]!;
    const stage = stagesInTurn[i % stagesInTurn.length]!;
    const manual = i % 5 === 0;
    const tahapan: Tahapan = manual ? 'implementation' : defaultTahapan(stage);
    const jenis: Jenis = i % 2 === 0 ? 'digital' : 'non_digital';
    const text = searchTexts[i] ?? {};
    const sections = emptySections();
    // Pairs share an update time, triples a creation time: the id breaks the ties.
    const updatedAt = iso(base + Math.floor(i / 2) * day);
    rows.push({
      ...build(units[i % units.length]!, {
        title: text.title ?? `${titleWords[i % titleWords.length]!} layanan ${i}`,
        summary: text.summary ?? `Ringkasan inovasi nomor ${i}.`,
        dimension,
        element,
        jenis,
        tahapan,
        tahapanManual: manual,
        isPublic: i % 3 === 0,
        stage,
        discontinuedFrom: stage === 'discontinued' ? 'process' : null,
        sections: { ...sections, problem: text.statement ? { statement: text.statement } : {} },
        createdAt: iso(base - (24 - Math.floor(i / 3)) * day),
        updatedAt,
      }),
      lastEventAt: updatedAt,
    });
  }
  // Two titles equal but for case, and titles outside ASCII, in a unit of their own.
  const extras: [string, number][] = [
    ['Sama Judul', 3],
    ['SAMA JUDUL', 3],
    ['Échelle Satu', 4],
    ['Échelle Dua', 5],
    ['Ärzte Keliling', 6],
    ['Özil Bola', 7],
    ['Ωmega Layanan', 8],
  ];
  for (const [title, offset] of extras) {
    const at = iso(base + offset * day + 3_600_000);
    rows.push({
      ...build(s.setda, { title, createdAt: at, updatedAt: at }),
      lastEventAt: at,
    });
  }
  return rows;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order of a sort, as the repository documents it. */
function modelOrder(rows: readonly Model[], sort: InnovationSort): Model[] {
  const copy = [...rows];
  switch (sort) {
    case 'updated_desc':
      return copy.sort((a, b) => compareText(b.updatedAt, a.updatedAt) || compareText(b.id, a.id));
    case 'created_desc':
      return copy.sort((a, b) => compareText(b.createdAt, a.createdAt) || compareText(b.id, a.id));
    case 'title_asc':
      return copy.sort(
        (a, b) =>
          compareText(a.title.toLowerCase(), b.title.toLowerCase()) || compareText(a.id, b.id),
      );
  }
}

/** Which rows a filter keeps, as the repository documents it (search aside). */
function modelFilter(rows: readonly Model[], f: InnovationFilter): Model[] {
  return rows.filter(
    (r) =>
      (f.unitId === undefined || r.unitId === f.unitId) &&
      (f.dimension === undefined || r.dimension === f.dimension) &&
      (f.element === undefined || r.element === f.element) &&
      (f.stage === undefined || r.stage === f.stage) &&
      (f.jenis === undefined || r.jenis === f.jenis) &&
      (f.tahapan === undefined || r.tahapan === f.tahapan) &&
      (f.isPublic === undefined || r.isPublic === f.isPublic) &&
      (f.staleBefore === undefined ||
        (isActiveStage(r.stage) && Date.parse(r.lastEventAt) <= f.staleBefore.getTime())),
  );
}

const sorted = (values: readonly string[]) => [...values].sort();

describe.each(testDatabaseFactories())('listInnovations on $dialect', (factory) => {
  let handle: DatabaseHandle;
  let s: Seeded;
  let rows: Model[];

  beforeAll(async () => {
    handle = await factory.open();
    s = await seed(handle);
    rows = dataset(s);
    for (const row of rows) {
      const { lastEventAt: _lastEventAt, ...innovation } = row;
      await insert(handle, innovation);
    }
  });
  afterAll(async () => handle?.close());

  const all = (filter: InnovationFilter, sort: InnovationSort = 'updated_desc') =>
    listInnovations(handle.db, filter, { sort, limit: 100 });

  describe('filters', () => {
    const cases: [string, (s: Seeded) => InnovationFilter][] = [
      ['unit', (x) => ({ unitId: x.kominfo })],
      ['dimension', () => ({ dimension: 'living' })],
      ['element', () => ({ element: 'health' })],
      ['stage', () => ({ stage: 'quick_win' })],
      ['jenis', () => ({ jenis: 'non_digital' })],
      ['tahapan', () => ({ tahapan: 'trial' })],
      ['tahapan chosen by a user', () => ({ tahapan: 'implementation' })],
      ['isPublic true', () => ({ isPublic: true })],
      ['isPublic false', () => ({ isPublic: false })],
      [
        'unit, dimension and jenis together',
        (x) => ({ unitId: x.dinkes, dimension: 'governance', jenis: 'digital' }),
      ],
    ];

    it.each(cases)(
      'keeps exactly the matching innovations for the %s filter, with their total',
      async (_name, filterOf) => {
        const filter = filterOf(s);
        const expected = modelFilter(rows, filter);
        // A filter that keeps nothing or everything would prove nothing.
        expect(expected.length).toBeGreaterThan(0);
        expect(expected.length).toBeLessThan(rows.length);
        const page = await all(filter);
        expect(sorted(ids(page.items))).toEqual(sorted(ids(expected)));
        expect(page.total).toBe(expected.length);
        expect(page.nextCursor).toBeNull();
      },
    );

    it('answers nothing, with a total of 0, when no innovation matches', async () => {
      const page = await all({
        unitId: s.kominfo,
        stage: 'quick_win',
        jenis: 'digital',
        isPublic: true,
        element: 'waste',
      });
      expect(
        modelFilter(rows, {
          unitId: s.kominfo,
          stage: 'quick_win',
          jenis: 'digital',
          isPublic: true,
          element: 'waste',
        }),
      ).toEqual([]);
      expect(page).toEqual({ items: [], nextCursor: null, total: 0 });
    });

    it('maps each listed row to its summary with the unit’s names', async () => {
      const page = await all({ unitId: s.dinkes });
      const first = page.items.find((i) => i.id === rows[0]!.id);
      const row = rows[0]!;
      expect(first).toEqual<InnovationSummary>({
        id: row.id,
        unitId: s.dinkes,
        unitName: 'Dinas Kesehatan',
        unitShortName: 'Dinkes',
        title: row.title,
        summary: row.summary,
        dimension: row.dimension,
        element: row.element,
        stage: row.stage,
        jenis: row.jenis,
        tahapan: row.tahapan,
        isPublic: row.isPublic,
        quickWinTargetDate: null,
        quickWinStatus: null,
        createdAt: row.createdAt,
        updatedAt: row.updatedAt,
        lastEventAt: row.lastEventAt,
      });
    });
  });

  describe('staleBefore', () => {
    it('keeps active innovations whose last event is at or before the instant, the boundary included', async () => {
      // An active row whose last event is exactly the instant.
      const boundary = rows.find((r, i) => i >= 8 && isActiveStage(r.stage))!;
      const instant = new Date(boundary.lastEventAt);
      const expected = modelFilter(rows, { staleBefore: instant });
      expect(ids(expected)).toContain(boundary.id);
      // Finished innovations with older events are never stale.
      expect(
        rows.some((r) => !isActiveStage(r.stage) && Date.parse(r.lastEventAt) < instant.getTime()),
      ).toBe(true);
      const page = await all({ staleBefore: instant });
      expect(sorted(ids(page.items))).toEqual(sorted(ids(expected)));
      expect(page.total).toBe(expected.length);
      for (const item of page.items) expect(activeStages).toContain(item.stage);
    });

    it('leaves out an innovation whose last event is one millisecond after the instant', async () => {
      const boundary = rows.find((r, i) => i >= 8 && isActiveStage(r.stage))!;
      const instant = new Date(Date.parse(boundary.lastEventAt) - 1);
      const page = await all({ staleBefore: instant });
      expect(ids(page.items)).not.toContain(boundary.id);
      expect(sorted(ids(page.items))).toEqual(
        sorted(ids(modelFilter(rows, { staleBefore: instant }))),
      );
    });

    it('combines with the other filters', async () => {
      const instant = new Date(base + 6 * day);
      const filter: InnovationFilter = { staleBefore: instant, unitId: s.dinkes };
      const expected = modelFilter(rows, filter);
      expect(expected.length).toBeGreaterThan(0);
      const page = await all(filter);
      expect(sorted(ids(page.items))).toEqual(sorted(ids(expected)));
      expect(page.total).toBe(expected.length);
    });
  });

  describe('text search', () => {
    const search = async (text: string) => {
      const page = await all({ search: text }, 'title_asc');
      expect(page.total).toBe(page.items.length);
      return sorted(ids(page.items));
    };
    const rowIds = (...indexes: number[]) => sorted(indexes.map((i) => rows[i]!.id));

    it('finds a word as a prefix in the title, the summary and the problem statement', async () => {
      expect(await search('puske')).toEqual(rowIds(0, 1, 2));
    });

    it('finds whole words too, whatever their case', async () => {
      expect(await search('puskesmas')).toEqual(rowIds(0, 1, 2));
      expect(await search('PuSkEsMaS')).toEqual(rowIds(0, 1, 2));
      expect(await search('TANJUNGSARI')).toEqual(rowIds(2));
    });

    it('needs every word to match (words are ANDed, each as a prefix)', async () => {
      expect(await search('puskesmas daring')).toEqual(rowIds(0));
      expect(await search('kel puske')).toEqual(rowIds(1));
      expect(await search('puskesmas zzzyx')).toEqual([]);
    });

    it('does not match inside a word, only at its start', async () => {
      // "kesmas" is inside "puskesmas" but starts no word.
      expect(await search('kesmas')).toEqual([]);
    });

    it('matches nothing (not everything) for a search of punctuation only', async () => {
      for (const text of ['!!!', '"', '*', ' - ', '()', ':*', '&|!', '"" = ""', '…—“”']) {
        const page = await all({ search: text });
        expect(page, text).toEqual({ items: [], nextCursor: null, total: 0 });
      }
    });

    it('reads query syntax in the search as plain words, never as operators', async () => {
      expect(await search('puskesmas OR daring')).toEqual([]);
      expect(await search('puske* AND daring')).toEqual([]);
      expect(await search('"puskesmas daring"')).toEqual(rowIds(0));
      expect(await search('puskesmas:* & daring')).toEqual(rowIds(0));
      expect(await search('NEAR(puskesmas daring)')).toEqual([]);
      expect(await search("' OR 1=1 --")).toEqual([]);
    });

    it('finds a word stored with diacritics whether or not the search has them', async () => {
      expect(await search('kafé')).toEqual(rowIds(3));
      expect(await search('KAFÉ literasi')).toEqual(rowIds(3));
    });

    it('finds a word stored with diacritics when the search leaves them out', async () => {
      expect(await search('kafe')).toEqual(rowIds(3));
    });

    it('combines a search with filters, and counts only what both keep', async () => {
      const page = await all({ search: 'puskesmas', unitId: rows[1]!.unitId });
      expect(ids(page.items)).toEqual([rows[1]!.id]);
      expect(page.total).toBe(1);
    });
  });

  describe('sorts', () => {
    it.each(['updated_desc', 'created_desc', 'title_asc'] as const)(
      'orders by %s with the id breaking ties',
      async (sort) => {
        // For titles, one unit whose titles are plain ASCII (and one é): the order of letters
        // outside ASCII is the engine's.
        const filter: InnovationFilter = sort === 'title_asc' ? { unitId: s.dinkes } : {};
        const page = await all(filter, sort);
        const expected = modelOrder(modelFilter(rows, filter), sort);
        expect(ids(page.items)).toEqual(ids(expected));
      },
    );

    it('orders titles that differ only by case next to each other, by id', async () => {
      const page = await all({ unitId: s.setda, search: 'sama judul' }, 'title_asc');
      const pair = rows.filter((r) => r.title.toLowerCase() === 'sama judul');
      expect(ids(page.items)).toEqual(sorted(ids(pair)));
    });
  });

  describe('cursor pages', () => {
    async function walk(filter: InnovationFilter, sort: InnovationSort, limit: number) {
      const full = await all(filter, sort);
      const seen: string[] = [];
      let cursor: string | undefined;
      let pages = 0;
      for (;;) {
        const page = await listInnovations(handle.db, filter, { sort, limit, cursor });
        pages += 1;
        expect(page.total, `total on page ${pages}`).toBe(full.total);
        seen.push(...ids(page.items));
        if (page.nextCursor === null) break;
        expect(page.items).toHaveLength(limit);
        cursor = page.nextCursor;
        expect(pages).toBeLessThan(200);
      }
      return { full, seen, pages };
    }

    it.each(
      (['updated_desc', 'created_desc', 'title_asc'] as const).flatMap((sort) =>
        [1, 4, 7].map((limit) => ({ sort, limit })),
      ),
    )(
      'visits every innovation exactly once by $sort in pages of $limit',
      async ({ sort, limit }) => {
        const { full, seen, pages } = await walk({}, sort, limit);
        expect(full.total).toBe(rows.length);
        expect(new Set(seen).size).toBe(seen.length);
        expect(seen).toEqual(ids(full.items));
        expect(pages).toBe(Math.max(1, Math.ceil(rows.length / limit)));
      },
    );

    it('pages through a filtered search with the filtered total on every page', async () => {
      const filter: InnovationFilter = { isPublic: false, search: 'layanan' };
      const { full, seen } = await walk(filter, 'updated_desc', 2);
      expect(full.total).toBeGreaterThan(2);
      expect(full.total).toBeLessThan(rows.length);
      expect(seen).toEqual(ids(full.items));
    });

    it('answers no next cursor when the last page is exactly full', async () => {
      const filter: InnovationFilter = { unitId: s.setda };
      const count = rows.filter((r) => r.unitId === s.setda).length;
      const page = await listInnovations(handle.db, filter, { sort: 'title_asc', limit: count });
      expect(page.items).toHaveLength(count);
      expect(page.nextCursor).toBeNull();
    });

    it.each([
      ['text that is not base64 JSON', 'not a cursor!'],
      ['base64 of text that is not JSON', Buffer.from('hello').toString('base64url')],
      ['JSON without the key', Buffer.from(JSON.stringify({ id: 'x' })).toString('base64url')],
      [
        'JSON with a number key',
        Buffer.from(JSON.stringify({ k: 1, id: 'x' })).toString('base64url'),
      ],
      ['JSON null', Buffer.from('null').toString('base64url')],
      [
        'a key that is not a time, for a sort by time',
        Buffer.from(JSON.stringify({ k: 'alpha layanan 0', id: 'x' })).toString('base64url'),
      ],
    ])('refuses a cursor that is %s with VALIDATION', async (_name, cursor) => {
      const error = await rejection(
        listInnovations(handle.db, {}, { sort: 'updated_desc', limit: 5, cursor }),
      );
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toEqual({ field: 'cursor' });
    });

    it('refuses a cursor carrying text the database cannot store (NUL), on every engine', async () => {
      const cursor = Buffer.from(JSON.stringify({ k: '\u0000', id: '0000-00-00' })).toString(
        'base64url',
      );
      const error = await rejection(
        listInnovations(handle.db, {}, { sort: 'title_asc', limit: 5, cursor }),
      );
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toEqual({ field: 'cursor' });
    });

    it('refuses a cursor of the title order when the list is sorted by time, on every engine', async () => {
      const first = await listInnovations(handle.db, {}, { sort: 'title_asc', limit: 2 });
      expect(first.nextCursor).not.toBeNull();
      for (const sort of ['updated_desc', 'created_desc'] as const) {
        const error = await rejection(
          listInnovations(handle.db, {}, { sort, limit: 2, cursor: first.nextCursor! }),
        );
        expect(error.code).toBe('VALIDATION');
      }
    });
  });

  describe('listInnovationsForExport', () => {
    async function exportAll(filter: InnovationFilter, sort: InnovationSort, limit: number) {
      const items = [];
      let cursor: string | undefined;
      for (let pages = 0; pages < 200; pages += 1) {
        const page = await listInnovationsForExport(handle.db, filter, { sort, limit, cursor });
        items.push(...page.items);
        if (page.nextCursor === null) return items;
        expect(page.items).toHaveLength(limit);
        cursor = page.nextCursor;
      }
      throw new Error('too many pages');
    }

    const cases: [string, InnovationFilter, InnovationSort][] = [
      ['no filter', {}, 'updated_desc'],
      ['a filtered search', { isPublic: false, search: 'layanan' }, 'title_asc'],
      ['the public', { isPublic: true }, 'created_desc'],
    ];
    it.each(cases)(
      'reads the same innovations in the same order as the list, page by page (%s)',
      async (_name, filter, sort) => {
        const listed = await all(filter, sort);
        expect(listed.total).toBeGreaterThan(2);
        const exported = await exportAll(filter, sort, 3);
        expect(exported.map((e) => e.innovation.id)).toEqual(ids(listed.items));
      },
    );

    it('reads each innovation whole, as findInnovationById does, with its unit', async () => {
      const [first] = await exportAll({ unitId: s.dinkes }, 'title_asc', 50);
      expect(first).toBeDefined();
      expect(first!.innovation).toEqual(await findInnovationById(handle.db, first!.innovation.id));
      expect(first!.unitCode).toBe('dinkes');
      expect(first!.unitName).toBe('Dinas Kesehatan');
      expect(first!.externalCode).toBeNull();
    });

    it('answers the external codes of innovations by id', async () => {
      const id = rows[0]!.id;
      await handle.db
        .updateTable('innovations')
        .set({ external_code: 'INV-001' })
        .where('id', '=', id)
        .execute();
      const codes = await findInnovationExternalCodes(handle.db, [id, rows[1]!.id, randomUUID()]);
      expect([...codes.entries()]).toEqual(
        expect.arrayContaining([
          [id, 'INV-001'],
          [rows[1]!.id, null],
        ]),
      );
      expect(codes.size).toBe(2);
      const [exported] = await exportAll({ unitId: rows[0]!.unitId }, 'updated_desc', 100).then(
        (items) => items.filter((e) => e.innovation.id === id),
      );
      expect(exported?.externalCode).toBe('INV-001');
      await handle.db
        .updateTable('innovations')
        .set({ external_code: null })
        .where('id', '=', id)
        .execute();
    });
  });

  describe('publishedInnovationsState', () => {
    it('counts the published innovations and moves on when one is unpublished', async () => {
      const before = await publishedInnovationsState(handle.db);
      expect(before.count).toBe(rows.filter((r) => r.isPublic).length);
      const newest = rows
        .filter((r) => r.isPublic)
        .map((r) => r.updatedAt)
        .sort()
        .at(-1);
      expect(before.lastPublishedChange).toBe(newest);
      const published = rows.find((r) => r.isPublic)!;
      const at = '2027-01-01T00:00:00.000Z';
      await handle.db
        .updateTable('innovations')
        .set({ is_public: false, updated_at: at })
        .where('id', '=', published.id)
        .execute();
      const after = await publishedInnovationsState(handle.db);
      expect(after.count).toBe(before.count - 1);
      expect(after.lastChange).toBe(at);
      expect(after.lastChange).not.toBe(before.lastChange);
      await handle.db
        .updateTable('innovations')
        .set({ is_public: true, updated_at: published.updatedAt })
        .where('id', '=', published.id)
        .execute();
    });
  });
});
