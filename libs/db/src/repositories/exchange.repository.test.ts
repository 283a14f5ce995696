import { randomUUID } from 'node:crypto';
import {
  defaultRubric,
  defaultThresholds,
  importedInnovation,
  type InnovationRecord,
  type Sections,
} from '@smartcity/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { seedDemoData } from '../seed/demo-seed';
import { testDatabaseFactories } from '../testing';
import {
  deleteSessionsOfUsers,
  findInnovationIdsByCodes,
  findInnovationsByCodes,
  findUsersByEmails,
  insertImportedActionItems,
  insertImportedInnovations,
  insertImportedProgrammes,
  insertImportedUnits,
  insertImportedUsers,
  listExchangeActionItems,
  listExchangeProgrammes,
  listExchangeUnits,
  unusablePasswordHash,
  updateImportedActionItems,
  updateImportedInnovations,
  updateImportedProgrammes,
  updateImportedUnits,
  updateImportedUsers,
} from './exchange.repository';
import { insertRound } from './evaluation-round.repository';
import { insertInnovation } from './innovation.repository';
import { insertMasterplan } from './masterplan.repository';
import { insertRoundInnovation } from './round-innovation.repository';
import { findRegionByName } from './region.repository';
import { insertSession } from './session.repository';
import { findCredentialsByEmail } from './user.repository';

const now = new Date('2026-03-02T09:00:00.000Z');
const later = new Date('2026-03-03T10:00:00.000Z');

function sections(): Sections {
  return {
    problem: {
      statement:
        'Antrean imunisasi di puskesmas rata-rata tiga jam sehingga banyak ibu membatalkan kunjungan.',
      affectedGroup: 'Ibu dan balita',
      evidence: 'SIMPUS 2022: 41% kunjungan batal',
      source: 'survey',
    },
    need: {
      statement: 'Pendaftaran imunisasi dari rumah',
      beneficiaries: { who: 'Ibu balita', estimatedCount: 52_000 },
      indicators: [
        {
          name: 'Waktu tunggu',
          unit: 'menit',
          baseline: 180,
          target: 30,
          targetDate: '2026-12-31',
        },
      ],
    },
    process: {
      asIs: [{ actor: 'Ibu', activity: 'Antre di puskesmas' }],
      toBe: [{ actor: 'Ibu', activity: 'Mendaftar daring', tool: 'Aplikasi' }],
      needsApplication: false,
    },
    quick_win: {},
    evaluation: {},
  };
}

function record(code: string, unitId: string, stage: InnovationRecord['stage']): InnovationRecord {
  return {
    code,
    unitId,
    isPublic: false,
    stage,
    discontinuedFrom: null,
    profile: {
      title: `Inovasi impor ${code}`,
      summary: 'Ringkasan inovasi yang diimpor dari berkas.',
      dimension: 'living',
      element: 'health',
      extraDimensions: [],
      jenis: 'digital',
      bentuk: 'public_service',
      inisiator: 'unit',
      tahapan: null,
      urusan: 'Kesehatan',
      trialDate: null,
      implementationDate: null,
    },
    sections: sections(),
  };
}

