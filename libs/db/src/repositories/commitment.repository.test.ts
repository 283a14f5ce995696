import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { testDatabaseFactories } from '../testing';
import {
  buildMasterplan,
  insertRepositoryFixture,
  type RepositoryFixture,
} from '../testing/repository-fixtures';
import {
  findStandingCommitment,
  insertCommitments,
  listCommitments,
  withdrawCommitment,
} from './commitment.repository';
import { insertMasterplan } from './masterplan.repository';

const now = new Date('2026-02-02T08:00:00.000Z');
const withdrawnAt = new Date('2026-03-03T09:00:00.000Z');

describe.each(testDatabaseFactories())('commitment repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let f: RepositoryFixture;
  let masterplanId: string;

  beforeAll(async () => {
    handle = await open();
    f = await insertRepositoryFixture(handle.db, now);
    const plan = buildMasterplan(f.regionId);
    await insertMasterplan(handle.db, { plan, at: now, actorUserId: null });
    masterplanId = plan.id;
  });
  afterAll(async () => handle.close());

  const signature = (unitId: string, signedAt: string) => ({
    id: randomUUID(),
    unitId,
    signerName: 'dr. Siti Aminah',
    signerNip: '198001012005012001',
    signerPosition: 'Kepala Dinas',
    signedOn: signedAt.slice(0, 10),
    statement: 'Kami berkomitmen melaksanakan rencana induk.',
    signedAt,
  });

  it('stores signatures, lists them newest first, finds the standing one, and withdraws it with a reason', async () => {
    const dinkes = signature(f.dinkes, '2026-02-10T08:00:00.000Z');
    const kominfo = signature(f.kominfo, '2026-02-12T08:00:00.000Z');
    await insertCommitments(handle.db, {
      masterplanId,
      commitments: [dinkes, kominfo],
      signedBy: f.coordinator.id,
    });
    await insertCommitments(handle.db, { masterplanId, commitments: [], signedBy: null });
    expect(await listCommitments(handle.db, masterplanId)).toEqual([
      { ...kominfo, withdrawnAt: null, withdrawalReason: null },
      { ...dinkes, withdrawnAt: null, withdrawalReason: null },
    ]);
    expect(await findStandingCommitment(handle.db, masterplanId, f.dinkes)).toEqual({
      id: dinkes.id,
      signedOn: '2026-02-10',
    });

    // One standing signature per unit: the index refuses a second.
    await expect(
      insertCommitments(handle.db, {
        masterplanId,
        commitments: [signature(f.dinkes, now.toISOString())],
        signedBy: null,
      }),
    ).rejects.toThrow();

    expect(
      await withdrawCommitment(handle.db, {
        masterplanId,
        unitId: f.dinkes,
        reason: 'Pejabat berganti',
        at: withdrawnAt,
        actorUserId: f.coordinator.id,
      }),
    ).toBe(true);
    expect(
      await withdrawCommitment(handle.db, {
        masterplanId,
        unitId: f.dinkes,
        reason: 'Lagi',
        at: withdrawnAt,
        actorUserId: f.coordinator.id,
      }),
    ).toBe(false);
    expect(await findStandingCommitment(handle.db, masterplanId, f.dinkes)).toBeNull();
    const listed = await listCommitments(handle.db, masterplanId);
    expect(listed.find((c) => c.id === dinkes.id)).toMatchObject({
      withdrawnAt: withdrawnAt.toISOString(),
      withdrawalReason: 'Pejabat berganti',
    });
    // Withdrawn, the unit may sign again.
    const again = signature(f.dinkes, '2026-03-04T08:00:00.000Z');
    await insertCommitments(handle.db, { masterplanId, commitments: [again], signedBy: null });
    expect((await findStandingCommitment(handle.db, masterplanId, f.dinkes))?.id).toBe(again.id);
  });
});
