import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { seedDemoData } from '../seed/demo-seed';
import { testDatabaseFactories } from '../testing';
import {
  countUserSessions,
  deleteExpiredSessions,
  deleteSession,
  deleteUserSessions,
  findSessionWithUser,
  insertSession,
  touchSession,
} from './session.repository';
import { findCredentialsByEmail } from './user.repository';

const t0 = new Date('2026-03-02T09:00:00.000Z');
const t1 = new Date('2026-03-02T11:00:00.000Z');

describe.each(testDatabaseFactories())('session repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let userId: string;

  beforeAll(async () => {
    handle = await open();
    await seedDemoData(handle.db, t0, { demoPasswordHash: 'h' });
    userId = (await findCredentialsByEmail(handle.db, 'dinkes.staf@demo.test'))!.user.id;
  });
  afterAll(() => handle.close());

  it('stores a session and finds it with its user', async () => {
    await insertSession(
      handle.db,
      { id: 's1', userId, clientAddress: '10.0.0.1', userAgent: 'test' },
      t0,
    );
    const found = await findSessionWithUser(handle.db, 's1');
    expect(found?.session).toEqual({ id: 's1', userId, createdAt: t0, lastSeenAt: t0 });
    expect(found?.user.email).toBe('dinkes.staf@demo.test');
    expect(await findSessionWithUser(handle.db, 'unknown')).toBeUndefined();
  });

  it('moves the last-seen time when touched', async () => {
    await touchSession(handle.db, 's1', t1);
    expect((await findSessionWithUser(handle.db, 's1'))?.session.lastSeenAt).toEqual(t1);
  });

  it("deletes a user's other sessions and keeps the one named", async () => {
    await insertSession(handle.db, { id: 's2', userId, clientAddress: null, userAgent: null }, t0);
    await insertSession(handle.db, { id: 's3', userId, clientAddress: null, userAgent: null }, t0);
    expect(await deleteUserSessions(handle.db, userId, 's2')).toBe(2);
    expect(await countUserSessions(handle.db, userId)).toBe(1);
    expect(await findSessionWithUser(handle.db, 's2')).toBeDefined();
  });

  it('deletes one session, and expired ones', async () => {
    await deleteSession(handle.db, 's2');
    expect(await countUserSessions(handle.db, userId)).toBe(0);
    await insertSession(handle.db, { id: 'old', userId, clientAddress: null, userAgent: null }, t0);
    await insertSession(
      handle.db,
      { id: 'fresh', userId, clientAddress: null, userAgent: null },
      t1,
    );
    expect(await deleteExpiredSessions(handle.db, t0, new Date(0))).toBe(1);
    expect(await findSessionWithUser(handle.db, 'fresh')).toBeDefined();
  });
});
