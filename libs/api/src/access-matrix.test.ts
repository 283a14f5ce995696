import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import {
  capabilitiesOf,
  defaultRubric,
  defaultThresholds,
  roles,
  type Capability,
  type Innovation,
  type Role,
  type Stage,
} from '@smartcity/domain';
import {
  findCredentialsByEmail,
  findMasterplan,
  insertActions,
  insertMasterplan,
  insertProgrammes,
  findRegionByName,
  findUnitByCode,
  findUserById,
  insertSession,
  insertUser,
} from '@smartcity/db';
import { demoPassword } from '@smartcity/demo-data';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from './app-router';
import { newSessionToken, sessionCookieName, sessionIdOf } from './services/auth/session-token';
import { MemoryCookieJar } from './testing/memory-cookie-jar';
import { snapshotDatabase } from './testing/db-snapshot';
import { insertTestInnovation } from './testing/innovation-fixtures';
import { openTestApi, type TestApi, type TestClient } from './testing/test-api';

/**
 * THE ACCESS MATRIX. Every procedure of the API must have a row here (a test below fails when
 * one is missing): who may call it, and a call that exercises it. Each row is run by every kind
 * of caller: the public, unit staff and unit heads of the record's own unit and of another unit,
 * a coordinator, an evaluator and a leader. Allowed callers must not get UNAUTHORIZED or
 * FORBIDDEN; refused ones must get exactly that, and the database must be unchanged.
 */
type Rule =
  | { readonly kind: 'public' }
  | { readonly kind: 'authed' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[] }
  | { readonly kind: 'unit'; readonly roles: readonly Role[] };

/** What a row's prepare step made: a record with its id and version. */
type Prepared = { readonly id: string; readonly version: number };

type Fixture = {
  /** The unit the record under test belongs to (Dinas Kesehatan). */
  readonly unitId: string;
  /** A user of that unit that user procedures act on. */
  readonly subject: { readonly id: string; readonly version: () => Promise<number> };
  /** A fresh innovation of that unit at a stage, made before the call (and before the snapshot). */
  readonly innovation: (stage?: Stage) => Promise<Innovation>;
  /** A fresh action item owned by that unit, in a programme of the masterplan (made if missing). */
  readonly actionItem: () => Promise<Prepared>;
};

type Row = {
  readonly rule: Rule;
  /** Makes what the call needs, before the database snapshot is taken. */
  readonly prepare?: (f: Fixture) => Promise<Prepared>;
  readonly call: (
    client: TestClient,
    f: Fixture,
    prepared: Prepared | undefined,
  ) => Promise<unknown>;
};

const unitWriters: Rule = { kind: 'unit', roles: ['unit_staff', 'unit_head', 'coordinator'] };
const need = (p: Prepared | undefined): Prepared => {
  if (!p) throw new Error('the row has no prepare step');
  return p;
};

const coordinatorOnly: Rule = { kind: 'roles', roles: ['coordinator'] };

