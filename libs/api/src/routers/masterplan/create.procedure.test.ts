import { defaultCommitmentStatement } from '@smartcity/domain';
import { insertSession, insertUser, listEvents, type DatabaseHandle } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCaller } from '../../app-router';
import { createPasswordHasher } from '../../services/auth/password-hasher';
import { newSessionToken, sessionCookieName, sessionIdOf } from '../../services/auth/session-token';
import { createContext } from '../../context';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { MemoryCookieJar } from '../../testing/memory-cookie-jar';
import { failure } from '../../testing/refusal';
import { openTestApi, testNow, type TestApi, type TestClient } from '../../testing/test-api';

const first = {
  title: 'Masterplan Smart City Kabupaten Sumedang 2026–2035',
  startYear: 2026,
  endYear: 2035,
  vision: 'Sumedang cerdas, melayani dan berbudaya.',
  mission: ['Layanan publik digital yang inklusif', 'Ekonomi desa yang tangguh'],
  bimtekStage: 'I' as const,
};

describe.each(testDatabaseFactories())('masterplan.create on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let head: TestClient;

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    head = await api.as('dinkes.kepala@demo.test');
  });
  afterAll(() => api.close());

  it('refuses every role but the coordinator, changing nothing', async () => {
    const before = await snapshotDatabase(api.handle.db);
    expect((await failure(head.caller.masterplan.create(first))).code).toBe('FORBIDDEN');
    expect((await failure(api.client().caller.masterplan.create(first))).code).toBe('UNAUTHORIZED');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });

  it("creates the region's first masterplan from nothing, which the pages then show", async () => {
    expect((await coordinator.caller.masterplan.overview()).masterplan).toBeNull();
    const plan = await coordinator.caller.masterplan.create(first);
    expect(plan).toMatchObject({
      ...first,
      bimtekDates: {},
      bimtekChecklist: [],
      commitmentStatement: defaultCommitmentStatement,
      version: 1,
    });
    const overview = await head.caller.masterplan.overview();
    expect(overview.masterplan).toEqual(plan);
    expect(overview.commitments.unitCount).toBe(55);
    const events = await listEvents(api.handle.db, { entityType: 'masterplan' });
    expect(events).toMatchObject([
      { action: 'masterplan.created', entityId: plan.id, after: { title: first.title } },
    ]);
    // Then programmes are added with the existing procedures.
    const lead = (await coordinator.caller.unit.list({ search: 'Dinas Kesehatan' })).items[0]!;
    const programme = await coordinator.caller.masterplan.createProgramme({
      dimension: 'living',
      element: 'health',
      name: 'Layanan kesehatan digital terpadu',
      description: '',
      horizon: 'short',
      leadUnitId: lead.id,
      startYear: 2026,
      endYear: 2028,
      budget: 0,
      fundingSource: 'apbd',
      reference: '',
    });
    expect(programme.masterplanId).toBe(plan.id);
  });

  it('refuses a second masterplan with CONFLICT and its reason, changing nothing', async () => {
    const before = await snapshotDatabase(api.handle.db);
    const error = await failure(
      coordinator.caller.masterplan.create({ ...first, title: 'Yang kedua' }),
    );
    expect(error.code).toBe('CONFLICT');
    expect(error.cause).toMatchObject({ details: { reason: 'masterplan_exists' } });
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });

  it('refuses a reversed period', async () => {
    const error = await failure(
      coordinator.caller.masterplan.create({ ...first, startYear: 2030, endYear: 2026 }),
    );
    expect(error.code).toBe('BAD_REQUEST');
  });
});

describe.each(testDatabaseFactories())(
  'masterplan.create before the region exists on $dialect',
  (factory) => {
    let handle: DatabaseHandle;
    afterEach(() => handle?.close());

    it('answers NOT_FOUND (no_region) and changes nothing', async () => {
      handle = await factory.open();
      const passwords = createPasswordHasher();
      const user = await insertUser(
        handle.db,
        {
          name: 'Koordinator Pertama',
          email: 'pertama@sumedangkab.go.id',
          nip: null,
          role: 'coordinator',
          unitId: null,
          passwordHash: 'x',
        },
        testNow,
      );
      const token = newSessionToken();
      await insertSession(
        handle.db,
        { id: sessionIdOf(token), userId: user.id, clientAddress: null, userAgent: null },
        testNow,
      );
      const cookies = new MemoryCookieJar();
      cookies.set(sessionCookieName, token, {
        httpOnly: true,
        secure: false,
        sameSite: 'lax',
        path: '/',
      });
      const caller = createCaller(
        createContext(
          { db: handle.db, now: () => testNow, passwords, secureCookies: false },
          { clientAddress: null, headers: { 'x-csrf': '1' }, cookies },
        ),
      );
      const before = await snapshotDatabase(handle.db);
      const error = await failure(caller.masterplan.create(first));
      expect(error.code).toBe('NOT_FOUND');
      expect(error.cause).toMatchObject({ details: { reason: 'no_region' } });
      const unit = await failure(
        caller.unit.create({
          code: 'dinkes',
          name: 'Dinas Kesehatan',
          shortName: null,
          type: 'dinas',
        }),
      );
      expect(unit.cause).toMatchObject({ details: { reason: 'no_region' } });
      expect(await snapshotDatabase(handle.db)).toEqual(before);
    });
  },
);
