import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import {
  defaultTahapan,
  isDomainError,
  type EditableSection,
  type Innovation,
  type MissingItem,
  type Stage,
} from '@smartcity/domain';
import { findCredentialsByEmail } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { completeSections, insertTestInnovation } from '../../testing/innovation-fixtures';
import { openTestApi, testNow, type TestApi, type TestClient } from '../../testing/test-api';
import type { InnovationPermissions } from '@smartcity/domain';
import { failure } from '../../testing/refusal';

const accounts = {
  staff: 'dinkes.staf@demo.test',
  head: 'dinkes.kepala@demo.test',
  otherStaff: 'kominfo.staf@demo.test',
  otherHead: 'kominfo.kepala@demo.test',
  coordinator: 'koordinator@demo.test',
  evaluator: 'penilai@demo.test',
  leader: 'bupati@demo.test',
} as const;
type Who = keyof typeof accounts;

/** The time an innovation inserted by the fixture was last changed. */
const fixtureTime = '2026-03-01T08:00:00.000Z';
const nowIso = testNow.toISOString();
const day = 86_400_000;

const nobody: InnovationPermissions = {
  edit: [],
  advance: false,
  moveBack: false,
  discontinue: false,
  reopen: false,
  setPublic: false,
};

/** The details of the domain error behind a refusal. */
function detailsOf(error: TRPCError): Readonly<Record<string, unknown>> | undefined {
  expect(isDomainError(error.cause)).toBe(true);
  return isDomainError(error.cause) ? error.cause.details : undefined;
}

const long = (n: number) => 'a'.repeat(n);

