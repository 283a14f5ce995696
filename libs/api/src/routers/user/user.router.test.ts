import { randomUUID } from 'node:crypto';
import { findCredentialsByEmail, listEvents } from '@smartcity/db';
import { demoPassword } from '@smartcity/demo-data';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { failure } from '../../testing/refusal';

describe.each(testDatabaseFactories())('user router on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let dinkesId: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    dinkesId = (await coordinator.caller.unit.list({ search: 'Dinas Kesehatan' })).items[0]!.id;
  });
  afterAll(() => api.close());

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    name: 'Rina Marlina',
    email: `rina-${randomUUID().slice(0, 8)}@sumedangkab.go.id`,
    nip: '199001012015032001',
    role: 'unit_staff' as const,
    unitId: dinkesId,
    password: 'Rina-Kata-Sandi-1',
    ...overrides,
  });

  describe('create', () => {
    it('creates a user who can then log in, and records who created them', async () => {
      const input = newUser();
      const user = await coordinator.caller.user.create(input);
      expect(user).toMatchObject({
        name: 'Rina Marlina',
        email: input.email,
        role: 'unit_staff',
        unitId: dinkesId,
        active: true,
        version: 1,
      });
      const rina = await api.as(input.email, input.password);
      expect((await rina.caller.auth.me())?.unit?.name).toBe('Dinas Kesehatan');
      const events = await listEvents(api.handle.db, { entityType: 'user', entityId: user.id });
      const { user: koordinator } = (await findCredentialsByEmail(
        api.handle.db,
        'koordinator@demo.test',
      ))!;
      expect(events[0]).toMatchObject({
        action: 'user.created',
        actorUserId: koordinator.id,
        after: { email: input.email },
      });
      expect(JSON.stringify(events)).not.toContain('argon2');
    });

    it('refuses an email already in use (whatever its case) with CONFLICT, changing nothing', async () => {
      const before = await snapshotDatabase(api.handle.db);
      const error = await failure(
        coordinator.caller.user.create(newUser({ email: 'Dinkes.Staf@Demo.test' })),
      );
      expect(error).toMatchObject({ code: 'CONFLICT', message: 'Email already in use' });
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });

    it('refuses bad input precisely', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ unitId: null }, 'BAD_REQUEST'], // unit role without unit
        [{ role: 'leader' }, 'BAD_REQUEST'], // leader with a unit
        [{ unitId: randomUUID() }, 'BAD_REQUEST'], // no such unit
        [{ nip: '123' }, 'BAD_REQUEST'],
        [{ password: 'short' }, 'BAD_REQUEST'],
        [{ role: 'admin' }, 'BAD_REQUEST'],
        [{ isAdmin: true }, 'BAD_REQUEST'],
        [{ name: 'x'.repeat(500) }, 'BAD_REQUEST'],
      ];
      const before = await snapshotDatabase(api.handle.db);
      for (const [overrides, code] of cases) {
        expect(
          (await failure(coordinator.caller.user.create(newUser(overrides) as never))).code,
          JSON.stringify(overrides),
        ).toBe(code);
      }
      const sameAsEmail = newUser();
      const error = await failure(
        coordinator.caller.user.create({ ...sameAsEmail, password: sameAsEmail.email }),
      );
      expect(error.cause).toMatchObject({ details: { problems: ['same_as_email'] } });
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });
  });

  describe('update', () => {
    it('changes a user with the version read, and ends their sessions when the role changes', async () => {
      const input = newUser();
      const user = await coordinator.caller.user.create(input);
      const session = await api.as(input.email, input.password);
      const updated = await coordinator.caller.user.update({
        id: user.id,
        version: 1,
        role: 'unit_head',
        name: 'Rina M.',
      });
      expect(updated).toMatchObject({ role: 'unit_head', name: 'Rina M.', version: 2 });
      expect(await session.caller.auth.me()).toBeNull();
      const events = await listEvents(api.handle.db, { entityType: 'user', entityId: user.id });
      expect(events.at(-1)).toMatchObject({
        action: 'user.updated',
        before: { role: 'unit_staff' },
        after: { role: 'unit_head' },
      });
    });

    it('answers CONFLICT for a stale version and changes nothing', async () => {
      const user = await coordinator.caller.user.create(newUser());
      await coordinator.caller.user.update({ id: user.id, version: 1, name: 'First' });
      const before = await snapshotDatabase(api.handle.db);
      const error = await failure(
        coordinator.caller.user.update({ id: user.id, version: 1, name: 'Second' }),
      );
      expect(error).toMatchObject({
        code: 'CONFLICT',
        message: 'The user was changed by someone else',
      });
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });

    it('checks the role and unit as they will be after the change', async () => {
      const user = await coordinator.caller.user.create(newUser());
      expect(
        (
          await failure(
            coordinator.caller.user.update({ id: user.id, version: 1, role: 'coordinator' }),
          )
        ).code,
      ).toBe('BAD_REQUEST');
      const moved = await coordinator.caller.user.update({
        id: user.id,
        version: 1,
        role: 'coordinator',
        unitId: null,
      });
      expect(moved).toMatchObject({ role: 'coordinator', unitId: null });
    });

    it("answers NOT_FOUND for an unknown id and refuses changing one's own role", async () => {
      expect(
        (
          await failure(
            coordinator.caller.user.update({ id: randomUUID(), version: 1, name: 'X Y' }),
          )
        ).code,
      ).toBe('NOT_FOUND');
      const me = (await coordinator.caller.auth.me())!.user;
      expect(
        (
          await failure(
            coordinator.caller.user.update({ id: me.id, version: me.version, role: 'leader' }),
          )
        ).code,
      ).toBe('BAD_REQUEST');
    });
  });

  describe('deactivate and activate', () => {
    it('ends the sessions of a deactivated user and refuses their login; activation lets them back', async () => {
      const input = newUser();
      const user = await coordinator.caller.user.create(input);
      const session = await api.as(input.email, input.password);
      const off = await coordinator.caller.user.deactivate({ id: user.id, version: user.version });
      expect(off.active).toBe(false);
      expect(await session.caller.auth.me()).toBeNull();
      expect(
        (
          await failure(
            api.client().caller.auth.login({ email: input.email, password: input.password }),
          )
        ).code,
      ).toBe('FORBIDDEN');
      await coordinator.caller.user.activate({ id: user.id, version: off.version });
      await expect(api.as(input.email, input.password)).resolves.toBeDefined();
    });

    it('refuses deactivating oneself', async () => {
      const me = (await coordinator.caller.auth.me())!.user;
      const error = await failure(
        coordinator.caller.user.deactivate({ id: me.id, version: me.version }),
      );
      expect(error).toMatchObject({
        code: 'BAD_REQUEST',
        message: 'You cannot deactivate your own account',
      });
    });
  });

  describe('resetPassword', () => {
    it('sets a new password and ends every session of the user', async () => {
      const input = newUser();
      const user = await coordinator.caller.user.create(input);
      const session = await api.as(input.email, input.password);
      expect(
        await coordinator.caller.user.resetPassword({
          id: user.id,
          password: 'Direset-Koordinator-1',
        }),
      ).toEqual({ endedSessions: 1 });
      expect(await session.caller.auth.me()).toBeNull();
      await expect(api.as(input.email, 'Direset-Koordinator-1')).resolves.toBeDefined();
      expect(
        (
          await failure(
            coordinator.caller.user.resetPassword({
              id: randomUUID(),
              password: 'Direset-Koordinator-1',
            }),
          )
        ).code,
      ).toBe('NOT_FOUND');
    });
  });

  describe('list', () => {
    it('lists users with their unit, filtered by role, unit and search', async () => {
      const staff = await coordinator.caller.user.list({ role: 'unit_head', unitId: dinkesId });
      expect(staff.items.map((u) => u.email)).toContain('dinkes.kepala@demo.test');
      expect(staff.items.every((u) => u.role === 'unit_head' && u.unit?.id === dinkesId)).toBe(
        true,
      );
      const found = await coordinator.caller.user.list({ search: 'bupati' });
      expect(found.items.map((u) => u.email)).toEqual(['bupati@demo.test']);
      expect(found.total).toBe(1);
    });

    it('does not leak password hashes', async () => {
      const all = await coordinator.caller.user.list({ includeInactive: true });
      expect(JSON.stringify(all)).not.toMatch(/argon2|password/i);
      expect(demoPassword).toBeTruthy();
    });
  });
});
