import { randomUUID } from 'node:crypto';
import {
  defaultRubric,
  defaultThresholds,
  type DimensionKey,
  type ElementKey,
  type OutcomeOrNone,
  type Stage,
  type Unit,
} from '@smartcity/domain';
import {
  findCredentialsByEmail,
  findRegionByName,
  findUnitByCode,
  insertAssignment,
  insertCommitments,
  insertRound,
  insertRoundInnovation,
  listEvents,
} from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { insertTestInnovation } from '../../testing/innovation-fixtures';
import { failure } from '../../testing/refusal';
import { openTestApi, testNow, type TestApi, type TestClient } from '../../testing/test-api';

type Summary = Awaited<ReturnType<TestClient['caller']['dashboard']['summary']>>;

/** Adds two records of counts key by key. */
function sum<K extends string>(a: Readonly<Record<K, number>>, b: Readonly<Record<K, number>>) {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])] as K[];
  return Object.fromEntries(keys.map((k) => [k, (a[k] ?? 0) + (b[k] ?? 0)]));
}

/** The figures of a unit's summary that a merge must add up. */
function figures(summary: Summary) {
  return {
    total: summary.total,
    byDimension: summary.counts.byDimension as Record<DimensionKey, number>,
    byElement: summary.counts.byElement as Record<ElementKey, number>,
    byStage: summary.counts.byStage as Record<Stage, number>,
    byOutcome: summary.counts.byOutcome as Record<OutcomeOrNone, number>,
    stale: summary.stale.total,
    overdue: summary.overdue.total,
    quickWins: summary.quickWins.total,
    trend: Object.fromEntries(
      summary.trend.map((row) => [
        row.month,
        row.created * 10_000 + row.advanced * 100 + row.evaluated,
      ]),
    ) as Record<string, number>,
    overdueActions: summary.overdueActions.total,
  };
}