describe.each(testDatabaseFactories())('innovation router on $dialect', (factory) => {
  let api: TestApi;
  const c = {} as Record<Who | 'public', TestClient>;
  const users = {} as Record<Who, { id: string; name: string }>;
  let dinkes: string;
  let kominfo: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    for (const [who, email] of Object.entries(accounts) as [Who, string][]) {
      c[who] = await api.as(email);
      users[who] = (await findCredentialsByEmail(api.handle.db, email))!.user;
    }
    c.public = api.client();
    dinkes = (await findCredentialsByEmail(api.handle.db, accounts.staff))!.user.unitId!;
    kominfo = (await findCredentialsByEmail(api.handle.db, accounts.otherStaff))!.user.unitId!;
  });
  afterAll(() => api?.close());

  /** An innovation of Dinas Kesehatan at a stage, with complete sections, made by its staff. */
  const fixture = (
    stage: Stage = 'problem',
    options: { isPublic?: boolean; title?: string; now?: Date; unitId?: string } = {},
  ) =>
    insertTestInnovation(api.handle.db, {
      unitId: options.unitId ?? dinkes,
      createdBy: users.staff.id,
      stage,
      isPublic: options.isPublic ?? false,
      title: options.title ?? 'Daftar Imunisasi via WhatsApp',
      ...(options.now ? { now: options.now } : {}),
    });

  /** Runs a call that must be refused, and proves the database did not change. */
  async function refused(call: () => Promise<unknown>): Promise<TRPCError> {
    const before = await snapshotDatabase(api.handle.db);
    const error = await failure(call());
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    return error;
  }

  const detail = (id: string, who: Who | 'public' = 'staff') =>
    c[who].caller.innovation.byId({ id });

  const createInput = (overrides: Record<string, unknown> = {}) => ({
    unitId: dinkes,
    title: 'Antrean Puskesmas Daring',
    summary: 'Pendaftaran antrean puskesmas dari rumah lewat WhatsApp.',
    dimension: 'living' as const,
    element: 'health' as const,
    jenis: 'digital' as const,
    bentuk: 'public_service' as const,
    inisiator: 'unit' as const,
    ...overrides,
  });

  describe('create', () => {
    it('creates an innovation of the unit at the problem stage, private, at version 1, with its event', async () => {
      const problem = { statement: 'Draf masalah antrean', source: 'complaint' as const };
      const created = await c.staff.caller.innovation.create(
        createInput({
          title: '  Antrean Puskesmas Daring  ',
          extraDimensions: ['governance', 'living', 'governance'],
          urusan: 'Kesehatan',
          trialDate: '2026-04-01',
          problem,
        }),
      );
      expect(created).toMatchObject({
        unitId: dinkes,
        title: 'Antrean Puskesmas Daring',
        stage: 'problem',
        isPublic: false,
        version: 1,
        tahapan: 'initiative',
        tahapanManual: false,
        discontinuedFrom: null,
        extraDimensions: ['governance'],
        urusan: 'Kesehatan',
        trialDate: '2026-04-01',
        implementationDate: null,
        createdBy: users.staff.id,
        updatedBy: users.staff.id,
        createdAt: nowIso,
        updatedAt: nowIso,
      });
      expect(created.sections).toEqual({
        problem,
        need: { indicators: [] },
        process: { asIs: [], toBe: [], needsApplication: false },
        quick_win: {},
        evaluation: {},
      });

      const read = await detail(created.id);
      expect(read.innovation).toEqual(created);
      expect(read.unit).toEqual({ id: dinkes, name: 'Dinas Kesehatan', shortName: 'Dinkes' });
      expect(read.files).toEqual([]);
      expect(read.timeline).toHaveLength(1);
      expect(read.timeline[0]).toMatchObject({
        action: 'innovation.created',
        actorName: users.staff.name,
        occurredAt: nowIso,
        after: { title: 'Antrean Puskesmas Daring', stage: 'problem', unitId: dinkes },
      });
    });

    it('lets a coordinator create an innovation for any unit', async () => {
      const created = await c.coordinator.caller.innovation.create(
        createInput({ unitId: kominfo }),
      );
      expect(created).toMatchObject({ unitId: kominfo, createdBy: users.coordinator.id });
    });

    it.each(['otherStaff', 'otherHead', 'evaluator', 'leader'] as const)(
      'refuses %s with FORBIDDEN and changes nothing',
      async (who) => {
        const error = await refused(() => c[who].caller.innovation.create(createInput()));
        expect(error.code).toBe('FORBIDDEN');
      },
    );

    it('refuses the public with UNAUTHORIZED and changes nothing', async () => {
      const error = await refused(() => c.public.caller.innovation.create(createInput()));
      expect(error.code).toBe('UNAUTHORIZED');
    });

    it.each([
      ['a unit id that is not a UUID', { unitId: 'dinkes' }],
      ['a unit that does not exist', { unitId: '00000000-0000-4000-8000-000000000000' }],
      ['a title of the wrong type', { title: 42 }],
      ['a title of 201 characters', { title: long(201) }],
      ['a title of 4 characters', { title: 'abcd' }],
      ['a title of spaces only', { title: '          ' }],
      ['a summary of 2001 characters', { summary: long(2001) }],
      ['an urusan of 201 characters', { urusan: long(201) }],
      ['an unknown field (isPublic)', { isPublic: true }],
      ['an unknown field (stage)', { stage: 'sustained' }],
      ['an element that is not of the dimension', { dimension: 'living', element: 'tourism' }],
      ['an unknown dimension', { dimension: 'space', element: 'health' }],
      [
        'six extra dimensions',
        {
          extraDimensions: [
            'governance',
            'branding',
            'economy',
            'society',
            'environment',
            'living',
          ],
        },
      ],
      ['an unknown jenis', { jenis: 'analog' }],
      ['a trial date that does not exist', { trialDate: '2026-02-30' }],
      ['a trial date in another format', { trialDate: '01/04/2026' }],
      ['a problem with an unknown field', { problem: { statement: 'x', budget: 5 } }],
      ['a problem statement of 5001 characters', { problem: { statement: long(5001) } }],
      ['a problem source that is not one', { problem: { source: 'rumour' } }],
      ['no title', { title: undefined }],
    ])('refuses %s with BAD_REQUEST and changes nothing', async (_name, overrides) => {
      const error = await refused(() => c.staff.caller.innovation.create(createInput(overrides)));
      expect(error.code).toBe('BAD_REQUEST');
    });

    it.each([
      ['null', null],
      ['an array', []],
      ['a string', 'innovation'],
    ])('refuses an input that is %s with BAD_REQUEST', async (_name, input) => {
      const error = await refused(() => c.coordinator.caller.innovation.create(input as never));
      expect(error.code).toBe('BAD_REQUEST');
    });
  });

  describe('updateSection', () => {
    const sections = completeSections();
    const profileData = {
      title: 'Profil Baru Inovasi',
      summary: 'Ringkasan profil yang baru untuk inovasi ini.',
      dimension: 'governance' as const,
      element: 'public_service' as const,
      extraDimensions: ['living' as const],
      jenis: 'non_digital' as const,
      bentuk: 'governance' as const,
      inisiator: 'community' as const,
      tahapan: 'implementation' as const,
      urusan: 'Pemerintahan',
      trialDate: '2026-05-01',
      implementationDate: null,
    };
    const cases: { section: EditableSection; stage: Stage; who: Who; data: unknown }[] = [
      {
        section: 'problem',
        stage: 'problem',
        who: 'staff',
        data: { ...sections.problem, statement: `${sections.problem.statement!} Diperbarui.` },
      },
      {
        section: 'need',
        stage: 'need',
        who: 'staff',
        data: {
          ...sections.need,
          indicators: [
            ...sections.need.indicators,
            { name: 'Cakupan', unit: '%', baseline: 60, target: 95, targetDate: '2027-01-31' },
          ],
        },
      },
      {
        section: 'process',
        stage: 'process',
        who: 'head',
        data: {
          ...sections.process,
          needsApplication: true,
          applicationJustification: 'Perlu chatbot terhubung ke SIMPUS',
          legalBasis: 'Perbup 5/2026',
        },
      },
      {
        section: 'quick_win',
        stage: 'quick_win',
        who: 'staff',
        data: { ...sections.quick_win, budget: 0, fundingSource: 'none', status: 'done' },
      },
      {
        section: 'evaluation',
        stage: 'evaluation',
        who: 'coordinator',
        data: { outcome: 'impactful', notes: 'Waktu tunggu turun', lessonsLearned: 'Mulai kecil' },
      },
    ];

    it.each(cases)(
      'replaces the $section section (by $who), bumps the version and records before and after',
      async ({ section, stage, who, data }) => {
        const original = await fixture(stage);
        const before = original.sections[section as Exclude<EditableSection, 'profile'>];
        const updated = await c[who].caller.innovation.updateSection({
          id: original.id,
          version: original.version,
          section,
          data,
        } as never);
        expect(updated).toEqual({
          ...original,
          sections: { ...original.sections, [section]: data },
          version: original.version + 1,
          updatedAt: nowIso,
          updatedBy: users[who].id,
        });
        const read = await detail(original.id);
        expect(read.innovation).toEqual(updated);
        expect(read.timeline[0]).toMatchObject({
          action: 'innovation.section_updated',
          actorName: users[who].name,
          before: { section, data: before },
          after: { section, data },
        });
      },
    );

    it('replaces the profile, with a tahapan chosen by the user, and records before and after', async () => {
      const original = await fixture('need');
      const updated = await c.head.caller.innovation.updateSection({
        id: original.id,
        version: original.version,
        section: 'profile',
        data: profileData,
      });
      expect(updated).toEqual({
        ...original,
        ...profileData,
        tahapanManual: true,
        version: original.version + 1,
        updatedAt: nowIso,
        updatedBy: users.head.id,
      });
      expect((await detail(original.id)).innovation).toEqual(updated);
      const [event] = (await detail(original.id)).timeline;
      expect(event).toMatchObject({
        action: 'innovation.section_updated',
        before: {
          section: 'profile',
          data: {
            title: original.title,
            dimension: 'living',
            element: 'health',
            tahapan: 'initiative',
            tahapanManual: false,
          },
        },
        after: {
          section: 'profile',
          data: { title: profileData.title, tahapan: 'implementation', tahapanManual: true },
        },
      });

      // A null tahapan hands it back to the stage.
      const again = await c.head.caller.innovation.updateSection({
        id: original.id,
        version: updated.version,
        section: 'profile',
        data: { ...profileData, tahapan: null, extraDimensions: ['governance', 'economy'] },
      });
      expect(again).toMatchObject({
        tahapan: defaultTahapan('need'),
        tahapanManual: false,
        extraDimensions: ['economy'],
      });
    });

    it('makes a changed title and problem statement findable by list at once', async () => {
      const original = await fixture('problem');
      const v2 = await c.staff.caller.innovation.updateSection({
        id: original.id,
        version: original.version,
        section: 'problem',
        data: {
          ...original.sections.problem,
          statement: `${original.sections.problem.statement!} Kata kuncinya mutiarahitam.`,
        },
      });
      await c.staff.caller.innovation.updateSection({
        id: original.id,
        version: v2.version,
        section: 'profile',
        data: { ...profileData, title: 'Layanan Kristalungu' },
      });
      const ids = async (search: string) =>
        (await c.staff.caller.innovation.list({ search })).items.map((i) => i.id);
      expect(await ids('mutiarahitam')).toEqual([original.id]);
      expect(await ids('kristal')).toEqual([original.id]);
    });

    it.each([
      ['need', 'problem'],
      ['process', 'need'],
      ['quick_win', 'process'],
    ] as const)(
      'refuses the %s section while the innovation is at %s with UNPROCESSABLE_CONTENT',
      async (section, stage) => {
        const original = await fixture(stage);
        const error = await refused(() =>
          c.staff.caller.innovation.updateSection({
            id: original.id,
            version: original.version,
            section,
            data: completeSections()[section],
          } as never),
        );
        expect(error.code).toBe('UNPROCESSABLE_CONTENT');
      },
    );

    it('refuses the evaluation section to unit staff and heads with FORBIDDEN', async () => {
      const original = await fixture('evaluation');
      for (const who of ['staff', 'head'] as const) {
        const error = await refused(() =>
          c[who].caller.innovation.updateSection({
            id: original.id,
            version: original.version,
            section: 'evaluation',
            data: { outcome: 'impactful' },
          }),
        );
        expect(error.code).toBe('FORBIDDEN');
      }
    });

    it('keeps a sustained innovation’s sections closed but its profile editable', async () => {
      const original = await fixture('sustained');
      const error = await refused(() =>
        c.staff.caller.innovation.updateSection({
          id: original.id,
          version: original.version,
          section: 'problem',
          data: {},
        }),
      );
      expect(error.code).toBe('UNPROCESSABLE_CONTENT');
      const updated = await c.staff.caller.innovation.updateSection({
        id: original.id,
        version: original.version,
        section: 'profile',
        data: { ...profileData, tahapan: null },
      });
      expect(updated).toMatchObject({ title: profileData.title, tahapan: 'implementation' });
    });

    it('refuses the profile of a discontinued innovation with UNPROCESSABLE_CONTENT', async () => {
      const original = await fixture('discontinued');
      const error = await refused(() =>
        c.coordinator.caller.innovation.updateSection({
          id: original.id,
          version: original.version,
          section: 'profile',
          data: profileData,
        }),
      );
      expect(error.code).toBe('UNPROCESSABLE_CONTENT');
    });

    it.each(['otherStaff', 'otherHead', 'evaluator', 'leader'] as const)(
      'refuses %s with FORBIDDEN and changes nothing',
      async (who) => {
        const original = await fixture('problem');
        const error = await refused(() =>
          c[who].caller.innovation.updateSection({
            id: original.id,
            version: original.version,
            section: 'problem',
            data: { statement: 'Diubah oleh yang tidak berhak' },
          }),
        );
        expect(error.code).toBe('FORBIDDEN');
      },
    );

    it('refuses the public with UNAUTHORIZED', async () => {
      const original = await fixture('problem');
      const error = await refused(() =>
        c.public.caller.innovation.updateSection({
          id: original.id,
          version: original.version,
          section: 'problem',
          data: {},
        }),
      );
      expect(error.code).toBe('UNAUTHORIZED');
    });

    type Bad = (i: Innovation) => Record<string, unknown>;
    const valid: Bad = (i) => ({
      id: i.id,
      version: i.version,
      section: 'problem',
      data: { statement: 'Masalah baru' },
    });
    const withData =
      (section: string, data: unknown): Bad =>
      (i) => ({ ...valid(i), section, data });
    const badInputs: [string, Bad, string][] = [
      ['an id that does not exist', (i) => ({ ...valid(i), id: randomUUID() }), 'NOT_FOUND'],
      ['an id that is not a UUID', (i) => ({ ...valid(i), id: 'innovation-1' }), 'BAD_REQUEST'],
      ['a version of 0', (i) => ({ ...valid(i), version: 0 }), 'BAD_REQUEST'],
      ['a negative version', (i) => ({ ...valid(i), version: -1 }), 'BAD_REQUEST'],
      ['a fractional version', (i) => ({ ...valid(i), version: 1.5 }), 'BAD_REQUEST'],
      ['a version as a string', (i) => ({ ...valid(i), version: '1' }), 'BAD_REQUEST'],
      ['a version of NaN', (i) => ({ ...valid(i), version: Number.NaN }), 'BAD_REQUEST'],
      ['no version', (i) => ({ ...valid(i), version: undefined }), 'BAD_REQUEST'],
      ['an unknown section', withData('budget', {}), 'BAD_REQUEST'],
      ['a final stage as the section', withData('sustained', {}), 'BAD_REQUEST'],
      ['an unknown field at the top', (i) => ({ ...valid(i), isPublic: true }), 'BAD_REQUEST'],
      [
        'an unknown field in the data',
        withData('problem', { statement: 'x', hacked: true }),
        'BAD_REQUEST',
      ],
      ['data that is null', withData('problem', null), 'BAD_REQUEST'],
      ['data that is an array', withData('problem', []), 'BAD_REQUEST'],
      ['a statement of the wrong type', withData('problem', { statement: 42 }), 'BAD_REQUEST'],
      [
        'a statement of 5001 characters',
        withData('problem', { statement: long(5001) }),
        'BAD_REQUEST',
      ],
      [
        'an affected group of 501 characters',
        withData('problem', { affectedGroup: long(501) }),
        'BAD_REQUEST',
      ],
      ['indicators that are not a list', withData('need', { indicators: 'banyak' }), 'BAD_REQUEST'],
      [
        'an indicator without a target date',
        withData('need', { indicators: [{ name: 'a', unit: 'b', baseline: 1, target: 2 }] }),
        'BAD_REQUEST',
      ],
      [
        '21 indicators',
        withData('need', {
          indicators: Array.from({ length: 21 }, () => completeSections().need.indicators[0]),
        }),
        'BAD_REQUEST',
      ],
      [
        'a negative beneficiary count',
        withData('need', { beneficiaries: { estimatedCount: -1 } }),
        'BAD_REQUEST',
      ],
      [
        'a process step without an actor',
        withData('process', { asIs: [{ actor: '', activity: 'x' }] }),
        'BAD_REQUEST',
      ],
      ['a negative budget', withData('quick_win', { budget: -1 }), 'BAD_REQUEST'],
      [
        'a budget of Infinity',
        withData('quick_win', { budget: Number.POSITIVE_INFINITY }),
        'BAD_REQUEST',
      ],
      ['a budget over 10^15', withData('quick_win', { budget: 1e16 }), 'BAD_REQUEST'],
      ['a budget as a string', withData('quick_win', { budget: '25000000' }), 'BAD_REQUEST'],
      [
        'a target date in month 13',
        withData('quick_win', { targetDate: '2026-13-01' }),
        'BAD_REQUEST',
      ],
      [
        'an unknown funding source',
        withData('quick_win', { fundingSource: 'hibah' }),
        'BAD_REQUEST',
      ],
      ['an unknown outcome', withData('evaluation', { outcome: 'great' }), 'BAD_REQUEST'],
      [
        'a profile whose element is not of its dimension',
        withData('profile', { ...profileData, element: 'waste' }),
        'BAD_REQUEST',
      ],
      [
        'a profile with an unknown field',
        withData('profile', { ...profileData, isPublic: true }),
        'BAD_REQUEST',
      ],
      [
        'a profile title of 201 characters',
        withData('profile', { ...profileData, title: long(201) }),
        'BAD_REQUEST',
      ],
      [
        'a profile without a summary',
        withData('profile', { ...profileData, summary: undefined }),
        'BAD_REQUEST',
      ],
    ];

    it.each(badInputs)('refuses %s and changes nothing', async (_name, input, code) => {
      const original = await fixture('quick_win');
      const error = await refused(() =>
        c.staff.caller.innovation.updateSection(input(original) as never),
      );
      expect(error.code).toBe(code);
    });

    it('refuses a stale version with CONFLICT naming who changed it and when, and changes nothing', async () => {
      const original = await fixture('problem');
      // The fixture was written by the unit's staff at fixtureTime: a version ahead is stale too.
      const ahead = await refused(() =>
        c.head.caller.innovation.updateSection({ ...valid(original), version: 9 } as never),
      );
      expect(ahead.code).toBe('CONFLICT');
      expect(ahead.message).toBe(
        `Changed by ${users.staff.name} at ${fixtureTime}: reload and try again`,
      );

      await c.head.caller.innovation.updateSection({
        id: original.id,
        version: original.version,
        section: 'problem',
        data: { statement: 'Versi kepala dinas' },
      });
      const stale = await refused(() =>
        c.staff.caller.innovation.updateSection({
          id: original.id,
          version: original.version,
          section: 'problem',
          data: { statement: 'Versi staf dari salinan lama' },
        }),
      );
      expect(stale.code).toBe('CONFLICT');
      expect(stale.message).toContain(users.head.name);
      expect(stale.message).toContain(nowIso);
      expect(detailsOf(stale)).toEqual({
        reason: 'stale_version',
        currentVersion: original.version + 1,
        updatedAt: nowIso,
        updatedBy: users.head.name,
      });
      expect((await detail(original.id)).innovation.sections.problem).toEqual({
        statement: 'Versi kepala dinas',
      });
    });

    it.each([1, 2, 3])(
      'lets exactly one of two concurrent edits of one section win, in full, and refuses the other with CONFLICT (round %i)',
      async () => {
        const original = await fixture('problem');
        const edits = {
          staff: { statement: 'Versi staf: antrean tiga jam', source: 'complaint' as const },
          head: { affectedGroup: 'Versi kepala: ibu balita', evidence: 'Data kepala' },
        };
        const eventsBefore = (await detail(original.id)).timeline.length;
        const results = await Promise.allSettled(
          (['staff', 'head'] as const).map((who) =>
            c[who].caller.innovation.updateSection({
              id: original.id,
              version: original.version,
              section: 'problem',
              data: edits[who],
            }),
          ),
        );
        const winners = (['staff', 'head'] as const).filter(
          (_, i) => results[i]!.status === 'fulfilled',
        );
        expect(winners).toHaveLength(1);
        const winner = winners[0]!;
        const loser = winner === 'staff' ? 'head' : 'staff';
        const rejected = results.find((r) => r.status === 'rejected');
        expect(rejected?.reason).toBeInstanceOf(TRPCError);
        const error = rejected?.reason as TRPCError;
        expect(error.code).toBe('CONFLICT');
        expect(error.message).toContain(users[winner].name);

        const read = await detail(original.id);
        // The winner's section exactly: not merged with the loser's fields, not lost.
        expect(read.innovation.sections.problem).toEqual(edits[winner]);
        expect(read.innovation.sections.problem).not.toMatchObject(edits[loser]);
        expect(read.innovation.version).toBe(original.version + 1);
        expect(read.innovation.updatedBy).toBe(users[winner].id);
        expect(read.timeline).toHaveLength(eventsBefore + 1);
        expect(read.timeline[0]).toMatchObject({
          action: 'innovation.section_updated',
          actorName: users[winner].name,
          after: { section: 'problem', data: edits[winner] },
        });
      },
    );
  });

  describe('advance', () => {
    it('moves problem → need → process → quick_win one stage at a time when each section is complete', async () => {
      const sections = completeSections();
      let current = await c.staff.caller.innovation.create(
        createInput({ problem: sections.problem }),
      );
      const stages: Stage[] = [current.stage];
      current = await c.staff.caller.innovation.advance({
        id: current.id,
        version: current.version,
      });
      stages.push(current.stage);
      for (const section of ['need', 'process'] as const) {
        current = await c.staff.caller.innovation.updateSection({
          id: current.id,
          version: current.version,
          section,
          data: sections[section],
        } as never);
        current = await c.staff.caller.innovation.advance({
          id: current.id,
          version: current.version,
        });
        stages.push(current.stage);
      }
      expect(stages).toEqual(['problem', 'need', 'process', 'quick_win']);
      expect(current).toMatchObject({ version: 6, tahapan: 'trial', updatedBy: users.staff.id });
      const read = await detail(current.id);
      expect(read.innovation).toEqual(current);
      expect(read.timeline.map((e) => e.action)).toEqual([
        'innovation.advanced',
        'innovation.section_updated',
        'innovation.advanced',
        'innovation.section_updated',
        'innovation.advanced',
        'innovation.created',
      ]);
      expect(read.timeline[0]).toMatchObject({
        actorName: users.staff.name,
        before: { stage: 'process' },
        after: { stage: 'quick_win', reason: null, outcome: null },
      });
    });

    it('refuses a closed gate with PRECONDITION_FAILED listing what is missing, and changes nothing', async () => {
      const created = await c.staff.caller.innovation.create(
        createInput({ problem: { statement: 'Terlalu pendek' } }),
      );
      const error = await refused(() =>
        c.staff.caller.innovation.advance({ id: created.id, version: created.version }),
      );
      expect(error.code).toBe('PRECONDITION_FAILED');
      expect(detailsOf(error)?.missing).toEqual<MissingItem[]>([
        { field: 'problem.statement', reason: 'too_short' },
        { field: 'problem.affectedGroup', reason: 'required' },
        { field: 'problem.evidence', reason: 'required' },
        { field: 'problem.source', reason: 'required' },
      ]);
    });

    it.each([
      [
        'need',
        { indicators: [] },
        [
          'need.statement',
          'need.beneficiaries.who',
          'need.beneficiaries.estimatedCount',
          'need.indicators',
        ],
      ],
      [
        'process',
        { asIs: [], toBe: [], needsApplication: true },
        ['process.asIs', 'process.toBe', 'process.applicationJustification'],
      ],
    ] as const)(
      'refuses to leave %s while its section is empty, with PRECONDITION_FAILED',
      async (stage, empty, fields) => {
        const original = await fixture(stage);
        const emptied = await c.staff.caller.innovation.updateSection({
          id: original.id,
          version: original.version,
          section: stage,
          data: empty,
        } as never);
        const error = await refused(() =>
          c.staff.caller.innovation.advance({ id: original.id, version: emptied.version }),
        );
        expect(error.code).toBe('PRECONDITION_FAILED');
        expect((detailsOf(error)?.missing as MissingItem[]).map((m) => m.field)).toEqual(fields);
      },
    );

    it('refuses unit staff submitting a quick win to evaluation with FORBIDDEN', async () => {
      const original = await fixture('quick_win');
      const error = await refused(() =>
        c.staff.caller.innovation.advance({ id: original.id, version: original.version }),
      );
      expect(error.code).toBe('FORBIDDEN');
    });

    it.each(['head', 'coordinator'] as const)(
      'refuses %s submitting a quick win without progress reports with PRECONDITION_FAILED',
      async (who) => {
        const original = await fixture('quick_win');
        const error = await refused(() =>
          c[who].caller.innovation.advance({ id: original.id, version: original.version }),
        );
        expect(error.code).toBe('PRECONDITION_FAILED');
        expect(detailsOf(error)).toMatchObject({
          stage: 'quick_win',
          missing: [{ field: 'quick_win.progressReports', reason: 'at_least_one' }],
        });
      },
    );

    it('lets a coordinator record an outcome and advance an evaluation to sustained, but not unit staff', async () => {
      const original = await fixture('evaluation');
      const staffError = await refused(() =>
        c.staff.caller.innovation.advance({ id: original.id, version: original.version }),
      );
      expect(staffError.code).toBe('FORBIDDEN');
      const noOutcome = await refused(() =>
        c.coordinator.caller.innovation.advance({ id: original.id, version: original.version }),
      );
      expect(noOutcome.code).toBe('PRECONDITION_FAILED');
      expect(detailsOf(noOutcome)?.missing).toEqual([
        { field: 'evaluation.outcome', reason: 'required' },
      ]);
      const scored = await c.coordinator.caller.innovation.updateSection({
        id: original.id,
        version: original.version,
        section: 'evaluation',
        data: { outcome: 'impactful' },
      });
      const sustained = await c.coordinator.caller.innovation.advance({
        id: original.id,
        version: scored.version,
      });
      expect(sustained).toMatchObject({ stage: 'sustained', tahapan: 'implementation' });
      expect((await detail(original.id)).timeline[0]).toMatchObject({
        action: 'innovation.advanced',
        after: { stage: 'sustained', outcome: 'impactful' },
      });
    });

    it.each(['sustained', 'discontinued'] as const)(
      'refuses to advance a %s innovation with UNPROCESSABLE_CONTENT',
      async (stage) => {
        const original = await fixture(stage);
        const error = await refused(() =>
          c.coordinator.caller.innovation.advance({ id: original.id, version: original.version }),
        );
        expect(error.code).toBe('UNPROCESSABLE_CONTENT');
      },
    );

    it.each(['otherStaff', 'otherHead', 'evaluator', 'leader', 'public'] as const)(
      'refuses %s and changes nothing',
      async (who) => {
        const original = await fixture('problem');
        const error = await refused(() =>
          c[who].caller.innovation.advance({ id: original.id, version: original.version }),
        );
        expect(error.code).toBe(who === 'public' ? 'UNAUTHORIZED' : 'FORBIDDEN');
      },
    );

    it.each([
      [
        'an id that does not exist',
        (i: Innovation) => ({ id: randomUUID(), version: i.version }),
        'NOT_FOUND',
      ],
      [
        'an id that is not a UUID',
        (i: Innovation) => ({ id: `${i.id}x`, version: i.version }),
        'BAD_REQUEST',
      ],
      [
        'a version of the wrong type',
        (i: Innovation) => ({ id: i.id, version: 'latest' }),
        'BAD_REQUEST',
      ],
      [
        'an unknown field',
        (i: Innovation) => ({ id: i.id, version: i.version, to: 'sustained' }),
        'BAD_REQUEST',
      ],
      ['a stale version', (i: Innovation) => ({ id: i.id, version: i.version + 1 }), 'CONFLICT'],
    ])('refuses %s and changes nothing', async (_name, input, code) => {
      const original = await fixture('problem');
      const error = await refused(() =>
        c.staff.caller.innovation.advance(input(original) as never),
      );
      expect(error.code).toBe(code);
    });
  });

  describe('moveBack', () => {
    it('moves back to an earlier stage, keeps every section and records the reason', async () => {
      const original = await fixture('process');
      const moved = await c.staff.caller.innovation.moveBack({
        id: original.id,
        version: original.version,
        to: 'problem',
        reason: '  Masalah perlu dipertajam dengan data baru  ',
      });
      expect(moved).toEqual({
        ...original,
        stage: 'problem',
        tahapan: 'initiative',
        version: original.version + 1,
        updatedAt: nowIso,
        updatedBy: users.staff.id,
      });
      const read = await detail(original.id);
      expect(read.innovation.sections).toEqual(original.sections);
      expect(read.timeline[0]).toMatchObject({
        action: 'innovation.moved_back',
        actorName: users.staff.name,
        before: { stage: 'process' },
        after: {
          stage: 'problem',
          reason: 'Masalah perlu dipertajam dengan data baru',
          outcome: null,
        },
      });
    });

    const reason = 'Kebutuhan perlu dipertajam';
    it.for([
      ['to the same stage', 'process', { to: 'process', reason }, 'UNPROCESSABLE_CONTENT'],
      ['to a later stage', 'process', { to: 'quick_win', reason }, 'UNPROCESSABLE_CONTENT'],
      ['from the first stage', 'problem', { to: 'problem', reason }, 'UNPROCESSABLE_CONTENT'],
      ['from a sustained innovation', 'sustained', { to: 'need', reason }, 'UNPROCESSABLE_CONTENT'],
      ['to a final stage', 'process', { to: 'sustained', reason }, 'BAD_REQUEST'],
      [
        'with a reason of 9 characters',
        'process',
        { to: 'need', reason: '123456789' },
        'BAD_REQUEST',
      ],
      [
        'with a reason of spaces around one word',
        'process',
        { to: 'need', reason: `   alasan${' '.repeat(20)}` },
        'BAD_REQUEST',
      ],
      [
        'with a reason of 2001 characters',
        'process',
        { to: 'need', reason: long(2001) },
        'BAD_REQUEST',
      ],
      ['without a reason', 'process', { to: 'need' }, 'BAD_REQUEST'],
      [
        'with an unknown field',
        'process',
        { to: 'need', reason, keepSections: false },
        'BAD_REQUEST',
      ],
      ['from evaluation, by unit staff', 'evaluation', { to: 'quick_win', reason }, 'FORBIDDEN'],
    ] as const)('refuses a move %s and changes nothing', async ([_name, stage, input, code]) => {
      const original = await fixture(stage);
      const error = await refused(() =>
        c.staff.caller.innovation.moveBack({
          id: original.id,
          version: original.version,
          ...input,
        } as never),
      );
      expect(error.code).toBe(code);
    });

    it.each([
      ['an id that does not exist', { id: randomUUID() }, 'NOT_FOUND'],
      ['an id that is not a UUID', { id: '12345' }, 'BAD_REQUEST'],
      ['a stale version', { version: 2 }, 'CONFLICT'],
    ])('refuses %s', async (_name, override, code) => {
      const original = await fixture('need');
      const error = await refused(() =>
        c.staff.caller.innovation.moveBack({
          id: original.id,
          version: original.version,
          to: 'problem',
          reason,
          ...override,
        }),
      );
      expect(error.code).toBe(code);
    });

    it.each(['otherStaff', 'evaluator', 'leader'] as const)(
      'refuses %s with FORBIDDEN',
      async (who) => {
        const original = await fixture('need');
        const error = await refused(() =>
          c[who].caller.innovation.moveBack({
            id: original.id,
            version: original.version,
            to: 'problem',
            reason,
          }),
        );
        expect(error.code).toBe('FORBIDDEN');
      },
    );
  });

  describe('discontinue and reopen', () => {
    const reason = 'Tidak ada anggaran tahun ini';

    it('lets the unit head discontinue with a reason, and a coordinator reopen to the stage it left', async () => {
      const original = await fixture('need');
      const stopped = await c.head.caller.innovation.discontinue({
        id: original.id,
        version: original.version,
        reason,
      });
      expect(stopped).toMatchObject({
        stage: 'discontinued',
        discontinuedFrom: 'need',
        tahapan: original.tahapan,
        version: original.version + 1,
        updatedBy: users.head.id,
      });
      expect((await detail(original.id)).timeline[0]).toMatchObject({
        action: 'innovation.discontinued',
        actorName: users.head.name,
        before: { stage: 'need' },
        after: { stage: 'discontinued', reason },
      });

      for (const who of ['staff', 'head'] as const) {
        const error = await refused(() =>
          c[who].caller.innovation.reopen({ id: original.id, version: stopped.version }),
        );
        expect(error.code).toBe('FORBIDDEN');
      }

      const reopened = await c.coordinator.caller.innovation.reopen({
        id: original.id,
        version: stopped.version,
      });
      expect(reopened).toEqual({
        ...original,
        version: original.version + 2,
        updatedAt: nowIso,
        updatedBy: users.coordinator.id,
      });
      expect((await detail(original.id)).timeline[0]).toMatchObject({
        action: 'innovation.reopened',
        actorName: users.coordinator.name,
        before: { stage: 'discontinued' },
        after: { stage: 'need' },
      });
    });

    it('lets a coordinator discontinue any unit’s innovation', async () => {
      const original = await fixture('quick_win', { unitId: kominfo });
      const stopped = await c.coordinator.caller.innovation.discontinue({
        id: original.id,
        version: original.version,
        reason,
      });
      expect(stopped).toMatchObject({ stage: 'discontinued', discontinuedFrom: 'quick_win' });
    });

    it.for([
      ['unit staff', 'staff', 'need', 'FORBIDDEN'],
      ['another unit’s head', 'otherHead', 'need', 'FORBIDDEN'],
      ['an evaluator', 'evaluator', 'need', 'FORBIDDEN'],
      ['a leader', 'leader', 'need', 'FORBIDDEN'],
      ['the public', 'public', 'need', 'UNAUTHORIZED'],
      [
        'the unit head, of a discontinued innovation',
        'head',
        'discontinued',
        'UNPROCESSABLE_CONTENT',
      ],
      ['the unit head, of a sustained innovation', 'head', 'sustained', 'UNPROCESSABLE_CONTENT'],
    ] as const)(
      'refuses a discontinuation by %s and changes nothing',
      async ([_name, who, stage, code]) => {
        const original = await fixture(stage);
        const error = await refused(() =>
          c[who].caller.innovation.discontinue({
            id: original.id,
            version: original.version,
            reason,
          }),
        );
        expect(error.code).toBe(code);
      },
    );

    it.each([
      ['a reason of 9 characters', { reason: 'Tak cukup' }, 'BAD_REQUEST'],
      ['no reason', { reason: undefined }, 'BAD_REQUEST'],
      ['a reason of the wrong type', { reason: ['alasan panjang sekali'] }, 'BAD_REQUEST'],
      ['an id that does not exist', { id: randomUUID() }, 'NOT_FOUND'],
      ['a stale version', { version: 3 }, 'CONFLICT'],
    ])('refuses a discontinuation with %s', async (_name, override, code) => {
      const original = await fixture('need');
      const error = await refused(() =>
        c.head.caller.innovation.discontinue({
          id: original.id,
          version: original.version,
          reason,
          ...override,
        } as never),
      );
      expect(error.code).toBe(code);
    });

    it.for([
      [
        'an innovation that is not discontinued',
        'need',
        (i: Innovation) => ({ id: i.id, version: i.version }),
        'UNPROCESSABLE_CONTENT',
      ],
      [
        'an id that does not exist',
        'discontinued',
        (i: Innovation) => ({ id: randomUUID(), version: i.version }),
        'NOT_FOUND',
      ],
      [
        'a stale version',
        'discontinued',
        (i: Innovation) => ({ id: i.id, version: i.version + 1 }),
        'CONFLICT',
      ],
      [
        'an unknown field',
        'discontinued',
        (i: Innovation) => ({ id: i.id, version: i.version, to: 'problem' }),
        'BAD_REQUEST',
      ],
    ] as const)('refuses reopening %s', async ([_name, stage, input, code]) => {
      const original = await fixture(stage);
      const error = await refused(() => c.coordinator.caller.innovation.reopen(input(original)));
      expect(error.code).toBe(code);
    });
  });

  describe('setPublic', () => {
    it('publishes for the public to see in list and byId, and unpublishes again', async () => {
      const shown = await fixture('need', { title: 'Zamrud Terbit Layanan' });
      const hidden = await fixture('need', { title: 'Zamrud Tersembunyi Layanan' });
      const publicIds = async (input: Record<string, unknown> = {}) =>
        (await c.public.caller.innovation.list({ search: 'zamrud', ...input })).items.map(
          (i) => i.id,
        );
      expect(await publicIds()).toEqual([]);

      const published = await c.head.caller.innovation.setPublic({
        id: shown.id,
        version: shown.version,
        isPublic: true,
      });
      expect(published).toMatchObject({
        isPublic: true,
        version: shown.version + 1,
        updatedBy: users.head.id,
      });
      expect((await detail(shown.id)).timeline[0]).toMatchObject({
        action: 'innovation.published',
        actorName: users.head.name,
        before: { isPublic: false },
        after: { isPublic: true },
      });

      expect(await publicIds()).toEqual([shown.id]);
      // The public cannot ask for unpublished ones.
      expect(await publicIds({ isPublic: false })).toEqual([shown.id]);
      const list = await c.public.caller.innovation.list({ search: 'zamrud' });
      expect(list.total).toBe(1);
      const read = await detail(shown.id, 'public');
      expect(read.innovation).toEqual(published);
      expect(read.timeline).toEqual([]);
      expect(read.can).toEqual(nobody);

      const notFound = await failure(detail(hidden.id, 'public'));
      expect(notFound.code).toBe('NOT_FOUND');
      const loggedIn = await c.evaluator.caller.innovation.list({ search: 'zamrud' });
      expect(loggedIn.items.map((i) => i.id).sort()).toEqual([shown.id, hidden.id].sort());

      const unpublished = await c.coordinator.caller.innovation.setPublic({
        id: shown.id,
        version: published.version,
        isPublic: false,
      });
      expect(unpublished.isPublic).toBe(false);
      expect((await detail(shown.id)).timeline[0]).toMatchObject({
        action: 'innovation.unpublished',
      });
      expect((await failure(detail(shown.id, 'public'))).code).toBe('NOT_FOUND');
      expect(await publicIds()).toEqual([]);
    });

    it.each([
      ['unit staff', 'staff', 'FORBIDDEN'],
      ['another unit’s head', 'otherHead', 'FORBIDDEN'],
      ['an evaluator', 'evaluator', 'FORBIDDEN'],
      ['a leader', 'leader', 'FORBIDDEN'],
      ['the public', 'public', 'UNAUTHORIZED'],
    ] as const)('refuses %s and changes nothing', async (_name, who, code) => {
      const original = await fixture('need');
      const error = await refused(() =>
        c[who].caller.innovation.setPublic({
          id: original.id,
          version: original.version,
          isPublic: true,
        }),
      );
      expect(error.code).toBe(code);
    });

    it.each([
      ['a flag as a string', { isPublic: 'true' }, 'BAD_REQUEST'],
      ['no flag', { isPublic: undefined }, 'BAD_REQUEST'],
      ['an unknown field', { isPublic: true, unitId: randomUUID() }, 'BAD_REQUEST'],
      ['an id that does not exist', { isPublic: true, id: randomUUID() }, 'NOT_FOUND'],
      ['a stale version', { isPublic: true, version: 4 }, 'CONFLICT'],
    ])('refuses %s', async (_name, override, code) => {
      const original = await fixture('need');
      const error = await refused(() =>
        c.head.caller.innovation.setPublic({
          id: original.id,
          version: original.version,
          ...override,
        } as never),
      );
      expect(error.code).toBe(code);
    });
  });

  describe('byId', () => {
    it.each<[Who | 'public', InnovationPermissions]>([
      ['staff', { ...nobody, edit: ['profile', 'problem'], advance: true }],
      [
        'head',
        {
          ...nobody,
          edit: ['profile', 'problem'],
          advance: true,
          discontinue: true,
          setPublic: true,
        },
      ],
      [
        'coordinator',
        {
          ...nobody,
          edit: ['profile', 'problem'],
          advance: true,
          discontinue: true,
          setPublic: true,
        },
      ],
      ['otherStaff', nobody],
      ['otherHead', nobody],
      ['evaluator', nobody],
      ['leader', nobody],
      ['public', nobody],
    ])('tells %s what they may do with a complete problem', async (who, can) => {
      const original = await fixture('problem', { isPublic: true });
      const read = await detail(original.id, who);
      expect(read.gate).toEqual([]);
      expect(read.can).toEqual(can);
    });

    it.each<[Who, InnovationPermissions]>([
      [
        'staff',
        { ...nobody, edit: ['profile', 'problem', 'need', 'process', 'quick_win'], moveBack: true },
      ],
      [
        'head',
        {
          ...nobody,
          edit: ['profile', 'problem', 'need', 'process', 'quick_win'],
          advance: true,
          moveBack: true,
          discontinue: true,
          setPublic: true,
        },
      ],
      ['evaluator', nobody],
    ])('shows %s the quick win’s closed gate and who may submit it', async (who, can) => {
      const original = await fixture('quick_win');
      const read = await detail(original.id, who);
      expect(read.gate).toEqual([{ field: 'quick_win.progressReports', reason: 'at_least_one' }]);
      expect(read.can).toEqual(can);
    });

    it('shows the evaluation section to the coordinator only, and reopening of a discontinued innovation', async () => {
      const evaluation = await fixture('evaluation');
      expect((await detail(evaluation.id, 'coordinator')).can.edit).toEqual([
        'profile',
        'problem',
        'need',
        'process',
        'quick_win',
        'evaluation',
      ]);
      expect((await detail(evaluation.id, 'staff')).can).toMatchObject({
        advance: false,
        moveBack: false,
      });
      expect((await detail(evaluation.id, 'staff')).gate).toEqual([
        { field: 'evaluation.outcome', reason: 'required' },
      ]);

      const stopped = await fixture('discontinued');
      const read = await detail(stopped.id, 'coordinator');
      expect(read.gate).toEqual([]);
      expect(read.can).toEqual({ ...nobody, reopen: true, setPublic: true });
      expect((await detail(stopped.id, 'head')).can).toEqual({ ...nobody, setPublic: true });
    });

    it('lists what an empty problem still misses', async () => {
      const created = await c.staff.caller.innovation.create(createInput());
      expect((await detail(created.id)).gate).toEqual([
        { field: 'problem.statement', reason: 'required' },
        { field: 'problem.affectedGroup', reason: 'required' },
        { field: 'problem.evidence', reason: 'required' },
        { field: 'problem.source', reason: 'required' },
      ]);
    });

    it.each([
      ['an id that does not exist', { id: randomUUID() }, 'NOT_FOUND'],
      ['an id that is not a UUID', { id: 'not-a-uuid' }, 'BAD_REQUEST'],
      ['an unknown field', { id: randomUUID(), include: 'all' }, 'BAD_REQUEST'],
      ['no id', {}, 'BAD_REQUEST'],
    ])('refuses %s', async (_name, input, code) => {
      for (const who of ['staff', 'public'] as const) {
        const error = await refused(() => c[who].caller.innovation.byId(input as never));
        expect(error.code).toBe(code);
      }
    });
  });

  describe('list', () => {
    it('answers the filtered total and a next cursor that visits every innovation once', async () => {
      const made: Innovation[] = [];
      for (let i = 0; i < 5; i += 1) {
        made.push(await fixture('need', { title: `Kecubung Layanan ${i}`, isPublic: i < 2 }));
      }
      const seen: string[] = [];
      let cursor: string | undefined;
      for (let page = 0; page < 3; page += 1) {
        const answer = await c.staff.caller.innovation.list({
          search: 'kecubung',
          limit: 2,
          cursor,
        });
        expect(answer.total).toBe(5);
        expect(answer.items.length).toBe(page < 2 ? 2 : 1);
        seen.push(...answer.items.map((i) => i.id));
        expect(answer.nextCursor === null).toBe(page === 2);
        cursor = answer.nextCursor ?? undefined;
      }
      expect(seen.sort()).toEqual(made.map((i) => i.id).sort());

      const publicAnswer = await c.public.caller.innovation.list({ search: 'kecubung', limit: 1 });
      expect(publicAnswer.total).toBe(2);
      expect(publicAnswer.nextCursor).not.toBeNull();
    });

    it('answers with the defaults when called without input', async () => {
      const answer = await c.leader.caller.innovation.list();
      expect(answer.items.length).toBeLessThanOrEqual(25);
      expect(answer.total).toBeGreaterThan(0);
    });

    it('keeps only active innovations without an event for 30 days when asked for stale ones', async () => {
      const at = (days: number) => new Date(testNow.getTime() - days * day);
      const old = await fixture('need', { title: 'Safir Lama Layanan', now: at(31) });
      await fixture('need', { title: 'Safir Baru Layanan', now: at(29) });
      await fixture('sustained', { title: 'Safir Selesai Layanan', now: at(60) });
      const exactly = await fixture('process', { title: 'Safir Pas Layanan', now: at(30) });
      const answer = await c.coordinator.caller.innovation.list({ search: 'safir', stale: true });
      expect(answer.items.map((i) => i.id).sort()).toEqual([old.id, exactly.id].sort());
      expect(answer.total).toBe(2);
      expect((await c.coordinator.caller.innovation.list({ search: 'safir' })).total).toBe(4);
    });

    it('filters by unit and stage', async () => {
      const own = await fixture('quick_win', { title: 'Giok Layanan Dinkes' });
      await fixture('need', { title: 'Giok Layanan Dinkes Lain' });
      await fixture('quick_win', { title: 'Giok Layanan Kominfo', unitId: kominfo });
      const answer = await c.staff.caller.innovation.list({
        search: 'giok',
        unitId: dinkes,
        stage: 'quick_win',
      });
      expect(answer.items.map((i) => i.id)).toEqual([own.id]);
      expect(answer.items[0]).toMatchObject({
        unitName: 'Dinas Kesehatan',
        quickWinTargetDate: completeSections().quick_win.targetDate,
        quickWinStatus: 'in_progress',
      });
    });

    it.each([
      ['a limit of 0', { limit: 0 }],
      ['a limit of 101', { limit: 101 }],
      ['a fractional limit', { limit: 2.5 }],
      ['an unknown sort', { sort: 'random' }],
      ['an unknown stage', { stage: 'archived' }],
      ['a unit id that is not a UUID', { unitId: 'dinkes' }],
      ['a search of 201 characters', { search: long(201) }],
      ['a cursor of 501 characters', { cursor: long(501) }],
      ['a cursor that is not one', { cursor: 'bm90IGEgY3Vyc29y' }],
      ['an unknown field', { orderBy: 'title' }],
      ['null', null],
    ])('refuses %s with BAD_REQUEST', async (_name, input) => {
      const error = await refused(() => c.staff.caller.innovation.list(input as never));
      expect(error.code).toBe('BAD_REQUEST');
    });

    it('refuses a cursor of one order used with another with BAD_REQUEST, not a server error', async () => {
      await fixture('need', { title: 'Akik Layanan Satu' });
      await fixture('need', { title: 'Akik Layanan Dua' });
      const first = await c.staff.caller.innovation.list({
        search: 'akik',
        sort: 'title_asc',
        limit: 1,
      });
      expect(first.nextCursor).not.toBeNull();
      const error = await refused(() =>
        c.staff.caller.innovation.list({
          search: 'akik',
          sort: 'updated_desc',
          limit: 1,
          cursor: first.nextCursor!,
        }),
      );
      expect(error.code).toBe('BAD_REQUEST');
    });
  });
});
