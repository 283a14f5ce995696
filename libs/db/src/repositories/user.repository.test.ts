import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { seedDemoData } from '../seed/demo-seed';
import { testDatabaseFactories } from '../testing';
import { findUnitByCode } from './unit.repository';
import { findRegionByName } from './region.repository';
import {
  countUsers,
  findCredentialsByEmail,
  findPasswordHash,
  findUserById,
  insertUser,
  listUsers,
  recordLastLogin,
  setPasswordHash,
  updateUser,
} from './user.repository';

const now = new Date('2026-03-02T09:00:00.000Z');
const later = new Date('2026-03-02T10:00:00.000Z');
const all = { search: null, role: null, unitId: null, includeInactive: true } as const;

describe.each(testDatabaseFactories())('user repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let dinkesId: string;

  beforeAll(async () => {
    handle = await open();
    await seedDemoData(handle.db, now, { demoPasswordHash: 'hash-demo' });
    const region = await findRegionByName(handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(handle.db, region!.id, 'dinkes'))!.id;
  });
  afterAll(() => handle.close());

  it('inserts a user with a lower-case email and reads it back without the hash', async () => {
    const user = await insertUser(
      handle.db,
      {
        name: 'Dewi Lestari',
        email: 'Dewi@Example.TEST',
        nip: '198701012010012001',
        role: 'unit_staff',
        unitId: dinkesId,
        passwordHash: 'h1',
      },
      now,
    );
    expect(user).toEqual({
      id: expect.any(String),
      name: 'Dewi Lestari',
      email: 'dewi@example.test',
      nip: '198701012010012001',
      role: 'unit_staff',
      unitId: dinkesId,
      active: true,
      temporaryCredentials: false,
      version: 1,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
      lastLoginAt: null,
    });
    expect(JSON.stringify(await findUserById(handle.db, user.id))).not.toContain('h1');
    expect((await findCredentialsByEmail(handle.db, ' DEWI@example.test '))?.passwordHash).toBe(
      'h1',
    );
  });

  it('refuses a second user with the same email in another case', async () => {
    await expect(
      insertUser(
        handle.db,
        {
          name: 'Dup',
          email: 'KOORDINATOR@demo.test',
          nip: null,
          role: 'leader',
          unitId: null,
          passwordHash: 'x',
        },
        now,
      ),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('enforces the role and unit pairing in the database too', async () => {
    await expect(
      handle.db
        .insertInto('users')
        .values({
          id: randomUUID(),
          name: 'X',
          email: 'x@y.test',
          nip: null,
          role: 'unit_staff',
          unit_id: null,
          password_hash: 'x',
          active: true,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('lists users with their unit, searching name, email and NIP', async () => {
    const dinkes = await listUsers(handle.db, { ...all, unitId: dinkesId });
    expect(dinkes.map((u) => u.email)).toEqual([
      'dewi@example.test',
      'dinkes.kepala@demo.test',
      'dinkes.staf@demo.test',
    ]);
    expect(dinkes[0]?.unit).toEqual({ id: dinkesId, name: 'Dinas Kesehatan', shortName: 'Dinkes' });
    expect((await listUsers(handle.db, { ...all, search: 'DEWI' })).map((u) => u.name)).toEqual([
      'Dewi Lestari',
    ]);
    expect(
      (await listUsers(handle.db, { ...all, search: '2010012001' })).map((u) => u.name),
    ).toEqual(['Dewi Lestari']);
    expect((await listUsers(handle.db, { ...all, role: 'leader' })).map((u) => u.email)).toEqual([
      'bupati@demo.test',
    ]);
  });

  it('updates with the version read, and refuses a stale version without changing anything', async () => {
    const [dewi] = await listUsers(handle.db, { ...all, search: 'dewi' });
    const { before, after } = await updateUser(handle.db, {
      id: dewi!.id,
      expectedVersion: 1,
      changes: { name: 'Dewi L.', role: 'unit_head' },
      now: later,
    });
    expect(before.name).toBe('Dewi Lestari');
    expect(after).toMatchObject({
      name: 'Dewi L.',
      role: 'unit_head',
      version: 2,
      updatedAt: later.toISOString(),
    });
    await expect(
      updateUser(handle.db, {
        id: dewi!.id,
        expectedVersion: 1,
        changes: { name: 'Stale' },
        now: later,
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { currentVersion: 2 },
    });
    expect((await findUserById(handle.db, dewi!.id))?.name).toBe('Dewi L.');
    await expect(
      updateUser(handle.db, {
        id: randomUUID(),
        expectedVersion: 1,
        changes: { name: 'Nobody' },
        now: later,
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to move a user to an email already in use', async () => {
    const [dewi] = await listUsers(handle.db, { ...all, search: 'dewi' });
    await expect(
      updateUser(handle.db, {
        id: dewi!.id,
        expectedVersion: dewi!.version,
        changes: { email: 'bupati@demo.test' },
        now: later,
      }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { field: 'email' },
    });
  });

  it('hides inactive users unless asked', async () => {
    const [dewi] = await listUsers(handle.db, { ...all, search: 'dewi' });
    await updateUser(handle.db, {
      id: dewi!.id,
      expectedVersion: dewi!.version,
      changes: { active: false },
      now: later,
    });
    expect(await listUsers(handle.db, { ...all, includeInactive: false, search: 'dewi' })).toEqual(
      [],
    );
    expect(await listUsers(handle.db, { ...all, search: 'dewi' })).toHaveLength(1);
  });

  it('replaces the password hash and records the last login', async () => {
    const [staf] = await listUsers(handle.db, { ...all, search: 'dinkes.staf' });
    await setPasswordHash(handle.db, { id: staf!.id, passwordHash: 'new-hash', now: later });
    await recordLastLogin(handle.db, staf!.id, later);
    expect(await findPasswordHash(handle.db, staf!.id)).toBe('new-hash');
    const reread = await findUserById(handle.db, staf!.id);
    expect(reread).toMatchObject({ version: 2, lastLoginAt: later.toISOString() });
    await expect(
      setPasswordHash(handle.db, { id: randomUUID(), passwordHash: 'x', now: later }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('counts users by role', async () => {
    expect(await countUsers(handle.db, 'coordinator')).toBe(1);
    expect(await countUsers(handle.db, 'evaluator')).toBe(2);
    // The 8 demo accounts and the one user inserted above.
    expect(await countUsers(handle.db)).toBe(9);
  });
});
