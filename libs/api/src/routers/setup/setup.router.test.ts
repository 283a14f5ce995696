import {
  countRegions,
  countUsers,
  findCredentialsByEmail,
  findHomeRegion,
  insertUser,
  listEvents,
} from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { isDomainError, setupTokenPolicy } from '@smartcity/domain';
import { TRPCError } from '@trpc/server';
import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../services/auth/session-token';
import { issueSetupToken } from '../../services/setup/setup-service';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { failure } from '../../testing/refusal';
import { MemoryCookieJar } from '../../testing/memory-cookie-jar';
import { openTestApi, type TestApi } from '../../testing/test-api';

const region = {
  name: 'Kabupaten Sumedang',
  kind: 'kabupaten',
  province: 'Jawa Barat',
  code: '32.11',
  branding: 'Sumedang Happy Digital Region',
} as const;
const coordinator = {
  name: 'Tim Smart City',
  email: 'Tim.SmartCity@sumedangkab.go.id',
  password: 'Sumedang-Tandang-2026',
};

/** The `reason` of a refused call's domain error. */
function reasonOf(error: TRPCError): unknown {
  return isDomainError(error.cause) ? error.cause.details?.reason : undefined;
}

describe.each(testDatabaseFactories())('setup router on $dialect', (factory) => {
  let api: TestApi;

  beforeEach(async () => {
    // A deployment that starts from nothing: no demo data, no region, no account.
    api = await openTestApi(factory, { demoData: false });
  });
  afterEach(() => api.close());

  const storedTokens = async () =>
    Number(
      (
        await sql<{
          n: number | string;
        }>`select count(*) as n from setup_tokens`.execute(api.handle.db)
      ).rows[0]?.n,
    );

  describe('status', () => {
    it('says setup is needed, and whether the link works: valid, unknown, expired', async () => {
      const { token } = await issueSetupToken(api.handle.db, api.clock.now());
      const status = (t?: string) => api.client().caller.setup.status({ token: t });
      expect(await status(token)).toEqual({ needed: true, tokenValid: true, tokenProblem: null });
      expect(await status()).toEqual({
        needed: true,
        tokenValid: false,
        tokenProblem: 'setup_token_invalid',
      });
      expect((await status(`${token.slice(0, -1)}x`)).tokenProblem).toBe('setup_token_invalid');
      api.clock.advance(setupTokenPolicy.lifetimeMs);
      expect(await status(token)).toEqual({
        needed: true,
        tokenValid: false,
        tokenProblem: 'setup_token_expired',
      });
    });

    it('says setup is not needed once a region exists', async () => {
      const demo = await openTestApi(factory);
      try {
        expect(await demo.client().caller.setup.status({ token: 'anything' })).toEqual({
          needed: false,
          tokenValid: false,
          tokenProblem: null,
        });
      } finally {
        await demo.close();
      }
    });
  });

  describe('complete', () => {
    it('creates the real region and the first coordinator, consumes every token and logs the coordinator in', async () => {
      const { token } = await issueSetupToken(api.handle.db, api.clock.now());
      // A second start of the server issued another link: it stops working too.
      const other = await issueSetupToken(api.handle.db, api.clock.now());
      const client = api.client({ clientAddress: '203.0.113.7' });
      const me = await client.caller.setup.complete({ token, region, coordinator });

      expect(me.user).toMatchObject({
        name: 'Tim Smart City',
        email: 'tim.smartcity@sumedangkab.go.id',
        role: 'coordinator',
        unitId: null,
        active: true,
        temporaryCredentials: false,
      });
      expect(me.unit).toBeNull();
      // The session cookie works: the wizard lands the coordinator logged in.
      expect(client.cookies.get(sessionCookieName)).toBeDefined();
      // A new request with the cookie (a context is one request: its session is looked up once).
      const next = api.client({ cookies: client.cookies });
      expect((await next.caller.auth.me())?.user.id).toBe(me.user.id);

      expect(await client.caller.region.get()).toMatchObject({
        ...region,
        emblem: null,
        isDemo: false,
        version: 1,
      });
      expect(await storedTokens()).toBe(0);
      expect((await api.client().caller.setup.status({ token: other.token })).needed).toBe(false);

      const home = (await findHomeRegion(api.handle.db))!;
      const regionEvents = await listEvents(api.handle.db, {
        entityType: 'region',
        entityId: home.id,
      });
      expect(regionEvents).toMatchObject([
        {
          action: 'region.created',
          actorUserId: me.user.id,
          actorAddress: '203.0.113.7',
          after: { name: 'Kabupaten Sumedang', code: '32.11', isDemo: false, via: 'setup' },
        },
      ]);
      const userEvents = await listEvents(api.handle.db, {
        entityType: 'user',
        entityId: me.user.id,
      });
      expect(userEvents.map((e) => e.action)).toEqual(['user.created', 'auth.login']);
      expect(JSON.stringify([...regionEvents, ...userEvents])).not.toContain('argon2');
      // Their own chosen password logs them in later.
      const again = await api.as('tim.smartcity@sumedangkab.go.id', coordinator.password);
      expect((await again.caller.auth.me())?.user.role).toBe('coordinator');
    });

    it('refuses a second use of the link once the region exists (CONFLICT already_set_up), changing nothing', async () => {
      const { token } = await issueSetupToken(api.handle.db, api.clock.now());
      await api.client().caller.setup.complete({ token, region, coordinator });
      const before = await snapshotDatabase(api.handle.db);
      const error = await failure(
        api.client().caller.setup.complete({
          token,
          region: { ...region, name: 'Kota Bandung', kind: 'kota', code: '32.73' },
          coordinator: { ...coordinator, email: 'lain@bandung.go.id' },
        }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(reasonOf(error)).toBe('already_set_up');
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });

    it('refuses an unknown token (NOT_FOUND setup_token_invalid) and an expired one, changing nothing', async () => {
      const { token } = await issueSetupToken(api.handle.db, api.clock.now());
      const before = await snapshotDatabase(api.handle.db);
      const unknown = await failure(
        api.client().caller.setup.complete({ token: 'not-the-token', region, coordinator }),
      );
      expect(unknown.code).toBe('NOT_FOUND');
      expect(reasonOf(unknown)).toBe('setup_token_invalid');
      api.clock.advance(setupTokenPolicy.lifetimeMs + 1);
      const expired = await failure(
        api.client().caller.setup.complete({ token, region, coordinator }),
      );
      expect(expired.code).toBe('NOT_FOUND');
      expect(reasonOf(expired)).toBe('setup_token_expired');
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });

    it('refuses a password equal to the email (VALIDATION password_policy) and a wrong code, changing nothing', async () => {
      const { token } = await issueSetupToken(api.handle.db, api.clock.now());
      const before = await snapshotDatabase(api.handle.db);
      const weak = await failure(
        api.client().caller.setup.complete({
          token,
          region,
          coordinator: { ...coordinator, password: 'tim.smartcity@sumedangkab.go.id' },
        }),
      );
      expect(weak.code).toBe('BAD_REQUEST');
      expect(reasonOf(weak)).toBe('password_policy');
      expect(isDomainError(weak.cause) && weak.cause.details?.problems).toEqual(['same_as_email']);
      const badCode = await failure(
        api
          .client()
          .caller.setup.complete({ token, region: { ...region, code: '3211' }, coordinator }),
      );
      expect(badCode.code).toBe('BAD_REQUEST');
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
      // The link still works after the refusals.
      expect((await api.client().caller.setup.status({ token })).tokenValid).toBe(true);
    });

    it('refuses an email already in use (an account made earlier by the CLI), changing nothing', async () => {
      const { token } = await issueSetupToken(api.handle.db, api.clock.now());
      await insertUser(
        api.handle.db,
        {
          name: 'Operator',
          email: 'tim.smartcity@sumedangkab.go.id',
          nip: null,
          role: 'coordinator',
          unitId: null,
          passwordHash: 'x',
        },
        api.clock.now(),
      );
      const before = await snapshotDatabase(api.handle.db);
      const error = await failure(
        api.client().caller.setup.complete({ token, region, coordinator }),
      );
      expect(error.code).toBe('CONFLICT');
      expect(isDomainError(error.cause) && error.cause.details?.field).toBe('email');
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });

    it.each([
      ['the same link', false],
      ['two different links', true],
    ])(
      'lets only one of two completions at once create the region (%s)',
      async (_case, twoLinks) => {
        const first = await issueSetupToken(api.handle.db, api.clock.now());
        const second = twoLinks ? await issueSetupToken(api.handle.db, api.clock.now()) : first;
        const results = await Promise.allSettled([
          api.client().caller.setup.complete({ token: first.token, region, coordinator }),
          api.client().caller.setup.complete({
            token: second.token,
            region: { ...region, name: 'Kota Bandung', kind: 'kota', code: '32.73' },
            coordinator: { ...coordinator, email: 'kedua@bandung.go.id' },
          }),
        ]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const refused = results.find((r) => r.status === 'rejected');
        expect(refused?.reason).toBeInstanceOf(TRPCError);
        expect(['already_set_up', 'setup_token_invalid']).toContain(
          reasonOf(refused!.reason as TRPCError),
        );
        expect(await countRegions(api.handle.db)).toBe(1);
        expect(await countUsers(api.handle.db)).toBe(1);
        expect(await storedTokens()).toBe(0);
      },
    );

    it('needs the CSRF header like every mutation', async () => {
      const { token } = await issueSetupToken(api.handle.db, api.clock.now());
      const error = await failure(
        api
          .client({ csrf: false, cookies: new MemoryCookieJar() })
          .caller.setup.complete({ token, region, coordinator }),
      );
      expect(error.code).toBe('FORBIDDEN');
      expect(await countRegions(api.handle.db)).toBe(0);
      expect(await findCredentialsByEmail(api.handle.db, coordinator.email)).toBeUndefined();
    });
  });
});