const matrix: Record<string, Row> = {
  'auth.login': {
    rule: { kind: 'public' },
    call: (c) => c.caller.auth.login({ email: 'bupati@demo.test', password: demoPassword }),
  },
  'auth.logout': { rule: { kind: 'public' }, call: (c) => c.caller.auth.logout() },
  'auth.me': { rule: { kind: 'public' }, call: (c) => c.caller.auth.me() },
  'auth.changePassword': {
    rule: { kind: 'authed' },
    call: (c) =>
      c.caller.auth.changePassword({
        currentPassword: 'wrong-password',
        newPassword: 'a-new-password-1',
      }),
  },
  'auth.invitation': {
    rule: { kind: 'public' },
    call: (c) => c.caller.auth.invitation({ token: 'x'.repeat(43) }),
  },
  'auth.acceptInvitation': {
    rule: { kind: 'public' },
    call: (c) =>
      c.caller.auth.acceptInvitation({ token: 'x'.repeat(43), password: 'kata-sandi-baru-1' }),
  },
  'catalogue.dimensions': {
    rule: { kind: 'public' },
    call: (c) => c.caller.catalogue.dimensions(),
  },
  'unit.list': { rule: { kind: 'public' }, call: (c) => c.caller.unit.list({ search: 'kes' }) },
  'unit.byId': { rule: { kind: 'public' }, call: (c, f) => c.caller.unit.byId({ id: f.unitId }) },
  'unit.create': {
    rule: coordinatorOnly,
    call: (c) =>
      c.caller.unit.create({
        code: `uji-${randomUUID().slice(0, 8)}`,
        name: 'Unit Uji Akses',
        shortName: null,
        type: 'other',
      }),
  },
  'unit.update': {
    rule: coordinatorOnly,
    // A stale version: an allowed caller gets CONFLICT and the unit stays as the other rows need it.
    call: (c, f) =>
      c.caller.unit.update({
        id: f.unitId,
        version: 999,
        code: 'dinkes',
        name: 'Dinas Kesehatan',
        shortName: 'Dinkes',
        type: 'dinas',
      }),
  },
  'unit.setActive': {
    rule: coordinatorOnly,
    call: (c, f) => c.caller.unit.setActive({ id: f.unitId, version: 999, active: false }),
  },
  'unit.merge': {
    rule: coordinatorOnly,
    call: (c, f) => c.caller.unit.merge({ id: f.unitId, version: 999, successorId: randomUUID() }),
  },
  'dashboard.summary': {
    rule: { kind: 'authed' },
    call: (c, f) => c.caller.dashboard.summary({ unitId: f.unitId, year: 2026 }),
  },
  'dashboard.units': {
    rule: { kind: 'authed' },
    call: (c) => c.caller.dashboard.units({ dimension: 'governance' }),
  },
  'dashboard.public': {
    rule: { kind: 'public' },
    call: (c) => c.caller.dashboard.public({}),
  },
  'dataImport.list': {
    rule: coordinatorOnly,
    call: (c) => c.caller.dataImport.list({ entity: 'units' }),
  },
  'dataImport.byId': {
    rule: coordinatorOnly,
    call: (c) => c.caller.dataImport.byId({ id: randomUUID() }),
  },
  'openData.catalogue': {
    rule: { kind: 'public' },
    call: (c) => c.caller.openData.catalogue(),
  },
  'evaluation.rounds': {
    rule: { kind: 'roles', roles: ['coordinator', 'evaluator', 'leader'] },
    call: (c) => c.caller.evaluation.rounds(),
  },
  'evaluation.round': {
    rule: { kind: 'roles', roles: ['coordinator', 'leader'] },
    call: (c) => c.caller.evaluation.round({ id: randomUUID() }),
  },
  'evaluation.createRound': {
    rule: coordinatorOnly,
    call: (c) =>
      c.caller.evaluation.createRound({
        name: 'Evaluasi Quick Win Uji',
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
      }),
  },
  'evaluation.updateRound': {
    rule: coordinatorOnly,
    call: (c) =>
      c.caller.evaluation.updateRound({
        id: randomUUID(),
        version: 1,
        name: 'Evaluasi Quick Win Uji',
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        rubric: defaultRubric,
        thresholds: defaultThresholds,
      }),
  },
  'evaluation.openRound': {
    rule: coordinatorOnly,
    call: (c) => c.caller.evaluation.openRound({ id: randomUUID(), version: 1 }),
  },
  'evaluation.closeRound': {
    rule: coordinatorOnly,
    call: (c) => c.caller.evaluation.closeRound({ id: randomUUID(), version: 1 }),
  },
  'evaluation.candidates': {
    rule: coordinatorOnly,
    call: (c) => c.caller.evaluation.candidates({ id: randomUUID() }),
  },
  'evaluation.addInnovation': {
    rule: coordinatorOnly,
    prepare: (f) => f.innovation('evaluation'),
    call: (c, _f, p) =>
      c.caller.evaluation.addInnovation({ roundId: randomUUID(), innovationId: need(p).id }),
  },
  'evaluation.removeInnovation': {
    rule: coordinatorOnly,
    prepare: (f) => f.innovation('evaluation'),
    call: (c, _f, p) =>
      c.caller.evaluation.removeInnovation({ roundId: randomUUID(), innovationId: need(p).id }),
  },
  'evaluation.evaluators': { rule: coordinatorOnly, call: (c) => c.caller.evaluation.evaluators() },
  'evaluation.assign': {
    rule: coordinatorOnly,
    call: (c, f) =>
      c.caller.evaluation.assign({
        roundId: randomUUID(),
        innovationId: randomUUID(),
        evaluatorId: f.subject.id,
      }),
  },
  'evaluation.unassign': {
    rule: coordinatorOnly,
    call: (c, f) =>
      c.caller.evaluation.unassign({
        roundId: randomUUID(),
        innovationId: randomUUID(),
        evaluatorId: f.subject.id,
      }),
  },
  'evaluation.inbox': {
    rule: { kind: 'roles', roles: ['evaluator'] },
    call: (c) => c.caller.evaluation.inbox(),
  },
  'evaluation.sheet': {
    rule: { kind: 'roles', roles: ['evaluator'] },
    call: (c) => c.caller.evaluation.sheet({ roundId: randomUUID(), innovationId: randomUUID() }),
  },
  'evaluation.saveDraft': {
    rule: { kind: 'roles', roles: ['evaluator'] },
    call: (c) =>
      c.caller.evaluation.saveDraft({
        roundId: randomUUID(),
        innovationId: randomUUID(),
        scores: [{ criterion: 'benefit', score: 4, comment: 'Bermanfaat bagi warga.' }],
      }),
  },
  'evaluation.submit': {
    rule: { kind: 'roles', roles: ['evaluator'] },
    call: (c) =>
      c.caller.evaluation.submit({
        roundId: randomUUID(),
        innovationId: randomUUID(),
        scores: defaultRubric.map((cr) => ({ criterion: cr.key, score: 4, comment: '' })),
      }),
  },
  'evaluation.correct': {
    rule: { kind: 'roles', roles: ['evaluator'] },
    call: (c) =>
      c.caller.evaluation.correct({
        roundId: randomUUID(),
        innovationId: randomUUID(),
        scores: defaultRubric.map((cr) => ({ criterion: cr.key, score: 3, comment: '' })),
        reason: 'Skor dampak dikoreksi setelah data baru.',
      }),
  },
  'evaluation.recordOutcome': {
    rule: coordinatorOnly,
    prepare: (f) => f.innovation('evaluation'),
    call: (c, _f, p) =>
      c.caller.evaluation.recordOutcome({
        roundId: randomUUID(),
        innovationId: need(p).id,
        outcome: 'impactful',
      }),
  },
  'evaluation.history': {
    rule: { kind: 'authed' },
    prepare: (f) => f.innovation('sustained'),
    call: (c, _f, p) => c.caller.evaluation.history({ id: need(p).id }),
  },
  'innovation.list': {
    rule: { kind: 'public' },
    call: (c) => c.caller.innovation.list({ search: 'imunisasi' }),
  },
  'innovation.byId': {
    rule: { kind: 'public' },
    // Published, so that the public may read it too.
    prepare: async (f) => f.innovation('need'),
    call: (c, _f, p) => c.caller.innovation.byId({ id: need(p).id }),
  },
  'innovation.create': {
    rule: unitWriters,
    call: (c, f) =>
      c.caller.innovation.create({
        unitId: f.unitId,
        title: 'Inovasi baru uji akses',
        summary: 'Ringkasan inovasi untuk uji matriks akses.',
        dimension: 'governance',
        element: 'public_service',
        jenis: 'digital',
        bentuk: 'public_service',
        inisiator: 'unit',
      }),
  },
  'innovation.updateSection': {
    rule: unitWriters,
    prepare: (f) => f.innovation('problem'),
    call: (c, _f, p) =>
      c.caller.innovation.updateSection({
        id: need(p).id,
        version: need(p).version,
        section: 'problem',
        data: { statement: 'Masalah yang diperbarui', source: 'survey' },
      }),
  },
  'innovation.advance': {
    rule: unitWriters,
    prepare: (f) => f.innovation('problem'),
    call: (c, _f, p) => c.caller.innovation.advance({ id: need(p).id, version: need(p).version }),
  },
  'innovation.moveBack': {
    rule: unitWriters,
    prepare: (f) => f.innovation('process'),
    call: (c, _f, p) =>
      c.caller.innovation.moveBack({
        id: need(p).id,
        version: need(p).version,
        to: 'need',
        reason: 'Kebutuhan perlu dipertajam',
      }),
  },
  'innovation.discontinue': {
    rule: { kind: 'unit', roles: ['unit_head', 'coordinator'] },
    prepare: (f) => f.innovation('need'),
    call: (c, _f, p) =>
      c.caller.innovation.discontinue({
        id: need(p).id,
        version: need(p).version,
        reason: 'Tidak ada anggaran tahun ini',
      }),
  },
  'innovation.reopen': {
    rule: { kind: 'unit', roles: ['coordinator'] },
    prepare: (f) => f.innovation('discontinued'),
    call: (c, _f, p) => c.caller.innovation.reopen({ id: need(p).id, version: need(p).version }),
  },
  'innovation.setPublic': {
    rule: { kind: 'unit', roles: ['unit_head', 'coordinator'] },
    prepare: (f) => f.innovation('need'),
    call: (c, _f, p) =>
      c.caller.innovation.setPublic({ id: need(p).id, version: need(p).version, isPublic: false }),
  },
  'masterplan.overview': { rule: { kind: 'authed' }, call: (c) => c.caller.masterplan.overview() },
  'masterplan.create': {
    rule: coordinatorOnly,
    // The masterplan exists: an allowed caller gets CONFLICT (masterplan_exists).
    prepare: async (f) => f.actionItem(),
    call: (c) =>
      c.caller.masterplan.create({
        title: 'Masterplan Smart City Uji 2026–2035',
        startYear: 2026,
        endYear: 2035,
      }),
  },
  'masterplan.update': {
    rule: coordinatorOnly,
    prepare: async (f) => {
      await f.actionItem();
      return { id: 'masterplan', version: 999 };
    },
    call: (c, _f, p) =>
      c.caller.masterplan.update({
        version: need(p).version,
        title: 'Masterplan Smart City Uji 2023–2032',
        startYear: 2023,
        endYear: 2032,
        vision: 'Sumedang cerdas dan melayani.',
        mission: ['Layanan publik digital'],
        bimtekStage: 'IV',
        bimtekDates: { IV: '2023-11-20' },
        bimtekChecklist: ['team'],
        commitmentStatement: 'Kami berkomitmen melaksanakan rencana induk kota cerdas.',
      }),
  },
  'masterplan.setStrategy': {
    rule: coordinatorOnly,
    prepare: async (f) => f.actionItem(),
    call: (c) =>
      c.caller.masterplan.setStrategy({ dimension: 'governance', text: 'Strategi tata kelola.' }),
  },
  'masterplan.createProgramme': {
    rule: coordinatorOnly,
    prepare: async (f) => f.actionItem(),
    call: (c, f) =>
      c.caller.masterplan.createProgramme({
        dimension: 'governance',
        element: 'public_service',
        name: 'Program layanan uji',
        description: '',
        horizon: 'short',
        leadUnitId: f.unitId,
        startYear: 2024,
        endYear: 2026,
        budget: 1_000_000,
        fundingSource: 'apbd',
        reference: 'RPJMD 2023–2028',
      }),
  },
  'masterplan.updateProgramme': {
    rule: coordinatorOnly,
    call: (c, f) =>
      c.caller.masterplan.updateProgramme({
        id: randomUUID(),
        version: 1,
        dimension: 'governance',
        element: 'public_service',
        name: 'Program layanan uji',
        description: '',
        horizon: 'short',
        leadUnitId: f.unitId,
        startYear: 2024,
        endYear: 2026,
        budget: 1_000_000,
        fundingSource: 'apbd',
        reference: '',
      }),
  },
  'masterplan.createAction': {
    rule: unitWriters,
    call: (c, f) =>
      c.caller.masterplan.createAction({
        programmeId: randomUUID(),
        activity: 'Pelatihan operator layanan',
        year: 2025,
        ownerUnitId: f.unitId,
        outputTarget: '40 operator terlatih',
        budget: 0,
        status: 'planned',
        progressPercent: 0,
      }),
  },
  'masterplan.updateAction': {
    rule: unitWriters,
    prepare: (f) => f.actionItem(),
    call: (c, f, p) =>
      c.caller.masterplan.updateAction({
        id: need(p).id,
        version: need(p).version,
        activity: 'Pelatihan operator layanan',
        year: 2025,
        ownerUnitId: f.unitId,
        outputTarget: '40 operator terlatih',
        budget: 0,
        status: 'in_progress',
        progressPercent: 40,
      }),
  },
  'masterplan.grandDesign': {
    rule: { kind: 'authed' },
    call: (c, f) => c.caller.masterplan.grandDesign({ id: f.unitId }),
  },
  'masterplan.sign': {
    rule: { kind: 'roles', roles: ['unit_head'] },
    prepare: (f) => f.actionItem(),
    call: (c) =>
      c.caller.masterplan.sign({
        signerName: 'Kepala Uji',
        signerNip: '197501012000031001',
        signerPosition: 'Kepala Dinas',
        signedOn: '2023-11-20',
      }),
  },
  'masterplan.withdrawCommitment': {
    rule: coordinatorOnly,
    call: (c, f) =>
      c.caller.masterplan.withdrawCommitment({
        unitId: f.unitId,
        reason: 'Penandatangan tidak lagi menjabat.',
      }),
  },
  'notification.list': {
    rule: { kind: 'authed' },
    call: (c) => c.caller.notification.list({ unreadOnly: true }),
  },
  'notification.markRead': {
    rule: { kind: 'authed' },
    call: (c) => c.caller.notification.markRead({ ids: [randomUUID()] }),
  },
  'notification.markAllRead': {
    rule: { kind: 'authed' },
    call: (c) => c.caller.notification.markAllRead(),
  },
  'progress.add': {
    rule: unitWriters,
    prepare: (f) => f.innovation('quick_win'),
    call: (c, _f, p) =>
      c.caller.progress.add({
        innovationId: need(p).id,
        reportDate: '2026-02-27',
        progressPercent: 30,
        narrative: 'Uji coba berjalan di dua puskesmas.',
        status: 'in_progress',
      }),
  },
  'progress.list': {
    rule: { kind: 'public' },
    prepare: (f) => f.innovation('quick_win'),
    call: (c, _f, p) => c.caller.progress.list({ innovationId: need(p).id }),
  },
  'region.get': { rule: { kind: 'public' }, call: (c) => c.caller.region.get() },
  'region.update': {
    rule: coordinatorOnly,
    call: async (c) =>
      c.caller.region.update({
        name: 'Kabupaten Sumedang',
        kind: 'kabupaten',
        province: 'Jawa Barat',
        code: '32.11',
        branding: 'Sumedang Happy Digital Region',
        version: (await c.caller.region.get())?.version ?? 1,
      }),
  },
  // Public: a refusal is a precise domain error (here CONFLICT already_set_up: the demo region
  // exists), never UNAUTHORIZED or FORBIDDEN.
  'setup.status': {
    rule: { kind: 'public' },
    call: (c) => c.caller.setup.status({ token: 'not-a-setup-token' }),
  },
  'setup.complete': {
    rule: { kind: 'public' },
    call: (c) =>
      c.caller.setup.complete({
        token: 'not-a-setup-token',
        region: {
          name: 'Kabupaten Uji',
          kind: 'kabupaten',
          province: 'Jawa Barat',
          code: '32.99',
          branding: null,
        },
        coordinator: {
          name: 'Koordinator Uji',
          email: 'koordinator.uji@demo.test',
          password: 'Kata-Sandi-Uji-2026',
        },
      }),
  },
  'user.list': { rule: coordinatorOnly, call: (c) => c.caller.user.list() },
  'user.create': {
    rule: coordinatorOnly,
    call: (c, f) =>
      c.caller.user.create({
        name: 'Pengguna Baru',
        email: `baru-${randomUUID()}@demo.test`,
        role: 'unit_staff',
        unitId: f.unitId,
        password: 'kata-sandi-baru',
      }),
  },
  'user.update': {
    rule: coordinatorOnly,
    call: async (c, f) =>
      c.caller.user.update({
        id: f.subject.id,
        version: await f.subject.version(),
        name: 'Nama Baru',
      }),
  },
  'user.deactivate': {
    rule: coordinatorOnly,
    call: async (c, f) =>
      c.caller.user.deactivate({ id: f.subject.id, version: await f.subject.version() }),
  },
  'user.activate': {
    rule: coordinatorOnly,
    call: async (c, f) =>
      c.caller.user.activate({ id: f.subject.id, version: await f.subject.version() }),
  },
  'user.invite': {
    rule: coordinatorOnly,
    call: (c, f) => c.caller.user.invite({ id: f.subject.id }),
  },
  'user.resetPassword': {
    rule: coordinatorOnly,
    call: (c, f) => c.caller.user.resetPassword({ id: f.subject.id, password: 'reset-kata-sandi' }),
  },
};

