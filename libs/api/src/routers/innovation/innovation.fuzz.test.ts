import { randomUUID } from 'node:crypto';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import fc from 'fast-check';
import {
  dimensionKeys,
  dimensions,
  editableSections,
  elementKeys,
  stages,
  type Innovation,
} from '@smartcity/domain';
import { findCredentialsByEmail, findInnovationById } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { completeSections, insertTestInnovation } from '../../testing/innovation-fixtures';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';
import { innovationRouter } from './innovation.router';

/**
 * Random and hostile input to every innovation procedure, by the public, unit staff of the
 * innovations' unit and of another unit, and a coordinator. Whatever comes in, the answer is a
 * result or a TRPCError with a 4xx code (never a server error), and a refused call changes
 * nothing in the database.
 */

const procedures = [
  'list',
  'byId',
  'create',
  'updateSection',
  'advance',
  'moveBack',
  'discontinue',
  'reopen',
  'setPublic',
] as const;
type Procedure = (typeof procedures)[number];

const actors = ['public', 'staff', 'otherStaff', 'coordinator'] as const;
type ActorName = (typeof actors)[number];

/** Strings that mean something to SQL, FTS5, tsquery, JSON, paths or JavaScript. */
const hostileTexts = [
  `" OR 1=1 --`,
  `' OR '1'='1`,
  `'; DROP TABLE innovations; --`,
  `1; SELECT pg_sleep(5)`,
  '*',
  'puske*',
  'NEAR(',
  'NEAR(a b, 2)',
  ':*',
  'a:*',
  '&|!',
  '!(a & b) | c:*',
  '"',
  '""',
  '\\',
  '%_%',
  '$1',
  '?',
  '{}',
  '[]',
  'title:puskesmas',
  '^puskesmas',
  '-puskesmas',
  'AND OR NOT',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '\u202Eevil',
  'e\u0301',
  'İSTANBUL ß Ω',
  '👩‍👩‍👧‍👦',
  '𞤀𞤁 ꭰ',
  '(((((((((((((((((((((((((((((',
  '\t\n\r',
  ' '.repeat(300),
  'x'.repeat(100_000),
  'kata '.repeat(50),
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  'null',
  'undefined',
  'true',
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '2026-03-02T09:00:00.000Z',
];

