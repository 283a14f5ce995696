import { randomUUID } from 'node:crypto';
import { listEvents } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRouter } from '../../app-router';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { failure } from '../../testing/refusal';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';
import { openWithTemporaryCredentials } from '../../trpc';

type AnyCall = (input?: unknown) => Promise<unknown>;

/** The caller's function for a procedure path such as `unit.list`. */
function procedureOf(client: TestClient, path: string): AnyCall {
  let target: unknown = client.caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  return target as AnyCall;
}

describe.each(testDatabaseFactories())('temporary credentials on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let dinkesId: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    dinkesId = (await coordinator.caller.unit.list({ search: 'Dinas Kesehatan' })).items[0]!.id;
  });
  afterAll(() => api.close());

  /** A unit staff account whose first password a coordinator set, logged in. */
  async function withFirstPassword() {
    const email = `tiara-${randomUUID().slice(0, 8)}@sumedangkab.go.id`;
    const password = 'Kata-Sandi-Awal-1';
    const user = await coordinator.caller.user.create({
      name: 'Tiara Dewi',
      email,
      role: 'unit_staff',
      unitId: dinkesId,
      password,
    });
    return { user, email, password, session: await api.as(email, password) };
  }

  it('marks an account whose password a coordinator set, and says so to its user', async () => {
    const { user, session } = await withFirstPassword();
    expect(user.temporaryCredentials).toBe(true);
    const me = await session.caller.auth.me();
    expect(me?.user).toMatchObject({ id: user.id, temporaryCredentials: true });
    expect(JSON.stringify(me)).not.toMatch(/argon2|password/i);
  });

  it('refuses every other procedure until the password is changed, changing nothing', async () => {
    const { session } = await withFirstPassword();
    const paths = Object.keys(appRouter._def.procedures).filter(
      (path) => !openWithTemporaryCredentials.has(path),
    );
    expect(paths.length).toBeGreaterThan(50);
    const before = await snapshotDatabase(api.handle.db);
    for (const path of paths) {
      const error = await procedureOf(
        session,
        path,
      )({}).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error, path).toBeInstanceOf(TRPCError);
      expect((error as TRPCError).code, path).toBe('FORBIDDEN');
      expect((error as TRPCError).cause, path).toMatchObject({
        details: { reason: 'password_change_required' },
      });
    }
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });

  it('lets the user log out, and the public still reads what is public', async () => {
    const { session } = await withFirstPassword();
    expect((await api.client().caller.unit.list()).total).toBe(55);
    // The region's profile, which the password page shows, stays readable.
    expect((await session.caller.region.get())?.name).toBe('Kabupaten Sumedang');
    expect(await session.caller.auth.logout()).toEqual({ loggedOut: true });
    expect(await session.caller.auth.me()).toBeNull();
    expect((await session.caller.unit.list()).total).toBe(55);
  });

  it('ends with a change of the password by the user, who may then do everything their role may', async () => {
    const { user, session, password } = await withFirstPassword();
    const refusedBefore = await failure(session.caller.dashboard.summary({}));
    expect(refusedBefore.code).toBe('FORBIDDEN');
    await session.caller.auth.changePassword({
      currentPassword: password,
      newPassword: 'Pilihan-Tiara-Sendiri',
    });
    expect((await session.caller.auth.me())?.user.temporaryCredentials).toBe(false);
    expect((await session.caller.dashboard.summary({})).total).toBeGreaterThanOrEqual(0);
    const [changed] = (
      await listEvents(api.handle.db, { entityType: 'user', entityId: user.id })
    ).filter((e) => e.action === 'user.password_changed');
    expect(changed?.after).toMatchObject({ temporaryCredentialsEnded: true });
  });

  it('comes back when a coordinator resets the password, and not for a demo account', async () => {
    const staff = await api.as('dinkes.staf@demo.test');
    const me = (await staff.caller.auth.me())!.user;
    expect(me.temporaryCredentials).toBe(false);
    await coordinator.caller.user.resetPassword({ id: me.id, password: 'Reset-Oleh-Koordinator' });
    const again = await api.as('dinkes.staf@demo.test', 'Reset-Oleh-Koordinator');
    expect((await again.caller.auth.me())?.user.temporaryCredentials).toBe(true);
    expect((await failure(again.caller.innovation.list({}))).code).toBe('FORBIDDEN');
  });
});