/** The callers every row is run by: email (null for the public), role, and whether of the record's unit. */
const callers = [
  { label: 'public', email: null, role: null, ownUnit: false },
  {
    label: 'unit_staff of the unit',
    email: 'dinkes.staf@demo.test',
    role: 'unit_staff',
    ownUnit: true,
  },
  {
    label: 'unit_staff of another unit',
    email: 'kominfo.staf@demo.test',
    role: 'unit_staff',
    ownUnit: false,
  },
  {
    label: 'unit_head of the unit',
    email: 'dinkes.kepala@demo.test',
    role: 'unit_head',
    ownUnit: true,
  },
  {
    label: 'unit_head of another unit',
    email: 'kominfo.kepala@demo.test',
    role: 'unit_head',
    ownUnit: false,
  },
  { label: 'coordinator', email: 'koordinator@demo.test', role: 'coordinator', ownUnit: false },
  { label: 'evaluator', email: 'penilai@demo.test', role: 'evaluator', ownUnit: false },
  { label: 'leader', email: 'bupati@demo.test', role: 'leader', ownUnit: false },
] as const;

type Expected = 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN';

function expected(rule: Rule, caller: (typeof callers)[number]): Expected {
  if (rule.kind === 'public') return 'allowed';
  if (caller.role === null) return 'UNAUTHORIZED';
  if (rule.kind === 'authed') return 'allowed';
  if (!rule.roles.includes(caller.role)) return 'FORBIDDEN';
  if (rule.kind === 'unit' && caller.role !== 'coordinator' && !caller.ownUnit) return 'FORBIDDEN';
  return 'allowed';
}