describe.each(testDatabaseFactories())('exchange repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let regionId: string;
  let coordinatorId: string;
  const unitOf = new Map<string, string>();

  async function tally(unitId: string): Promise<number> {
    const row = await handle.db
      .selectFrom('innovation_tallies')
      .select((eb) => eb.fn.sum<number | string>('n').as('n'))
      .where('unit_id', '=', unitId)
      .executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  beforeAll(async () => {
    handle = await open();
    await seedDemoData(handle.db, now, { demoPasswordHash: 'x' });
    regionId = (await findRegionByName(handle.db, 'Kabupaten Sumedang'))!.id;
    coordinatorId = (await findCredentialsByEmail(handle.db, 'koordinator@demo.test'))!.user.id;
    for (const unit of await listExchangeUnits(handle.db, regionId))
      unitOf.set(unit.record.code, unit.id);
  });
  afterAll(() => handle.close());

  describe('units', () => {
    it('lists every unit of the region as records, and inserts and updates them by version', async () => {
      expect(unitOf.size).toBe(55);
      const id = randomUUID();
      await insertImportedUnits(handle.db, {
        regionId,
        units: [
          {
            id,
            record: {
              code: 'uji-1',
              name: 'Unit Uji',
              shortName: null,
              type: 'badan',
              active: true,
            },
          },
        ],
        now,
      });
      const stored = (await listExchangeUnits(handle.db, regionId)).find((u) => u.id === id)!;
      expect(stored).toEqual({
        id,
        version: 1,
        record: { code: 'uji-1', name: 'Unit Uji', shortName: null, type: 'badan', active: true },
      });
      await updateImportedUnits(
        handle.db,
        [{ id, version: 1, record: { ...stored.record, name: 'Unit Uji Baru', active: false } }],
        later,
      );
      const updated = (await listExchangeUnits(handle.db, regionId)).find((u) => u.id === id)!;
      expect(updated).toMatchObject({
        version: 2,
        record: { name: 'Unit Uji Baru', active: false },
      });
    });

    it('refuses a stale version with CONFLICT and, in a transaction, changes nothing', async () => {
      const id = unitOf.get('dinkes')!;
      const before = await listExchangeUnits(handle.db, regionId);
      const error = await handle.db
        .transaction()
        .execute(async (trx) => {
          await updateImportedUnits(
            trx,
            [
              {
                id: unitOf.get('disdik')!,
                version: 1,
                record: {
                  code: 'disdik',
                  name: 'Diubah',
                  shortName: null,
                  type: 'dinas',
                  active: true,
                },
              },
              {
                id,
                version: 7,
                record: {
                  code: 'dinkes',
                  name: 'Basi',
                  shortName: null,
                  type: 'dinas',
                  active: true,
                },
              },
            ],
            later,
          );
        })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'changed_meanwhile' } });
      expect(await listExchangeUnits(handle.db, regionId)).toEqual(before);
    });
  });

  describe('users', () => {
    it('finds users by email, creates some without a usable password, never changes a password', async () => {
      const found = await findUsersByEmails(handle.db, [
        'dinkes.staf@demo.test',
        'nobody@demo.test',
      ]);
      expect(found.map((u) => u.email)).toEqual(['dinkes.staf@demo.test']);
      const withPassword = randomUUID();
      const without = randomUUID();
      const base = {
        name: 'Pengguna Impor',
        nip: null,
        role: 'unit_staff' as const,
        unitId: unitOf.get('dinkes')!,
        active: true,
        initialPassword: null,
      };
      await insertImportedUsers(
        handle.db,
        [
          {
            id: withPassword,
            record: { ...base, email: 'impor.satu@demo.test' },
            passwordHash: '$argon2id$v=19$uji',
            mustChangePassword: true,
          },
          {
            id: without,
            record: { ...base, email: 'impor.dua@demo.test' },
            passwordHash: unusablePasswordHash,
            mustChangePassword: false,
          },
        ],
        now,
      );
      const one = (await findCredentialsByEmail(handle.db, 'impor.satu@demo.test'))!;
      expect(one.passwordHash).toBe('$argon2id$v=19$uji');
      expect(one.user.temporaryCredentials).toBe(true);
      const two = (await findCredentialsByEmail(handle.db, 'impor.dua@demo.test'))!;
      expect(two.passwordHash).toBe(unusablePasswordHash);
      expect(two.user.temporaryCredentials).toBe(false);

      await updateImportedUsers(
        handle.db,
        [
          {
            id: withPassword,
            version: one.user.version,
            record: {
              ...base,
              email: 'impor.satu@demo.test',
              name: 'Nama Baru',
              role: 'unit_head',
            },
          },
        ],
        later,
      );
      const changed = (await findCredentialsByEmail(handle.db, 'impor.satu@demo.test'))!;
      expect(changed.passwordHash).toBe('$argon2id$v=19$uji');
      expect(changed.user).toMatchObject({ name: 'Nama Baru', role: 'unit_head', version: 2 });
    });

    it('ends the sessions of users whose access changed', async () => {
      const user = (await findCredentialsByEmail(handle.db, 'kominfo.staf@demo.test'))!.user;
      await insertSession(
        handle.db,
        { id: randomUUID(), userId: user.id, clientAddress: null, userAgent: null },
        now,
      );
      await deleteSessionsOfUsers(handle.db, [user.id]);
      const left = await handle.db
        .selectFrom('sessions')
        .select('id')
        .where('user_id', '=', user.id)
        .execute();
      expect(left).toEqual([]);
    });
  });

  describe('innovations', () => {
    it('inserts with external codes (tallies kept) and finds them by code and by id', async () => {
      const dinkes = unitOf.get('dinkes')!;
      const before = await tally(dinkes);
      const made = ['IMP-1', 'IMP-2'].map((code) => ({
        innovation: importedInnovation(record(code, dinkes, 'process'), null, {
          id: randomUUID(),
          actorUserId: coordinatorId,
          now,
        }),
        externalCode: code,
      }));
      await insertImportedInnovations(handle.db, made);
      expect(await tally(dinkes)).toBe(before + 2);
      // One without a code, found by its id.
      const plain = importedInnovation(record('x', dinkes, 'problem'), null, {
        id: randomUUID(),
        actorUserId: coordinatorId,
        now,
      });
      await insertInnovation(handle.db, plain);

      const ids = await findInnovationIdsByCodes(handle.db, ['IMP-1', plain.id, 'IMP-404']);
      expect(Object.fromEntries(ids)).toEqual({
        'IMP-1': { id: made[0]!.innovation.id, externalCode: 'IMP-1' },
        [plain.id]: { id: plain.id, externalCode: null },
      });
      const found = await findInnovationsByCodes(handle.db, ['IMP-2', plain.id]);
      expect(found.get('IMP-2')).toEqual({
        innovation: made[1]!.innovation,
        externalCode: 'IMP-2',
        runningRoundId: null,
      });
      expect(found.get(plain.id)?.innovation.sections).toEqual(plain.sections);
    });

    it('updates profile, sections, stage and unit in bulk; the tallies follow the unit', async () => {
      const dinkes = unitOf.get('dinkes')!;
      const disdik = unitOf.get('disdik')!;
      const stored = (await findInnovationsByCodes(handle.db, ['IMP-1'])).get('IMP-1')!.innovation;
      const [fromDinkes, toDisdik] = [await tally(dinkes), await tally(disdik)];
      const changed = record('IMP-1', disdik, 'quick_win');
      const next = importedInnovation(
        {
          ...changed,
          isPublic: true,
          sections: {
            ...changed.sections,
            quick_win: { deliverable: 'Aplikasi', status: 'planned' },
          },
        },
        stored,
        { id: stored.id, actorUserId: coordinatorId, now: later },
      );
      await updateImportedInnovations(
        handle.db,
        [{ next, expectedVersion: stored.version }],
        later,
      );
      const after = (await findInnovationsByCodes(handle.db, ['IMP-1'])).get('IMP-1')!.innovation;
      expect(after).toEqual(next);
      expect(after.version).toBe(stored.version + 1);
      expect([await tally(dinkes), await tally(disdik)]).toEqual([fromDinkes - 1, toDisdik + 1]);
      const row = await handle.db
        .selectFrom('innovations')
        .select(['last_event_at', 'quick_win_status', 'external_code'])
        .where('id', '=', stored.id)
        .executeTakeFirstOrThrow();
      expect(new Date(row.last_event_at).toISOString()).toBe(later.toISOString());
      expect(row).toMatchObject({ quick_win_status: 'planned', external_code: 'IMP-1' });

      // A stale version fails, naming the reason.
      const error = await updateImportedInnovations(
        handle.db,
        [{ next, expectedVersion: stored.version }],
        later,
      ).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'changed_meanwhile' } });
    });

    it('names the evaluation round running for an innovation', async () => {
      const dinkes = unitOf.get('dinkes')!;
      const innovation = importedInnovation(record('IMP-R', dinkes, 'evaluation'), null, {
        id: randomUUID(),
        actorUserId: coordinatorId,
        now,
      });
      await insertImportedInnovations(handle.db, [{ innovation, externalCode: 'IMP-R' }]);
      const roundId = randomUUID();
      await insertRound(
        handle.db,
        {
          id: roundId,
          name: 'Evaluasi Uji',
          periodStart: '2026-01-01',
          periodEnd: '2026-06-30',
          rubric: defaultRubric,
          thresholds: defaultThresholds,
          status: 'open',
          version: 1,
          createdAt: now.toISOString(),
          updatedAt: now.toISOString(),
        },
        coordinatorId,
      );
      await insertRoundInnovation(handle.db, {
        roundId,
        innovationId: innovation.id,
        at: now,
        actorUserId: coordinatorId,
      });
      const found = await findInnovationsByCodes(handle.db, ['IMP-R']);
      expect(found.get('IMP-R')?.runningRoundId).toBe(roundId);
    });
  });

  describe('programmes and action items', () => {
    it('insert with external codes and links, list them, and update them by version', async () => {
      const masterplanId = randomUUID();
      await insertMasterplan(handle.db, {
        plan: {
          id: masterplanId,
          regionId,
          title: 'Masterplan Uji',
          startYear: 2023,
          endYear: 2032,
          vision: 'Visi.',
          mission: [],
          bimtekStage: null,
          bimtekDates: {},
          bimtekChecklist: [],
          commitmentStatement: 'Kami berkomitmen.',
        },
        at: now,
        actorUserId: null,
      });
      const innovationId = (await findInnovationIdsByCodes(handle.db, ['IMP-2'])).get('IMP-2')!.id;
      const programme = {
        code: 'PRG-1',
        dimension: 'living' as const,
        element: 'health' as const,
        name: 'Program uji impor',
        description: '',
        horizon: 'short' as const,
        leadUnitId: unitOf.get('dinkes')!,
        supportingUnitIds: [unitOf.get('disdik')!],
        startYear: 2024,
        endYear: 2026,
        budget: 1_200_000_000,
        fundingSource: 'apbd' as const,
        reference: 'RPJMD',
        innovationIds: [innovationId],
      };
      const programmeId = randomUUID();
      await insertImportedProgrammes(handle.db, {
        masterplanId,
        programmes: [{ id: programmeId, record: programme }],
        now,
        actorUserId: coordinatorId,
      });
      const { code: _code, ...fields } = programme;
      expect(await listExchangeProgrammes(handle.db, masterplanId)).toEqual([
        { id: programmeId, externalCode: 'PRG-1', version: 1, ...fields },
      ]);
      await updateImportedProgrammes(handle.db, {
        programmes: [
          { id: programmeId, version: 1, record: { ...programme, budget: 5, innovationIds: [] } },
        ],
        now: later,
        actorUserId: coordinatorId,
      });
      expect(await listExchangeProgrammes(handle.db, masterplanId)).toMatchObject([
        { version: 2, budget: 5, innovationIds: [] },
      ]);

      const action = {
        programmeId,
        code: 'RA-1',
        activity: 'Pelatihan kader',
        year: 2025,
        ownerUnitId: unitOf.get('dinkes')!,
        outputTarget: '40 kader',
        budget: 25_000_000,
        status: 'in_progress' as const,
        progressPercent: 35,
      };
      const actionId = randomUUID();
      await insertImportedActionItems(handle.db, {
        actions: [{ id: actionId, record: action }],
        now,
        actorUserId: coordinatorId,
      });
      const { code: _actionCode, ...actionFields } = action;
      expect(await listExchangeActionItems(handle.db, masterplanId)).toEqual([
        { id: actionId, externalCode: 'RA-1', version: 1, ...actionFields },
      ]);
      await updateImportedActionItems(handle.db, {
        actions: [
          { id: actionId, version: 1, record: { ...action, status: 'done', progressPercent: 100 } },
        ],
        now: later,
        actorUserId: coordinatorId,
      });
      expect(await listExchangeActionItems(handle.db, masterplanId)).toMatchObject([
        { version: 2, status: 'done', progressPercent: 100 },
      ]);
    });
  });
});