describe.each(testDatabaseFactories())('unit.merge on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let head: TestClient;
  let regionId: string;
  let dinkes: Unit;
  let kominfo: Unit;
  let bapppedaId: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    head = await api.as('dinkes.kepala@demo.test');
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    regionId = region!.id;
    dinkes = (await findUnitByCode(api.handle.db, regionId, 'dinkes'))!;
    kominfo = (await findUnitByCode(api.handle.db, regionId, 'diskominfosanditik'))!;
    bapppedaId = (await findUnitByCode(api.handle.db, regionId, 'bapppeda'))!.id;
    await coordinator.caller.masterplan.create({
      title: 'Masterplan Smart City Kabupaten Sumedang 2023–2032',
      startYear: 2023,
      endYear: 2032,
    });
  });
  afterAll(() => api.close());

  const newUnit = (name: string) =>
    coordinator.caller.unit.create({
      code: `uji-${randomUUID().slice(0, 8)}`,
      name,
      shortName: null,
      type: 'dinas',
    });

  const programme = (leadUnitId: string, supportingUnitIds: string[]) =>
    coordinator.caller.masterplan.createProgramme({
      dimension: 'governance',
      element: 'public_service',
      name: `Program layanan ${randomUUID().slice(0, 6)}`,
      description: '',
      horizon: 'short',
      leadUnitId,
      supportingUnitIds,
      startYear: 2024,
      endYear: 2026,
      budget: 0,
      fundingSource: 'apbd',
      reference: '',
    });

  const action = (programmeId: string, ownerUnitId: string, year = 2025) =>
    coordinator.caller.masterplan.createAction({
      programmeId,
      activity: 'Pelatihan operator layanan',
      year,
      ownerUnitId,
      outputTarget: '40 operator terlatih',
      budget: 0,
      status: 'in_progress',
      progressPercent: 20,
    });

  it('moves innovations, action items, programme roles and users in one step; the dashboard follows', async () => {
    const db = api.handle.db;
    const source = await newUnit('Dinas Komunikasi Lama');
    // The source's records: two users, three innovations (one advanced, one overdue quick win,
    // one quiet since 2025: stale), programme roles and action items, and a signature.
    const staff = await coordinator.caller.user.create({
      name: 'Staf Kominfo Lama',
      email: 'staf.lama@demo.test',
      role: 'unit_staff',
      unitId: source.id,
      password: 'kata-sandi-awal-1',
    });
    const evaluator = await coordinator.caller.user.create({
      name: 'Penilai Kominfo Lama',
      email: 'penilai.lama@demo.test',
      role: 'evaluator',
      unitId: source.id,
      invite: true,
    });
    const advanced = await insertTestInnovation(db, { unitId: source.id, createdBy: null });
    await coordinator.caller.innovation.advance({ id: advanced.id, version: advanced.version });
    const overdue = await insertTestInnovation(db, {
      unitId: source.id,
      createdBy: null,
      stage: 'quick_win',
    });
    const quiet = await insertTestInnovation(db, {
      unitId: source.id,
      createdBy: null,
      stage: 'problem',
      now: new Date('2025-06-10T08:00:00.000Z'),
    });
    // The successor's own: one sustained innovation and a programme it leads.
    await insertTestInnovation(db, { unitId: kominfo.id, createdBy: null, stage: 'sustained' });
    const led = await programme(source.id, [kominfo.id, dinkes.id]);
    const supported = await programme(dinkes.id, [source.id]);
    const bothRoles = await programme(kominfo.id, [source.id, dinkes.id]);
    const untouched = await programme(dinkes.id, [kominfo.id]);
    const sourceAction = await action(led.id, source.id, 2024);
    const otherAction = await action(supported.id, dinkes.id);
    const plan = (await coordinator.caller.masterplan.overview()).masterplan!;
    await insertCommitments(db, {
      masterplanId: plan.id,
      commitments: [
        {
          id: randomUUID(),
          unitId: source.id,
          signerName: 'Kepala Lama',
          signerNip: '197501012000031001',
          signerPosition: 'Kepala Dinas',
          signedOn: '2023-11-20',
          statement: plan.commitmentStatement,
          signedAt: testNow.toISOString(),
        },
      ],
      signedBy: null,
    });

    const before = {
      source: figures(await coordinator.caller.dashboard.summary({ unitId: source.id })),
      successor: figures(await coordinator.caller.dashboard.summary({ unitId: kominfo.id })),
      all: await coordinator.caller.dashboard.summary({}),
    };
    expect(before.source).toMatchObject({ total: 3, stale: 1, overdue: 1, overdueActions: 1 });
    expect((await coordinator.caller.unit.byId({ id: source.id })).holdings).toEqual({
      innovations: 3,
      actionItems: 1,
      programmes: 3,
      users: 2,
    });

    const answer = await coordinator.caller.unit.merge({
      id: source.id,
      version: source.version,
      successorId: kominfo.id,
    });

    expect(answer.unit).toMatchObject({
      id: source.id,
      active: false,
      successorUnitId: kominfo.id,
      version: source.version + 1,
    });
    expect(answer.successor.id).toBe(kominfo.id);
    expect(answer.moved).toEqual({
      innovationIds: [advanced.id, overdue.id, quiet.id].sort(),
      actionItemIds: [sourceAction.id],
      programmeIds: [led.id, supported.id, bothRoles.id].sort(),
      userIds: [staff.id, evaluator.id].sort(),
    });

    // Everything is the successor's now.
    const innovations = await coordinator.caller.innovation.list({ unitId: kominfo.id });
    expect(innovations.total).toBe(4);
    expect((await coordinator.caller.innovation.list({ unitId: source.id })).total).toBe(0);
    const overview = await coordinator.caller.masterplan.overview();
    const byId = new Map(overview.programmes.map((p) => [p.id, p]));
    expect(byId.get(led.id)).toMatchObject({
      leadUnitId: kominfo.id,
      supportingUnitIds: [dinkes.id],
    });
    expect(byId.get(supported.id)).toMatchObject({
      leadUnitId: dinkes.id,
      supportingUnitIds: [kominfo.id],
    });
    expect(byId.get(bothRoles.id)).toMatchObject({
      leadUnitId: kominfo.id,
      supportingUnitIds: [dinkes.id],
    });
    expect(byId.get(untouched.id)).toMatchObject({ version: untouched.version });
    const actions = new Map(overview.actions.map((a) => [a.id, a]));
    expect(actions.get(sourceAction.id)).toMatchObject({
      ownerUnitId: kominfo.id,
      version: sourceAction.version + 1,
    });
    expect(actions.get(otherAction.id)).toMatchObject({ ownerUnitId: dinkes.id, version: 1 });
    const users = await coordinator.caller.user.list({ unitId: kominfo.id });
    expect(users.items.map((u) => u.id)).toEqual(expect.arrayContaining([staff.id, evaluator.id]));
    // The signature stays the merged unit's, as history; it no longer counts as a unit's.
    expect(overview.commitments.all.map((c) => c.unitId)).toContain(source.id);
    expect(overview.commitments.signedUnitIds).not.toContain(source.id);

    // The unit points to its successor and holds nothing; it takes no new records.
    const merged = await coordinator.caller.unit.byId({ id: source.id });
    expect(merged.successor).toEqual({
      id: kominfo.id,
      name: kominfo.name,
      shortName: kominfo.shortName,
    });
    expect(merged.holdings).toEqual({ innovations: 0, actionItems: 0, programmes: 0, users: 0 });

    // The dashboard: the successor's figures grew by the source's, and the region's are the same.
    const after = {
      source: figures(await coordinator.caller.dashboard.summary({ unitId: source.id })),
      successor: figures(await coordinator.caller.dashboard.summary({ unitId: kominfo.id })),
      all: await coordinator.caller.dashboard.summary({}),
    };
    expect(after.source).toMatchObject({ total: 0, stale: 0, overdue: 0, quickWins: 0 });
    expect(after.successor).toEqual({
      total: before.successor.total + before.source.total,
      byDimension: sum(before.successor.byDimension, before.source.byDimension),
      byElement: sum(before.successor.byElement, before.source.byElement),
      byStage: sum(before.successor.byStage, before.source.byStage),
      byOutcome: sum(before.successor.byOutcome, before.source.byOutcome),
      stale: before.successor.stale + before.source.stale,
      overdue: before.successor.overdue + before.source.overdue,
      quickWins: before.successor.quickWins + before.source.quickWins,
      trend: sum(before.successor.trend, before.source.trend),
      overdueActions: before.successor.overdueActions + before.source.overdueActions,
    });
    expect(after.all.total).toBe(before.all.total);
    expect(after.all.counts.byStage).toEqual(before.all.counts.byStage);
    expect(after.all.trend).toEqual(before.all.trend);
    expect(after.all.counts.byUnit[kominfo.id]).toBe(4);
    expect(after.all.counts.byUnit[source.id]).toBeUndefined();
    expect(after.all.units.total).toBe(before.all.units.total - 1);
    const scorecards = await coordinator.caller.dashboard.units({});
    expect(scorecards.find((s) => s.unitId === kominfo.id)?.innovations).toBe(4);
    expect(scorecards.find((s) => s.unitId === source.id)).toBeUndefined();

    // The log: one event with what moved, and the move on each innovation's timeline.
    const [event] = await listEvents(db, { entityType: 'unit', entityId: source.id }).then((e) =>
      e.filter((x) => x.action === 'unit.merged'),
    );
    expect(event).toMatchObject({
      regionId,
      after: {
        successorUnitId: kominfo.id,
        moved: { innovations: 3, actionItems: 1, programmes: 3, users: 2 },
        innovationIds: answer.moved.innovationIds,
        userIds: answer.moved.userIds,
      },
    });
    const detail = await coordinator.caller.innovation.byId({ id: quiet.id });
    expect(detail.unit.id).toBe(kominfo.id);
    expect(detail.timeline[0]).toMatchObject({
      action: 'innovation.unit_merged',
      before: { unitId: source.id, unitName: 'Dinas Komunikasi Lama' },
      after: { unitId: kominfo.id, unitName: kominfo.name },
    });
    // A merge is not activity: the quiet innovation is still stale.
    expect(after.successor.stale).toBe(before.successor.stale + 1);
  });

  it('refuses a merge into itself, into an inactive unit, a second merge and a stale version, changing nothing', async () => {
    const source = await newUnit('Dinas Uji Penolakan');
    const closed = await newUnit('Dinas Uji Nonaktif');
    await coordinator.caller.unit.setActive({ id: closed.id, version: 1, active: false });
    const merged = await newUnit('Dinas Uji Sudah Digabung');
    await coordinator.caller.unit.merge({ id: merged.id, version: 1, successorId: dinkes.id });
    await insertTestInnovation(api.handle.db, { unitId: source.id, createdBy: null });

    const before = await snapshotDatabase(api.handle.db);
    const cases = [
      [{ id: source.id, version: 1, successorId: source.id }, 'BAD_REQUEST', 'merge_into_itself'],
      [{ id: source.id, version: 1, successorId: closed.id }, 'BAD_REQUEST', 'successor_inactive'],
      [{ id: source.id, version: 1, successorId: merged.id }, 'BAD_REQUEST', 'successor_inactive'],
      [{ id: merged.id, version: 2, successorId: kominfo.id }, 'CONFLICT', 'unit_already_merged'],
      [{ id: source.id, version: 7, successorId: kominfo.id }, 'CONFLICT', 'stale_version'],
    ] as const;
    for (const [input, code, reason] of cases) {
      const error = await failure(coordinator.caller.unit.merge(input));
      expect(error.code, reason).toBe(code);
      expect(error.cause, reason).toMatchObject({ details: { reason } });
    }
    expect(
      (
        await failure(
          coordinator.caller.unit.merge({ id: source.id, version: 1, successorId: randomUUID() }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await failure(
          head.caller.unit.merge({ id: source.id, version: 1, successorId: kominfo.id }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    // A merged unit stays inactive.
    const error = await failure(
      coordinator.caller.unit.setActive({ id: merged.id, version: 2, active: true }),
    );
    expect(error.cause).toMatchObject({ details: { reason: 'unit_merged' } });
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });

  it('refuses a merge that would leave an evaluator scoring an innovation of their own unit', async () => {
    const db = api.handle.db;
    const source = await newUnit('Dinas Uji Konflik');
    const innovation = await insertTestInnovation(db, {
      unitId: source.id,
      createdBy: null,
      stage: 'evaluation',
    });
    const { user: evaluator } = (await findCredentialsByEmail(db, 'penilai.kabupaten@demo.test'))!;
    const roundId = randomUUID();
    const at = testNow.toISOString();
    await insertRound(
      db,
      {
        id: roundId,
        name: 'Evaluasi Quick Win Uji',
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        rubric: defaultRubric,
        thresholds: defaultThresholds,
        status: 'open',
        version: 1,
        createdAt: at,
        updatedAt: at,
      },
      null,
    );
    await insertRoundInnovation(db, {
      roundId,
      innovationId: innovation.id,
      at: testNow,
      actorUserId: evaluator.id,
    });
    await insertAssignment(db, {
      roundId,
      innovationId: innovation.id,
      evaluatorId: evaluator.id,
      at: testNow,
      actorUserId: evaluator.id,
    });
    const before = await snapshotDatabase(db);
    const error = await failure(
      coordinator.caller.unit.merge({ id: source.id, version: 1, successorId: bapppedaId }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.cause).toMatchObject({
      details: { reason: 'merge_conflict_of_interest', assignments: 1 },
    });
    expect(await snapshotDatabase(db)).toEqual(before);
    // Into another unit there is no conflict.
    await coordinator.caller.unit.merge({ id: source.id, version: 1, successorId: dinkes.id });
  });
});