describe('the access matrix', () => {
  it('has a row for every procedure of the API', () => {
    expect(Object.keys(matrix).sort()).toEqual(Object.keys(appRouter._def.procedures).sort());
  });
});

/**
 * `auth.me` sends capabilities (the domain's `capabilitiesOf`) that the SPA's navigation and
 * guards read: each must allow exactly the roles the API allows for the procedures behind it.
 */
describe('the capabilities of auth.me', () => {
  const behind: Partial<Record<Capability, readonly string[]>> = {
    manageUnits: ['unit.create', 'unit.update', 'unit.setActive', 'unit.merge'],
    manageUsers: ['user.create', 'user.update', 'user.invite', 'user.deactivate'],
    manageRegion: ['region.update'],
    importData: ['dataImport.list', 'dataImport.byId'],
    manageMasterplan: ['masterplan.create', 'masterplan.update', 'masterplan.createProgramme'],
    viewEvaluation: ['evaluation.rounds'],
    viewRoundResults: ['evaluation.round'],
    manageRounds: ['evaluation.createRound', 'evaluation.openRound', 'evaluation.recordOutcome'],
    evaluate: ['evaluation.inbox', 'evaluation.submit'],
    signCommitment: ['masterplan.sign'],
  };

  it('allow exactly the roles of the procedures behind them', () => {
    for (const [capability, procedures] of Object.entries(behind)) {
      const holders = roles.filter(
        (role) => capabilitiesOf({ role, unitId: 'u1' })[capability as Capability],
      );
      for (const name of procedures) {
        const rule = matrix[name]?.rule;
        expect(rule?.kind, `${name} (${capability})`).toBe('roles');
        if (rule?.kind !== 'roles') continue;
        expect([...rule.roles].sort(), `${name} (${capability})`).toEqual([...holders].sort());
      }
    }
  });

  it('let create innovations and act for a unit exactly the unit writers', () => {
    for (const name of ['innovation.create', 'masterplan.createAction']) {
      const rule = matrix[name]?.rule;
      expect(rule?.kind).toBe('unit');
      if (rule?.kind !== 'unit') continue;
      const writers = roles.filter(
        (role) => capabilitiesOf({ role, unitId: 'u1' }).createInnovation,
      );
      expect([...rule.roles].sort()).toEqual([...writers].sort());
      const ownOrAny = roles.filter((role) => {
        const can = capabilitiesOf({ role, unitId: 'u1' });
        return can.actForOwnUnit || can.actForAnyUnit;
      });
      expect([...rule.roles].sort()).toEqual([...ownOrAny].sort());
    }
  });

  it('are sent with the user', async () => {
    const api = await openTestApi(testDatabaseFactories()[0]!);
    try {
      const head = await (await api.as('dinkes.kepala@demo.test')).caller.auth.me();
      expect(head?.capabilities).toEqual(capabilitiesOf(head!.user));
      expect(head?.capabilities).toMatchObject({ signCommitment: true, manageUsers: false });
      const coordinator = await (await api.as('koordinator@demo.test')).caller.auth.me();
      expect(coordinator?.capabilities).toMatchObject({ manageUsers: true, signCommitment: false });
    } finally {
      await api.close();
    }
  });
});