function arbitraries() {
  const text = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...hostileTexts) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 60 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', 'a\u0000b', '\uD800', 'x\uDFFFy') },
  );
  const number = fc.oneof(
    fc.constantFrom(
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      -0,
      0,
      -1,
      1,
      1.5,
      2 ** 31,
      2 ** 53,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      1e15,
      1e16,
    ),
    fc.integer(),
    fc.double(),
  );
  const deep = fc.constantFrom(nested('object', 2_000), nested('array', 2_000));
  const anything = fc.oneof(
    text,
    number,
    fc.constantFrom(null, undefined, true, false, [], {}),
    deep,
    fc.jsonValue({ maxDepth: 3 }),
    fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
    }),
  );
  /** A value of a field: usually a plausible one, often a hostile one. */
  const field = <T>(valid: fc.Arbitrary<T>) =>
    fc.oneof({ weight: 12, arbitrary: valid }, { weight: 1, arbitrary: anything });

  /** A dimension with one of its own elements. */
  const catalogue = fc.constantFrom(
    ...dimensions.flatMap((d) => d.elements.map((e): [unknown, unknown] => [d.key, e.key])),
  );

  /** Which innovation a call names (resolved when it runs). */
  const idToken = fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('own' as const), index: fc.nat(5) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('other' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('random' as const), value: fc.uuid() }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), value: anything }) },
  );
  /** Which version a call claims to have read (resolved when it runs). */
  const versionToken = fc.oneof(
    { weight: 4, arbitrary: fc.constant({ kind: 'current' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'stale' as const }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'ahead' as const }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('raw' as const), value: anything }) },
  );

  const sections = completeSections();
  /** A section with data of its own shape, from complete to partly hostile. */
  const matchingSection = fc.oneof(
    fc.record({
      section: fc.constant('problem'),
      data: fc.record(
        {
          statement: field(text),
          affectedGroup: field(text),
          evidence: field(text),
          source: field(fc.constantFrom('complaint', 'survey', 'other')),
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({
      section: fc.constant('need'),
      data: fc.record(
        {
          statement: field(text),
          beneficiaries: field(
            fc.record(
              { who: text, estimatedCount: fc.integer({ min: -2, max: 2e9 }) },
              { requiredKeys: [] },
            ),
          ),
          indicators: field(fc.array(fc.constant(sections.need.indicators[0]), { maxLength: 22 })),
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({
      section: fc.constant('process'),
      data: fc.record(
        {
          asIs: field(fc.array(fc.record({ actor: text, activity: text }), { maxLength: 3 })),
          toBe: field(
            fc.array(fc.record({ actor: text, activity: text, tool: text }), { maxLength: 3 }),
          ),
          needsApplication: field(fc.boolean()),
          applicationJustification: field(text),
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({
      section: fc.constant('quick_win'),
      data: fc.record(
        {
          deliverable: field(text),
          startDate: field(fc.constantFrom('2026-01-01', '2026-02-29', '2024-02-29', '2026-13-01')),
          targetDate: field(fc.constantFrom('2026-06-30', '2028-01-01', '2025-12-31')),
          budget: field(fc.double({ min: -10, max: 1e16 })),
          fundingSource: field(fc.constantFrom('apbd', 'csr', 'none')),
          status: field(fc.constantFrom('planned', 'done')),
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({
      section: fc.constant('evaluation'),
      data: fc.record(
        {
          outcome: field(fc.constantFrom('impactful', 'needs_improvement', 'not_impactful')),
          notes: field(text),
          lessonsLearned: field(text),
        },
        { requiredKeys: [] },
      ),
    }),
    fc.record({
      section: fc.constant('profile'),
      data: fc.record(
        {
          title: field(fc.string({ minLength: 5, maxLength: 210 })),
          summary: field(fc.string({ minLength: 10, maxLength: 60 })),
          dimension: field(fc.constant('living')),
          element: field(fc.constantFrom('health', 'mobility', 'waste')),
          extraDimensions: field(fc.array(fc.constantFrom(...dimensionKeys), { maxLength: 6 })),
          jenis: field(fc.constantFrom('digital', 'non_digital')),
          bentuk: field(fc.constantFrom('governance', 'other')),
          inisiator: field(fc.constantFrom('unit', 'community')),
          tahapan: field(fc.constantFrom(null, 'trial')),
          urusan: field(fc.option(text)),
        },
        {
          requiredKeys: [
            'title',
            'summary',
            'dimension',
            'element',
            'jenis',
            'bentuk',
            'inisiator',
          ],
        },
      ),
    }),
  );
  const sectionData = fc.oneof(
    fc.constantFrom<unknown>(
      sections.problem,
      sections.need,
      sections.process,
      sections.quick_win,
      { outcome: 'impactful' },
      {},
    ),
    fc.record(
      {
        statement: field(fc.string()),
        source: field(fc.constantFrom('complaint', 'survey')),
        indicators: field(fc.array(fc.constant(sections.need.indicators[0]), { maxLength: 25 })),
        asIs: field(fc.array(fc.record({ actor: text, activity: text }), { maxLength: 3 })),
        budget: field(fc.double({ min: -10, max: 1e16 })),
        startDate: field(fc.constantFrom('2026-01-01', '2026-02-29', '2026-13-01')),
        outcome: field(fc.constantFrom('impactful', 'not_impactful')),
        title: field(fc.string({ minLength: 5, maxLength: 210 })),
        summary: field(fc.string({ minLength: 10, maxLength: 40 })),
        dimension: field(fc.constantFrom(...dimensionKeys)),
        element: field(fc.constantFrom(...elementKeys)),
        jenis: field(fc.constantFrom('digital', 'non_digital')),
        bentuk: field(fc.constantFrom('governance', 'other')),
        inisiator: field(fc.constantFrom('unit', 'community')),
      },
      { requiredKeys: [] },
    ),
    anything,
  );

  const byProcedure: Record<Procedure, fc.Arbitrary<Record<string, unknown>>> = {
    list: fc
      .record(
        {
          unitId: field(fc.constantFrom('own-unit', 'other-unit')),
          dimension: field(fc.constantFrom(...dimensionKeys)),
          element: field(fc.constantFrom(...elementKeys)),
          stage: field(fc.constantFrom(...stages)),
          jenis: field(fc.constantFrom('digital', 'non_digital')),
          tahapan: field(fc.constantFrom('initiative', 'trial', 'implementation')),
          stale: field(fc.boolean()),
          isPublic: field(fc.boolean()),
          search: field(fc.oneof(text, fc.constantFrom('puskesmas', 'puske layanan', 'command'))),
          sort: field(fc.constantFrom('updated_desc', 'created_desc', 'title_asc')),
          limit: field(fc.integer({ min: 1, max: 100 })),
        },
        { requiredKeys: [] },
      )
      .chain((input) =>
        fc
          .oneof(
            { weight: 3, arbitrary: fc.constant(undefined) },
            {
              weight: 1,
              arbitrary: fc.oneof(
                fc.constantFrom('captured-title', 'captured-updated', 'captured-created'),
                fc
                  .record({ k: fc.jsonValue({ maxDepth: 1 }), id: fc.jsonValue({ maxDepth: 1 }) })
                  .map((c) => Buffer.from(JSON.stringify(c)).toString('base64url')),
                fc
                  .record({ k: text, id: text })
                  .map((c) => Buffer.from(JSON.stringify(c)).toString('base64url')),
                anything,
              ),
            },
          )
          .map((cursor) => (cursor === undefined ? input : { ...input, cursor })),
      ),
    byId: fc.record({ id: idToken }),
    create: fc
      .record(
        {
          unitId: field(fc.constantFrom('own-unit', 'other-unit')),
          title: field(fc.string({ minLength: 5, maxLength: 210 })),
          summary: field(fc.string({ minLength: 10, maxLength: 60 })),
          pair: fc.oneof(
            { weight: 4, arbitrary: catalogue },
            {
              weight: 1,
              arbitrary: fc.tuple(
                field(fc.constantFrom(...dimensionKeys)),
                field(fc.constantFrom(...elementKeys)),
              ),
            },
          ),
          extraDimensions: field(fc.array(fc.constantFrom(...dimensionKeys), { maxLength: 7 })),
          jenis: field(fc.constantFrom('digital', 'non_digital')),
          bentuk: field(fc.constantFrom('governance', 'public_service', 'other')),
          inisiator: field(fc.constantFrom('unit', 'community', 'dprd')),
          urusan: field(fc.option(text)),
          trialDate: field(fc.option(fc.constantFrom('2026-01-15', '2026-02-30'))),
          problem: fc.oneof(
            {
              weight: 3,
              arbitrary: matchingSection.filter((m) => m.section === 'problem').map((m) => m.data),
            },
            { weight: 1, arbitrary: sectionData },
          ),
        },
        { requiredKeys: ['unitId', 'title', 'summary', 'pair', 'jenis', 'bentuk', 'inisiator'] },
      )
      .map(({ pair, ...rest }) => ({ ...rest, dimension: pair[0], element: pair[1] })),
    updateSection: fc.oneof(
      {
        weight: 4,
        arbitrary: fc
          .record({ id: idToken, version: versionToken })
          .chain((base) => matchingSection.map((m) => ({ ...base, ...m }))),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          id: idToken,
          version: versionToken,
          section: field(fc.constantFrom(...editableSections)),
          data: sectionData,
        }),
      },
    ),
    advance: fc.record({ id: idToken, version: versionToken }),
    moveBack: fc.record({
      id: idToken,
      version: versionToken,
      to: field(fc.constantFrom(...stages)),
      reason: field(
        fc.oneof(
          text,
          fc.constant('Alasan yang cukup panjang'),
          fc.constant('  Anggaran dialihkan tahun ini  '),
        ),
      ),
    }),
    discontinue: fc.record({
      id: idToken,
      version: versionToken,
      reason: field(
        fc.oneof(
          text,
          fc.constant('Alasan yang cukup panjang'),
          fc.constant('  Anggaran dialihkan tahun ini  '),
        ),
      ),
    }),
    reopen: fc.record({ id: idToken, version: versionToken }),
    setPublic: fc.record({ id: idToken, version: versionToken, isPublic: field(fc.boolean()) }),
  };

  /** Extra keys no schema knows, prototype pollution among them. */
  const extraKeys = fc.constantFrom<Record<string, unknown>>(
    JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>,
    JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') as Record<string, unknown>,
    { prototype: { polluted: true } },
    { isPublic: true },
    { stage: 'sustained' },
    { version: 1_000_000 },
  );

  return fc
    .record({
      actor: fc.constantFrom(...actors),
      procedure: fc.constantFrom(...procedures),
      shape: fc.constantFrom(...Array<'structured'>(6).fill('structured'), 'extra-key', 'anything'),
    })
    .chain(({ actor, procedure, shape }) =>
      fc.record({
        actor: fc.constant(actor),
        procedure: fc.constant(procedure),
        shape: fc.constant(shape),
        input: byProcedure[procedure],
        extra: extraKeys,
        anything,
      }),
    );
}

/** An object or array nested `depth` levels deep. */
function nested(kind: 'object' | 'array', depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = kind === 'object' ? { data: value } : [value];
  return value;
}

describe('the innovation fuzz test', () => {
  it('covers every procedure of the innovation router', () => {
    expect([...procedures].sort()).toEqual(Object.keys(innovationRouter._def.procedures).sort());
  });
});

describe.each(testDatabaseFactories())(
  'innovation procedures under hostile input on $dialect',
  (factory) => {
    let api: TestApi;
    const clients = {} as Record<ActorName, TestClient>;
    let ownUnit: string;
    let otherUnit: string;
    let own: Innovation[];
    let other: Innovation;
    const captured: Record<string, string> = {};

    beforeAll(async () => {
      api = await openTestApi(factory);
      clients.public = api.client();
      clients.staff = await api.as('dinkes.staf@demo.test');
      clients.otherStaff = await api.as('kominfo.staf@demo.test');
      clients.coordinator = await api.as('koordinator@demo.test');
      const staff = (await findCredentialsByEmail(api.handle.db, 'dinkes.staf@demo.test'))!.user;
      ownUnit = staff.unitId!;
      otherUnit = (await findCredentialsByEmail(api.handle.db, 'kominfo.staf@demo.test'))!.user
        .unitId!;
      own = [];
      for (const stage of [
        'problem',
        'need',
        'process',
        'quick_win',
        'evaluation',
        'discontinued',
      ] as const) {
        own.push(
          await insertTestInnovation(api.handle.db, {
            unitId: ownUnit,
            createdBy: staff.id,
            stage,
            isPublic: stage === 'need',
            title: `Puskesmas ${stage} layanan`,
          }),
        );
      }
      other = await insertTestInnovation(api.handle.db, {
        unitId: otherUnit,
        createdBy: null,
        stage: 'need',
        isPublic: true,
        title: 'Command Center Kominfo',
      });
      for (const sort of ['title', 'updated', 'created'] as const) {
        const page = await clients.staff.caller.innovation.list({
          sort:
            sort === 'title' ? 'title_asc' : sort === 'updated' ? 'updated_desc' : 'created_desc',
          limit: 2,
        });
        captured[`captured-${sort}`] = page.nextCursor!;
      }
    });
    afterAll(() => api?.close());

    /** Turns the symbolic parts of an input (which innovation, which version) into values. */
    async function resolve(input: Record<string, unknown>): Promise<Record<string, unknown>> {
      const out: Record<string, unknown> = { ...input };
      let target: string | undefined;
      const id = input.id as { kind: string; index?: number; value?: unknown } | undefined;
      if (id) {
        switch (id.kind) {
          case 'own':
            target = own[id.index! % own.length]!.id;
            out.id = target;
            break;
          case 'other':
            target = other.id;
            out.id = target;
            break;
          default:
            out.id = id.value;
        }
      }
      const version = input.version as { kind: string; value?: unknown } | undefined;
      if (version) {
        const current = target
          ? ((await findInnovationById(api.handle.db, target))?.version ?? 1)
          : 1;
        out.version =
          version.kind === 'current'
            ? current
            : version.kind === 'stale'
              ? Math.max(1, current - 1)
              : version.kind === 'ahead'
                ? current + 1
                : version.value;
      }
      for (const key of ['unitId'] as const) {
        if (out[key] === 'own-unit') out[key] = ownUnit;
        if (out[key] === 'other-unit') out[key] = otherUnit;
      }
      if (typeof out.cursor === 'string' && out.cursor in captured) {
        out.cursor = captured[out.cursor];
      }
      return out;
    }

    function call(client: TestClient, procedure: Procedure, input: unknown): Promise<unknown> {
      const caller = client.caller.innovation as unknown as Record<
        Procedure,
        (i: unknown) => Promise<unknown>
      >;
      return caller[procedure](input);
    }

    it('answers every call with a result or a 4xx TRPCError, and a refusal changes nothing', async () => {
      let snapshot = await snapshotDatabase(api.handle.db);
      const outcomes = new Map<string, number>();
      await fc.assert(
        fc.asyncProperty(
          arbitraries(),
          async ({ actor, procedure, shape, input, extra, anything }) => {
            const resolved = await resolve(input);
            const sent =
              shape === 'anything'
                ? anything
                : shape === 'extra-key'
                  ? // Spread, not assign: a `__proto__` key stays an own property, as JSON.parse makes it.
                    { ...resolved, ...extra }
                  : resolved;
            const error = await call(clients[actor], procedure, sent).then(
              () => null,
              (e: unknown) => e,
            );
            const key = `${procedure}:${error instanceof TRPCError ? error.code : error === null ? 'ok' : 'other'}`;
            outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
            if (error === null) {
              // Accepted calls may change the database: the next refusal is measured from here.
              snapshot = await snapshotDatabase(api.handle.db);
              return;
            }
            expect(error, `${procedure} by ${actor} threw something else`).toBeInstanceOf(
              TRPCError,
            );
            const trpc = error as TRPCError;
            expect(
              trpc.code,
              `${procedure} by ${actor}: ${String(trpc.cause ?? trpc.message)}`,
            ).not.toBe('INTERNAL_SERVER_ERROR');
            const status = getHTTPStatusCodeFromError(trpc);
            expect(status).toBeGreaterThanOrEqual(400);
            expect(status).toBeLessThan(500);
            expect(
              await snapshotDatabase(api.handle.db),
              `${procedure} by ${actor} refused but changed`,
            ).toEqual(snapshot);
          },
        ),
        { numRuns: 400, endOnFailure: true },
      );
      // Nothing polluted Object.prototype on the way.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
      // The search reached past validation: some calls were accepted, some refused for each reason.
      const accepted = [...outcomes]
        .filter(([k]) => k.endsWith(':ok'))
        .reduce((n, [, v]) => n + v, 0);
      expect(accepted).toBeGreaterThan(10);
      for (const code of ['BAD_REQUEST', 'FORBIDDEN', 'UNAUTHORIZED', 'NOT_FOUND']) {
        expect(
          [...outcomes.keys()].some((k) => k.endsWith(`:${code}`)),
          code,
        ).toBe(true);
      }
    });

    // NUL characters and lone surrogates cannot be stored (PostgreSQL refuses them): every
    // procedure refuses such input as malformed, on both engines.
    it('refuses text a database cannot store (NUL, lone surrogates) as BAD_REQUEST, changing nothing', async () => {
      const target = await insertTestInnovation(api.handle.db, {
        unitId: ownUnit,
        createdBy: null,
        stage: 'problem',
      });
      const attempts: [Procedure, unknown][] = [
        [
          'create',
          {
            unitId: ownUnit,
            title: 'Judul\u0000dengan NUL',
            summary: 'Ringkasan yang cukup panjang.',
            dimension: 'living',
            element: 'health',
            jenis: 'digital',
            bentuk: 'other',
            inisiator: 'unit',
          },
        ],
        [
          'updateSection',
          {
            id: target.id,
            version: 1,
            section: 'problem',
            data: { statement: 'Masalah \uD800 rusak' },
          },
        ],
      ];
      const before = await snapshotDatabase(api.handle.db);
      for (const [procedure, input] of attempts) {
        const error = await call(clients.staff, procedure, input).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, procedure).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code, procedure).toBe('BAD_REQUEST');
      }
      expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    });

    it('refuses every procedure to an unknown id of a well-formed UUID with NOT_FOUND, for every writer', async () => {
      const id = randomUUID();
      for (const actor of ['staff', 'otherStaff', 'coordinator'] as const) {
        for (const procedure of procedures) {
          if (procedure === 'list' || procedure === 'create') continue;
          const input = {
            id,
            version: 1,
            section: 'problem',
            data: {},
            to: 'problem',
            reason: 'alasan yang cukup panjang',
            isPublic: true,
          };
          const wanted: Record<string, readonly string[]> = {
            byId: ['id'],
            updateSection: ['id', 'version', 'section', 'data'],
            moveBack: ['id', 'version', 'to', 'reason'],
            discontinue: ['id', 'version', 'reason'],
            setPublic: ['id', 'version', 'isPublic'],
          };
          const keys = wanted[procedure] ?? ['id', 'version'];
          const sent = Object.fromEntries(keys.map((k) => [k, input[k as keyof typeof input]]));
          const error = await call(clients[actor], procedure, sent).then(
            () => null,
            (e: unknown) => e,
          );
          expect((error as TRPCError | null)?.code, `${procedure} by ${actor}`).toBe('NOT_FOUND');
        }
      }
    });
  },
);
