import { randomUUID } from 'node:crypto';
import type { Unit } from '@smartcity/domain';
import { findRegionByName, findUnitByCode } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { failure } from '../../testing/refusal';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';

/**
 * Inactive units keep their history but take no new records: a new innovation, action item,
 * programme role or user for an inactive unit is refused (`unit_inactive`), and so is moving one
 * there; records the unit already has can still be changed.
 */
describe.each(testDatabaseFactories())('inactive units on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let dinkes: Unit;
  let closed: Unit;
  let programmeId: string;
  let closedAction: { id: string; version: number };
  let closedProgramme: Awaited<ReturnType<TestClient['caller']['masterplan']['createProgramme']>>;
  let closedUser: { id: string; version: number };

  const programmeInput = (leadUnitId: string, supportingUnitIds: string[] = []) => ({
    dimension: 'governance' as const,
    element: 'public_service' as const,
    name: 'Program layanan publik terpadu',
    description: '',
    horizon: 'short' as const,
    leadUnitId,
    supportingUnitIds,
    startYear: 2024,
    endYear: 2026,
    budget: 0,
    fundingSource: 'apbd' as const,
    reference: '',
  });
  const actionInput = (ownerUnitId: string) => ({
    activity: 'Pelatihan operator layanan',
    year: 2025,
    ownerUnitId,
    outputTarget: '40 operator terlatih',
    budget: 0,
    status: 'in_progress' as const,
    progressPercent: 20,
  });

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    dinkes = (await findUnitByCode(api.handle.db, region!.id, 'dinkes'))!;
    const unit = await coordinator.caller.unit.create({
      code: 'dinas-tutup',
      name: 'Dinas Yang Ditutup',
      shortName: null,
      type: 'dinas',
    });
    await coordinator.caller.masterplan.create({
      title: 'Masterplan Smart City Uji 2023–2032',
      startYear: 2023,
      endYear: 2032,
    });
    programmeId = (await coordinator.caller.masterplan.createProgramme(programmeInput(dinkes.id)))
      .id;
    // Records the unit has before it closes.
    closedAction = await coordinator.caller.masterplan.createAction({
      programmeId,
      ...actionInput(unit.id),
    });
    closedProgramme = await coordinator.caller.masterplan.createProgramme(
      programmeInput(unit.id, [dinkes.id]),
    );
    closedUser = await coordinator.caller.user.create({
      name: 'Staf Dinas Tutup',
      email: 'staf.tutup@demo.test',
      role: 'unit_staff',
      unitId: unit.id,
      password: 'kata-sandi-awal-1',
    });
    closed = await coordinator.caller.unit.setActive({ id: unit.id, version: 1, active: false });
  });
  afterAll(() => api.close());

  async function refusedAsInactive(call: () => Promise<unknown>, field: string): Promise<void> {
    const before = await snapshotDatabase(api.handle.db);
    const error = await failure(call());
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.cause).toMatchObject({
      details: { reason: 'unit_inactive', field, unitId: closed.id },
    });
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  }

  it('refuses a new innovation for the unit', async () => {
    await refusedAsInactive(
      () =>
        coordinator.caller.innovation.create({
          unitId: closed.id,
          title: 'Inovasi untuk unit tutup',
          summary: 'Ringkasan inovasi untuk unit yang ditutup.',
          dimension: 'governance',
          element: 'public_service',
          jenis: 'digital',
          bentuk: 'public_service',
          inisiator: 'unit',
        }),
      'unitId',
    );
  });

  it('refuses a new action item for the unit, and moving one to it', async () => {
    await refusedAsInactive(
      () => coordinator.caller.masterplan.createAction({ programmeId, ...actionInput(closed.id) }),
      'ownerUnitId',
    );
    const item = await coordinator.caller.masterplan.createAction({
      programmeId,
      ...actionInput(dinkes.id),
    });
    await refusedAsInactive(
      () =>
        coordinator.caller.masterplan.updateAction({
          id: item.id,
          version: item.version,
          ...actionInput(closed.id),
        }),
      'ownerUnitId',
    );
  });

  it('still updates an action item the unit had', async () => {
    const updated = await coordinator.caller.masterplan.updateAction({
      id: closedAction.id,
      version: closedAction.version,
      ...actionInput(closed.id),
      progressPercent: 60,
    });
    expect(updated).toMatchObject({ ownerUnitId: closed.id, progressPercent: 60 });
    closedAction = updated;
  });

  it('refuses the unit as a new lead or supporting unit of a programme', async () => {
    await refusedAsInactive(
      () => coordinator.caller.masterplan.createProgramme(programmeInput(closed.id)),
      'leadUnitId',
    );
    await refusedAsInactive(
      () => coordinator.caller.masterplan.createProgramme(programmeInput(dinkes.id, [closed.id])),
      'supportingUnitIds',
    );
    const current = (await coordinator.caller.masterplan.overview()).programmes.find(
      (p) => p.id === programmeId,
    )!;
    await refusedAsInactive(
      () =>
        coordinator.caller.masterplan.updateProgramme({
          id: programmeId,
          version: current.version,
          ...programmeInput(dinkes.id, [closed.id]),
        }),
      'supportingUnitIds',
    );
  });

  it('still updates a programme the unit already leads', async () => {
    const updated = await coordinator.caller.masterplan.updateProgramme({
      id: closedProgramme.id,
      version: closedProgramme.version,
      ...programmeInput(closed.id, [dinkes.id]),
      budget: 5_000_000,
    });
    expect(updated).toMatchObject({ leadUnitId: closed.id, budget: 5_000_000 });
  });

  it('refuses a new user of the unit, and moving a user to it', async () => {
    await refusedAsInactive(
      () =>
        coordinator.caller.user.create({
          name: 'Staf Baru',
          email: `baru-${randomUUID().slice(0, 6)}@demo.test`,
          role: 'unit_staff',
          unitId: closed.id,
          password: 'kata-sandi-awal-1',
        }),
      'unitId',
    );
    const staff = (await coordinator.caller.user.list({ search: 'dinkes.staf' })).items[0]!;
    await refusedAsInactive(
      () =>
        coordinator.caller.user.update({ id: staff.id, version: staff.version, unitId: closed.id }),
      'unitId',
    );
  });

  it('still edits a user who stays in the unit', async () => {
    const updated = await coordinator.caller.user.update({
      id: closedUser.id,
      version: closedUser.version,
      name: 'Staf Dinas Tutup (arsip)',
      unitId: closed.id,
    });
    expect(updated).toMatchObject({ name: 'Staf Dinas Tutup (arsip)', unitId: closed.id });
  });
});
