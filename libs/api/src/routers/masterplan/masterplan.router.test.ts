import { randomUUID } from 'node:crypto';
import { findRegionByName, findUnitByCode, insertMasterplan } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { failure } from '../../testing/refusal';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';

describe.each(testDatabaseFactories())('masterplan on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let staff: TestClient;
  let head: TestClient;
  let otherStaff: TestClient;
  let dinkesId: string;
  let kominfoId: string;

  const programmeInput = () => ({
    dimension: 'living' as const,
    element: 'health' as const,
    name: 'Layanan kesehatan digital terpadu',
    description: 'Pendaftaran, rujukan dan rekam medis daring di puskesmas.',
    horizon: 'short' as const,
    leadUnitId: dinkesId,
    supportingUnitIds: [kominfoId],
    startYear: 2024,
    endYear: 2026,
    budget: 900_000_000,
    fundingSource: 'apbd' as const,
    reference: 'RPJMD 2023–2028 Misi 2',
  });
  const actionInput = (programmeId: string, over: Record<string, unknown> = {}) => ({
    programmeId,
    activity: 'Pendaftaran daring di 35 puskesmas',
    year: 2025,
    ownerUnitId: dinkesId,
    outputTarget: '35 puskesmas melayani pendaftaran daring',
    budget: 300_000_000,
    status: 'in_progress' as const,
    progressPercent: 40,
    ...over,
  });

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    staff = await api.as('dinkes.staf@demo.test');
    head = await api.as('dinkes.kepala@demo.test');
    otherStaff = await api.as('kominfo.staf@demo.test');
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(api.handle.db, region!.id, 'dinkes'))!.id;
    kominfoId = (await findUnitByCode(api.handle.db, region!.id, 'diskominfosanditik'))!.id;
    expect((await staff.caller.masterplan.overview()).masterplan).toBeNull();
    await insertMasterplan(api.handle.db, {
      plan: {
        id: randomUUID(),
        regionId: region!.id,
        title: 'Masterplan Smart City Kabupaten Sumedang 2023–2032',
        startYear: 2023,
        endYear: 2032,
        vision: 'Sumedang Simpati: sejahtera, agamis, maju, profesional dan kreatif.',
        mission: ['Layanan publik digital yang mudah'],
        bimtekStage: 'IV',
        bimtekDates: {},
        bimtekChecklist: [],
        commitmentStatement: 'Kami berkomitmen melaksanakan rencana induk kota cerdas Sumedang.',
      },
      at: api.clock.now(),
      actorUserId: null,
    });
  });
  afterAll(() => api.close());

  it('adds a programme and action items, and rolls their progress up by budget', async () => {
    const programme = await coordinator.caller.masterplan.createProgramme(programmeInput());
    await coordinator.caller.masterplan.createAction(actionInput(programme.id));
    // The unit adds an item it will execute itself.
    await staff.caller.masterplan.createAction(
      actionInput(programme.id, {
        activity: 'Rekam medis elektronik di RSUD',
        budget: 100_000_000,
        status: 'done',
        progressPercent: 100,
      }),
    );
    const overview = await head.caller.masterplan.overview();
    const view = overview.programmes.find((p) => p.id === programme.id);
    // (40 × 300 + 100 × 100) / 400 = 55.
    expect(view?.progress).toBe(55);
    expect(overview.progressByDimension.living).toBe(55);
    expect(overview.progressByDimension.economy).toBeNull();
    const design = await otherStaff.caller.masterplan.grandDesign({ id: kominfoId });
    expect(design.programmes.map((p) => p.id)).toEqual([programme.id]);
  });

  it('refuses years outside the period and horizons too short, and changes nothing', async () => {
    const before = await snapshotDatabase(api.handle.db);
    const outside = await failure(
      coordinator.caller.masterplan.createProgramme({
        ...programmeInput(),
        startYear: 2022,
        endYear: 2024,
      }),
    );
    expect(outside.code).toBe('BAD_REQUEST');
    const tooLong = await failure(
      coordinator.caller.masterplan.createProgramme({
        ...programmeInput(),
        horizon: 'quick_win',
        startYear: 2024,
        endYear: 2025,
      }),
    );
    expect(tooLong.code).toBe('BAD_REQUEST');
    expect(tooLong.message).toBe('Check endYear: quick win spans years');
    const unknownUnit = await failure(
      coordinator.caller.masterplan.createProgramme({
        ...programmeInput(),
        supportingUnitIds: [randomUUID()],
      }),
    );
    expect(unknownUnit.code).toBe('BAD_REQUEST');
    expect(unknownUnit.message).toBe('Unknown unit');
    const unknownInnovation = await failure(
      coordinator.caller.masterplan.createProgramme({
        ...programmeInput(),
        innovationIds: [randomUUID()],
      }),
    );
    expect(unknownInnovation.message).toBe('Unknown innovation');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });

  it('lets a unit update its own action items only, and never hand them to another unit', async () => {
    const programme = await coordinator.caller.masterplan.createProgramme(programmeInput());
    const action = await coordinator.caller.masterplan.createAction(actionInput(programme.id));
    const update = (over: Record<string, unknown>) => ({
      id: action.id,
      version: action.version,
      activity: action.activity,
      year: action.year,
      ownerUnitId: dinkesId,
      outputTarget: action.outputTarget,
      budget: action.budget,
      status: 'in_progress' as const,
      progressPercent: 70,
      ...over,
    });
    const before = await snapshotDatabase(api.handle.db);
    expect((await failure(otherStaff.caller.masterplan.updateAction(update({})))).code).toBe(
      'FORBIDDEN',
    );
    expect(
      (await failure(staff.caller.masterplan.updateAction(update({ ownerUnitId: kominfoId }))))
        .code,
    ).toBe('FORBIDDEN');
    expect(
      (await failure(staff.caller.masterplan.updateAction(update({ status: 'done' })))).code,
    ).toBe('BAD_REQUEST');
    expect(
      (await failure(otherStaff.caller.masterplan.createAction(actionInput(programme.id)))).code,
    ).toBe('FORBIDDEN');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    const updated = await staff.caller.masterplan.updateAction(update({}));
    expect(updated).toMatchObject({ progressPercent: 70, version: action.version + 1 });
    const stale = await failure(staff.caller.masterplan.updateAction(update({})));
    expect(stale.code).toBe('CONFLICT');
  });

  it('shows action items past their year among the dashboard’s overdue items', async () => {
    const programme = await coordinator.caller.masterplan.createProgramme({
      ...programmeInput(),
      name: 'Program dengan rencana aksi terlambat',
    });
    // The test clock is in 2026: an item of 2024 not done is overdue.
    const late = await coordinator.caller.masterplan.createAction(
      actionInput(programme.id, { year: 2024, status: 'delayed', progressPercent: 60 }),
    );
    const summary = await head.caller.dashboard.summary({ unitId: dinkesId });
    expect(summary.overdueActions.items.map((a) => a.id)).toContain(late.id);
    expect(summary.overdueActions.items.find((a) => a.id === late.id)?.programmeName).toBe(
      'Program dengan rencana aksi terlambat',
    );
    const overview = await head.caller.masterplan.overview();
    expect(overview.actions.find((a) => a.id === late.id)?.overdue).toBe(true);
  });

  it('lets a unit head sign once for their unit; a coordinator withdraws with a reason', async () => {
    const signature = {
      signerName: 'dr. Kepala Dinas (Demo)',
      signerNip: '197501012000031001',
      signerPosition: 'Kepala Dinas Kesehatan',
      signedOn: '2023-11-20',
    };
    expect((await failure(staff.caller.masterplan.sign(signature))).code).toBe('FORBIDDEN');
    const signed = await head.caller.masterplan.sign(signature);
    expect(signed.unitId).toBe(dinkesId);
    expect(signed.statement).toBe(
      'Kami berkomitmen melaksanakan rencana induk kota cerdas Sumedang.',
    );
    const again = await failure(head.caller.masterplan.sign(signature));
    expect(again.code).toBe('CONFLICT');
    const badNip = await failure(head.caller.masterplan.sign({ ...signature, signerNip: '123' }));
    expect(badNip.code).toBe('BAD_REQUEST');
    let overview = await head.caller.masterplan.overview();
    expect(overview.commitments.signedUnitIds).toEqual([dinkesId]);
    expect(overview.commitments.unitCount).toBe(55);

    const noReason = await failure(
      coordinator.caller.masterplan.withdrawCommitment({ unitId: dinkesId, reason: 'x' }),
    );
    expect(noReason.code).toBe('BAD_REQUEST');
    await coordinator.caller.masterplan.withdrawCommitment({
      unitId: dinkesId,
      reason: 'Kepala dinas berganti; penandatanganan ulang.',
    });
    overview = await head.caller.masterplan.overview();
    expect(overview.commitments.signedUnitIds).toEqual([]);
    expect(overview.commitments.all[0]).toMatchObject({
      withdrawalReason: 'Kepala dinas berganti; penandatanganan ulang.',
    });
    await head.caller.masterplan.sign({ ...signature, signerName: 'Kepala Dinas Baru (Demo)' });
    expect((await head.caller.masterplan.overview()).commitments.signedUnitIds).toEqual([dinkesId]);
    const none = await failure(
      coordinator.caller.masterplan.withdrawCommitment({
        unitId: kominfoId,
        reason: 'Belum pernah menandatangani.',
      }),
    );
    expect(none.code).toBe('NOT_FOUND');
  });
});