describe.each(testDatabaseFactories())('access by role and unit on $dialect', (factory) => {
  let api: TestApi;
  let fixture: Fixture;

  beforeAll(async () => {
    api = await openTestApi(factory);
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    const dinkes = await findUnitByCode(api.handle.db, region!.id, 'dinkes');
    const subject = await insertUser(
      api.handle.db,
      {
        name: 'Subjek Uji',
        email: 'subjek@demo.test',
        nip: null,
        role: 'unit_staff',
        unitId: dinkes!.id,
        passwordHash: 'x',
      },
      api.clock.now(),
    );
    fixture = {
      innovation: (stage = 'problem') =>
        insertTestInnovation(api.handle.db, {
          unitId: dinkes!.id,
          createdBy: subject.id,
          stage,
          isPublic: true,
        }),
      actionItem: async () => {
        const db = api.handle.db;
        let plan = await findMasterplan(db);
        if (!plan) {
          await insertMasterplan(db, {
            plan: {
              id: randomUUID(),
              regionId: region!.id,
              title: 'Masterplan Smart City Uji 2023–2032',
              startYear: 2023,
              endYear: 2032,
              vision: 'Sumedang cerdas.',
              mission: [],
              bimtekStage: null,
              bimtekDates: {},
              bimtekChecklist: [],
              commitmentStatement: 'Kami berkomitmen melaksanakan rencana induk kota cerdas.',
            },
            at: api.clock.now(),
            actorUserId: null,
          });
          plan = await findMasterplan(db);
        }
        const programmeId = randomUUID();
        await insertProgrammes(db, {
          programmes: [
            {
              id: programmeId,
              masterplanId: plan!.id,
              dimension: 'governance',
              element: 'public_service',
              name: 'Program uji',
              description: '',
              horizon: 'short',
              leadUnitId: dinkes!.id,
              supportingUnitIds: [],
              startYear: 2024,
              endYear: 2026,
              budget: 0,
              fundingSource: 'apbd',
              reference: '',
              innovationIds: [],
            },
          ],
          at: api.clock.now(),
          actorUserId: null,
        });
        const id = randomUUID();
        await insertActions(db, {
          actions: [
            {
              id,
              programmeId,
              activity: 'Pelatihan operator',
              year: 2025,
              ownerUnitId: dinkes!.id,
              outputTarget: '40 operator',
              budget: 0,
              status: 'planned',
              progressPercent: 0,
            },
          ],
          at: api.clock.now(),
          actorUserId: null,
        });
        return { id, version: 1 };
      },
      unitId: dinkes!.id,
      subject: {
        id: subject.id,
        version: async () => (await findUserById(api.handle.db, subject.id))!.version,
      },
    };
  });
  afterAll(() => api.close());

  /** A fresh session for the caller, stored directly (no password check: this is about access). */
  async function clientFor(email: string | null): Promise<TestClient> {
    if (email === null) return api.client();
    const { user } = (await findCredentialsByEmail(api.handle.db, email))!;
    const token = newSessionToken();
    await insertSession(
      api.handle.db,
      { id: sessionIdOf(token), userId: user.id, clientAddress: null, userAgent: null },
      api.clock.now(),
    );
    const cookies = new MemoryCookieJar();
    cookies.set(sessionCookieName, token, {
      httpOnly: true,
      secure: false,
      sameSite: 'lax',
      path: '/',
    });
    return api.client({ cookies });
  }

  const cases = Object.entries(matrix).flatMap(([path, row]) =>
    callers.map((caller) => ({ path, row, caller, outcome: expected(row.rule, caller) })),
  );

  it.each(cases)('$path by $caller.label: $outcome', async ({ row, caller, outcome }) => {
    const client = await clientFor(caller.email);
    const prepared = row.prepare ? await row.prepare(fixture) : undefined;
    const before = outcome === 'allowed' ? null : await snapshotDatabase(api.handle.db);
    const error = await row.call(client, fixture, prepared).then(
      () => null,
      (e: unknown) => e,
    );
    if (outcome === 'allowed') {
      const code = error instanceof TRPCError ? error.code : null;
      expect(
        code === 'UNAUTHORIZED' || code === 'FORBIDDEN',
        `refused with ${String(code)}: ${String(error)}`,
      ).toBe(false);
      if (error !== null)
        expect(error, 'allowed calls fail only with domain errors').toBeInstanceOf(TRPCError);
    } else {
      expect(error).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code).toBe(outcome);
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    }
  });
});
