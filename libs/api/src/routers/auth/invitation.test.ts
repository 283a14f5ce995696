import { randomUUID } from 'node:crypto';
import { countUserSessions, findAccountToken, listEvents } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountTokenIdOf } from '../../services/auth/account-token-service';
import { sessionCookieName } from '../../services/auth/session-token';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { failure } from '../../testing/refusal';
import { openTestApi, testNow, type TestApi, type TestClient } from '../../testing/test-api';

const hour = 60 * 60 * 1000;

describe.each(testDatabaseFactories())('invitations on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let dinkesId: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    dinkesId = (await coordinator.caller.unit.list({ search: 'Dinas Kesehatan' })).items[0]!.id;
  });
  afterAll(() => api.close());

  const invitee = () => ({
    name: 'Asep Sunandar',
    email: `asep-${randomUUID().slice(0, 8)}@sumedangkab.go.id`,
    nip: null,
    role: 'unit_staff' as const,
    unitId: dinkesId,
  });

  /** A user created with an invitation, and the link's token. */
  async function invited() {
    const input = invitee();
    const user = await coordinator.caller.user.create({ ...input, invite: true });
    return { input, user, token: user.invitation!.token };
  }

  it('creates an account with a 72-hour link instead of a password, stored only as its hash', async () => {
    api.clock.set(testNow);
    const { input, user, token } = await invited();
    expect(user).toMatchObject({ email: input.email, temporaryCredentials: false });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(user.invitation?.expiresAt).toBe(new Date(testNow.getTime() + 72 * hour).toISOString());
    const stored = await findAccountToken(api.handle.db, accountTokenIdOf(token));
    expect(stored).toMatchObject({ userId: user.id, purpose: 'invitation', usedAt: null });
    const snapshot = JSON.stringify(await snapshotDatabase(api.handle.db));
    expect(snapshot).not.toContain(token);
    // The account has no usable password until the link is accepted.
    for (const password of [token, 'Kata-Sandi-Awal-1', input.email]) {
      expect(
        (await failure(api.client().caller.auth.login({ email: input.email, password }))).code,
      ).toBe('UNAUTHORIZED');
    }
    // The list says that the invitation is pending; no answer mentions a password.
    const listed = (await coordinator.caller.user.list({ search: input.email })).items[0];
    expect(listed?.pendingInvitation).toEqual({ expiresAt: user.invitation?.expiresAt });
    const answers = [user, listed, await api.client().caller.auth.invitation({ token })];
    expect(JSON.stringify(answers)).not.toMatch(/argon2|password/i);
    const events = await listEvents(api.handle.db, { entityType: 'user', entityId: user.id });
    expect(events.map((e) => e.action)).toEqual([
      'user.created',
      'user.invited',
      'auth.login_failed',
      'auth.login_failed',
      'auth.login_failed',
    ]);
    expect(JSON.stringify(events)).not.toContain(token);
  });

  it('tells whether a link is valid and for whom: the name and email only', async () => {
    const { input, token } = await invited();
    expect(await api.client().caller.auth.invitation({ token })).toEqual({
      status: 'valid',
      name: input.name,
      email: input.email,
    });
    expect(await api.client().caller.auth.invitation({ token: 'A'.repeat(43) })).toEqual({
      status: 'unknown',
    });
    expect(
      (await failure(api.client().caller.auth.invitation({ token: 'not a token' }))).code,
    ).toBe('BAD_REQUEST');
  });

  it('lets the person choose a password, logs them in, and refuses the link a second time', async () => {
    const { input, user, token } = await invited();
    const browser = api.client();
    const me = await browser.caller.auth.acceptInvitation({ token, password: 'Kata-Sandi-Asep-1' });
    expect(me.user).toMatchObject({
      id: user.id,
      temporaryCredentials: false,
      lastLoginAt: testNow.toISOString(),
    });
    expect(me.unit?.id).toBe(dinkesId);
    expect(browser.cookies.get(sessionCookieName)).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(me)).not.toMatch(/argon2|password/i);
    // The new session works at once, with no first change to make.
    const session = api.client({ cookies: browser.cookies });
    expect((await session.caller.auth.me())?.user.id).toBe(user.id);
    expect((await session.caller.dashboard.summary({})).total).toBeGreaterThanOrEqual(0);
    // The password chosen logs in; the link is used up.
    await expect(api.as(input.email, 'Kata-Sandi-Asep-1')).resolves.toBeDefined();
    expect(await api.client().caller.auth.invitation({ token })).toEqual({ status: 'used' });
    const before = await snapshotDatabase(api.handle.db);
    const again = await failure(
      api.client().caller.auth.acceptInvitation({ token, password: 'Kata-Sandi-Lain-22' }),
    );
    expect(again.code).toBe('CONFLICT');
    expect(again.cause).toMatchObject({ details: { reason: 'token_used' } });
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    const events = await listEvents(api.handle.db, { entityType: 'user', entityId: user.id });
    expect(events.map((e) => e.action)).toEqual(
      expect.arrayContaining(['user.invitation_accepted', 'auth.login']),
    );
    expect((await coordinator.caller.user.list({ search: input.email })).items[0]).toMatchObject({
      pendingInvitation: null,
      temporaryCredentials: false,
    });
  });

  it('refuses an expired link and a password against the policy, changing nothing', async () => {
    const { input, token } = await invited();
    const before = await snapshotDatabase(api.handle.db);
    const weak = await failure(
      api.client().caller.auth.acceptInvitation({ token, password: input.email }),
    );
    expect(weak.cause).toMatchObject({
      details: { field: 'password', problems: ['same_as_email'] },
    });
    api.clock.advance(72 * hour);
    try {
      expect(await api.client().caller.auth.invitation({ token })).toEqual({ status: 'expired' });
      const expired = await failure(
        api.client().caller.auth.acceptInvitation({ token, password: 'Kata-Sandi-Asep-1' }),
      );
      expect(expired.code).toBe('FORBIDDEN');
      expect(expired.cause).toMatchObject({ details: { reason: 'token_expired' } });
    } finally {
      api.clock.set(testNow);
    }
    const unknown = await failure(
      api
        .client()
        .caller.auth.acceptInvitation({ token: 'B'.repeat(43), password: 'Kata-1234567' }),
    );
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.cause).toMatchObject({ details: { reason: 'token_unknown' } });
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });

  it('lets exactly one of concurrent acceptances win', async () => {
    const { input, user, token } = await invited();
    const browsers = Array.from({ length: 4 }, () => api.client());
    const results = await Promise.allSettled(
      browsers.map((b, i) =>
        b.caller.auth.acceptInvitation({ token, password: `Kata-Sandi-Ke-${i}-${i}` }),
      ),
    );
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected')
        expect(r.reason).toMatchObject({
          code: 'CONFLICT',
          cause: { details: { reason: 'token_used' } },
        });
    }
    const winner = won[0]!;
    expect(await countUserSessions(api.handle.db, user.id)).toBe(1);
    await expect(api.as(input.email, `Kata-Sandi-Ke-${winner}-${winner}`)).resolves.toBeDefined();
    const accepted = (
      await listEvents(api.handle.db, { entityType: 'user', entityId: user.id })
    ).filter((e) => e.action === 'user.invitation_accepted');
    expect(accepted).toHaveLength(1);
  });

  it('issues a new link for an existing user, ending the earlier ones', async () => {
    const { user, token: first } = await invited();
    const second = await coordinator.caller.user.invite({ id: user.id });
    expect(second.token).not.toBe(first);
    expect(await api.client().caller.auth.invitation({ token: first })).toEqual({
      status: 'expired',
    });
    expect((await api.client().caller.auth.invitation({ token: second.token })).status).toBe(
      'valid',
    );
    const events = await listEvents(api.handle.db, { entityType: 'user', entityId: user.id });
    expect(events.at(-1)).toMatchObject({ action: 'user.invited', after: { replaced: 1 } });
  });

  it('refuses to invite a deactivated or unknown user, and a unit head, changing nothing', async () => {
    const { user } = await invited();
    const off = await coordinator.caller.user.deactivate({ id: user.id, version: user.version });
    const head = await api.as('dinkes.kepala@demo.test');
    const before = await snapshotDatabase(api.handle.db);
    const inactive = await failure(coordinator.caller.user.invite({ id: off.id }));
    expect(inactive.cause).toMatchObject({ details: { reason: 'account_inactive' } });
    expect((await failure(coordinator.caller.user.invite({ id: randomUUID() }))).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure(head.caller.user.invite({ id: user.id }))).code).toBe('FORBIDDEN');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });

  it("a deactivated account's link leads nowhere", async () => {
    const { user, token } = await invited();
    await coordinator.caller.user.deactivate({ id: user.id, version: user.version });
    expect(await api.client().caller.auth.invitation({ token })).toEqual({ status: 'unknown' });
    const error = await failure(
      api.client().caller.auth.acceptInvitation({ token, password: 'Kata-Sandi-Asep-1' }),
    );
    expect(error.cause).toMatchObject({ details: { reason: 'token_unknown' } });
  });

  it('a password reset by a coordinator ends the open links', async () => {
    const { user, token } = await invited();
    await coordinator.caller.user.resetPassword({ id: user.id, password: 'Reset-Kata-Sandi-1' });
    expect(await api.client().caller.auth.invitation({ token })).toEqual({ status: 'expired' });
  });

  it('needs exactly one of a first password and an invitation', async () => {
    const before = await snapshotDatabase(api.handle.db);
    for (const extra of [{}, { invite: true, password: 'Kata-Sandi-Awal-1' }]) {
      expect(
        (await failure(coordinator.caller.user.create({ ...invitee(), ...extra } as never))).code,
      ).toBe('BAD_REQUEST');
    }
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });
});
