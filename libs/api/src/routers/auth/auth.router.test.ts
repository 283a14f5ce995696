import { listEvents, findCredentialsByEmail, countUserSessions, updateUser } from '@smartcity/db';
import { demoPassword } from '@smartcity/demo-data';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../services/auth/session-token';
import { MemoryCookieJar } from '../../testing/memory-cookie-jar';
import { openTestApi, testNow, type TestApi } from '../../testing/test-api';
import { failure } from '../../testing/refusal';

const hour = 60 * 60 * 1000;
const minute = 60 * 1000;

describe.each(testDatabaseFactories())('auth router on $dialect', (factory) => {
  let api: TestApi;
  beforeEach(async () => (api = await openTestApi(factory)));
  afterEach(() => api.close());

  describe('login', () => {
    it('starts a session: an HttpOnly, SameSite=Lax cookie valid for 7 days, and answers the user', async () => {
      const client = api.client();
      const me = await client.caller.auth.login({
        email: ' DINKES.STAF@demo.test ',
        password: demoPassword,
      });
      expect(me.user).toMatchObject({
        email: 'dinkes.staf@demo.test',
        role: 'unit_staff',
        lastLoginAt: testNow.toISOString(),
      });
      expect(me.unit?.name).toBe('Dinas Kesehatan');
      expect(client.cookies.get(sessionCookieName)).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(client.cookies.options(sessionCookieName)).toEqual({
        httpOnly: true,
        secure: false,
        sameSite: 'lax',
        path: '/',
        maxAgeMs: 7 * 24 * hour,
      });
      expect(JSON.stringify(me)).not.toMatch(/argon2|password/i);
    });

    it('answers one generic error for a wrong password and for an unknown email', async () => {
      const wrong = await failure(
        api
          .client()
          .caller.auth.login({ email: 'dinkes.staf@demo.test', password: 'not-the-password' }),
      );
      const unknown = await failure(
        api.client().caller.auth.login({ email: 'nobody@demo.test', password: 'not-the-password' }),
      );
      for (const error of [wrong, unknown]) {
        expect(error).toMatchObject({ code: 'UNAUTHORIZED', message: 'Wrong email or password' });
      }
    });

    it('records logins and failed logins in the event log with the address', async () => {
      await failure(
        api
          .client({ clientAddress: '10.1.1.1' })
          .caller.auth.login({ email: 'bupati@demo.test', password: 'wrong-password' }),
      );
      await api
        .client({ clientAddress: '10.1.1.1' })
        .caller.auth.login({ email: 'bupati@demo.test', password: demoPassword });
      const events = await listEvents(api.handle.db, { entityType: 'user' });
      expect(events.map((e) => [e.action, e.actorAddress, e.occurredAt])).toEqual([
        ['auth.login_failed', '10.1.1.1', testNow.toISOString()],
        ['auth.login', '10.1.1.1', testNow.toISOString()],
      ]);
      expect(events[1]?.actorUserId).toBe(events[1]?.entityId);
    });

    it('refuses the eleventh attempt after ten failures on an account, saying how many minutes to wait', async () => {
      for (let i = 0; i < 10; i++) {
        api.clock.advance(minute);
        // Different addresses: only the account's count applies.
        await failure(
          api
            .client({ clientAddress: `10.0.0.${i}` })
            .caller.auth.login({ email: 'bupati@demo.test', password: 'wrong-password' }),
        );
      }
      const limited = await failure(
        api
          .client({ clientAddress: '10.0.1.1' })
          .caller.auth.login({ email: 'bupati@demo.test', password: demoPassword }),
      );
      expect(limited).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        message: 'Too many login attempts: try again in 6 minutes',
      });
      expect(limited.cause).toMatchObject({
        details: { retryAfterMinutes: 6, retryAfterSeconds: 360 },
      });
      // Once the oldest failure leaves the 15-minute window, the right password works again.
      api.clock.advance(6 * minute);
      await expect(
        api.client().caller.auth.login({ email: 'bupati@demo.test', password: demoPassword }),
      ).resolves.toBeDefined();
    });

    it('limits an address that tries many accounts', async () => {
      for (let i = 0; i < 10; i++) {
        await failure(
          api
            .client({ clientAddress: '10.9.9.9' })
            .caller.auth.login({ email: `user${i}@demo.test`, password: 'wrong-password' }),
        );
      }
      const limited = await failure(
        api
          .client({ clientAddress: '10.9.9.9' })
          .caller.auth.login({ email: 'bupati@demo.test', password: demoPassword }),
      );
      expect(limited.code).toBe('TOO_MANY_REQUESTS');
      await expect(
        api
          .client({ clientAddress: '10.9.9.10' })
          .caller.auth.login({ email: 'bupati@demo.test', password: demoPassword }),
      ).resolves.toBeDefined();
    });

    it('refuses a deactivated account with the right password, and creates no session', async () => {
      const { user } = (await findCredentialsByEmail(api.handle.db, 'penilai@demo.test'))!;
      await updateUser(api.handle.db, {
        id: user.id,
        expectedVersion: user.version,
        changes: { active: false },
        now: testNow,
      });
      const client = api.client();
      const error = await failure(
        client.caller.auth.login({ email: 'penilai@demo.test', password: demoPassword }),
      );
      expect(error).toMatchObject({
        code: 'FORBIDDEN',
        message: 'This account has been deactivated',
      });
      expect(client.cookies.get(sessionCookieName)).toBeUndefined();
      expect(await countUserSessions(api.handle.db, user.id)).toBe(0);
    });

    it('rotates the session: logging in again replaces the old session', async () => {
      const client = await api.as('dinkes.staf@demo.test');
      const first = client.cookies.get(sessionCookieName);
      await client.caller.auth.login({ email: 'dinkes.staf@demo.test', password: demoPassword });
      expect(client.cookies.get(sessionCookieName)).not.toBe(first);
      const { user } = (await findCredentialsByEmail(api.handle.db, 'dinkes.staf@demo.test'))!;
      expect(await countUserSessions(api.handle.db, user.id)).toBe(1);
    });

    it('refuses malformed input without touching anything', async () => {
      for (const input of [
        { email: '', password: 'x' },
        { email: 'a@b.test' },
        { email: 'a@b.test', password: 'x', extra: 1 },
      ]) {
        expect((await failure(api.client().caller.auth.login(input as never))).code).toBe(
          'BAD_REQUEST',
        );
      }
      expect(await listEvents(api.handle.db, { entityType: 'user' })).toEqual([]);
    });

    it('refuses a login without the CSRF header', async () => {
      const error = await failure(
        api
          .client({ csrf: false })
          .caller.auth.login({ email: 'bupati@demo.test', password: demoPassword }),
      );
      expect(error).toMatchObject({ code: 'FORBIDDEN', message: 'Missing the x-csrf header' });
    });
  });

  describe('me', () => {
    it('answers null for the public and the user when logged in', async () => {
      expect(await api.client().caller.auth.me()).toBeNull();
      const client = await api.as('kominfo.kepala@demo.test');
      expect((await client.caller.auth.me())?.unit?.shortName).toBe('Diskominfosanditik');
    });

    it('ends a session idle for 8 hours and clears its cookie', async () => {
      const client = await api.as('dinkes.staf@demo.test');
      api.clock.advance(8 * hour - minute);
      expect(await client.caller.auth.me()).not.toBeNull();
      api.clock.advance(8 * hour - minute); // used a moment ago, so idle again for just under 8 h
      expect(await client.caller.auth.me()).not.toBeNull();
      api.clock.advance(8 * hour);
      expect(await client.caller.auth.me()).toBeNull();
      expect(client.cookies.get(sessionCookieName)).toBeUndefined();
    });

    it('ends an active session 7 days after login', async () => {
      const client = await api.as('dinkes.staf@demo.test');
      // Used every 4 hours: never idle for 8, yet it ends at 7 days.
      for (let elapsed = 4 * hour; elapsed < 7 * 24 * hour; elapsed += 4 * hour) {
        api.clock.set(new Date(testNow.getTime() + elapsed));
        expect(await client.caller.auth.me()).not.toBeNull();
      }
      api.clock.set(new Date(testNow.getTime() + 7 * 24 * hour));
      expect(await client.caller.auth.me()).toBeNull();
    });

    it('says a session ended (not just "not logged in") to authed procedures', async () => {
      const client = await api.as('dinkes.staf@demo.test');
      api.clock.advance(9 * hour);
      const error = await failure(
        client.caller.auth.changePassword({
          currentPassword: demoPassword,
          newPassword: 'another-password',
        }),
      );
      expect(error).toMatchObject({ code: 'UNAUTHORIZED', message: 'Your session has ended' });
    });

    it('ignores a forged cookie', async () => {
      const cookies = new MemoryCookieJar();
      cookies.set(sessionCookieName, 'A'.repeat(43), {
        httpOnly: true,
        secure: false,
        sameSite: 'lax',
        path: '/',
      });
      expect(await api.client({ cookies }).caller.auth.me()).toBeNull();
      expect(cookies.get(sessionCookieName)).toBeUndefined();
    });
  });

  describe('logout', () => {
    it('deletes the session and clears the cookie, and records the event', async () => {
      const client = await api.as('bupati@demo.test');
      expect(await client.caller.auth.logout()).toEqual({ loggedOut: true });
      expect(client.cookies.get(sessionCookieName)).toBeUndefined();
      expect(await client.caller.auth.me()).toBeNull();
      const events = await listEvents(api.handle.db, { entityType: 'user' });
      expect(events.at(-1)?.action).toBe('auth.logout');
    });

    it('is harmless when not logged in', async () => {
      expect(await api.client().caller.auth.logout()).toEqual({ loggedOut: false });
    });
  });

  describe('changePassword', () => {
    it('changes the password and ends the other sessions, keeping this one', async () => {
      const here = await api.as('dinkes.kepala@demo.test');
      const elsewhere = await api.as('dinkes.kepala@demo.test');
      const result = await here.caller.auth.changePassword({
        currentPassword: demoPassword,
        newPassword: 'kata-sandi-baru-2026',
      });
      expect(result).toEqual({ endedSessions: 1 });
      expect(await here.caller.auth.me()).not.toBeNull();
      expect(await elsewhere.caller.auth.me()).toBeNull();
      await failure(
        api
          .client()
          .caller.auth.login({ email: 'dinkes.kepala@demo.test', password: demoPassword }),
      );
      await expect(
        api.as('dinkes.kepala@demo.test', 'kata-sandi-baru-2026'),
      ).resolves.toBeDefined();
    });

    it('refuses a wrong current password as a field error, changing nothing', async () => {
      const client = await api.as('dinkes.kepala@demo.test');
      const error = await failure(
        client.caller.auth.changePassword({
          currentPassword: 'wrong-one!',
          newPassword: 'kata-sandi-baru-2026',
        }),
      );
      expect(error).toMatchObject({
        code: 'BAD_REQUEST',
        message: 'The current password is wrong',
      });
      await expect(api.as('dinkes.kepala@demo.test')).resolves.toBeDefined();
    });

    it('refuses a new password that is too short or equal to the email', async () => {
      const client = await api.as('dinkes.kepala@demo.test');
      expect(
        (
          await failure(
            client.caller.auth.changePassword({
              currentPassword: demoPassword,
              newPassword: 'short',
            }),
          )
        ).code,
      ).toBe('BAD_REQUEST');
      const same = await failure(
        client.caller.auth.changePassword({
          currentPassword: demoPassword,
          newPassword: 'DINKES.KEPALA@demo.test',
        }),
      );
      expect(same.cause).toMatchObject({
        details: { field: 'newPassword', problems: ['same_as_email'] },
      });
    });
  });
});
