// Measures `innovation.list` on a register of many innovations (100,000 by default):
//
//   node --import tsx tools/bench/innovation-list.mjs [count=100000] [runs=500] [--no-events] [--explain]
//
// For SQLite (a fresh file database) and, when TEST_DATABASE_URL or DATABASE_URL_PG is set,
// PostgreSQL (a fresh database on that server), it migrates, seeds the demo units and accounts,
// inserts `count` generated demo innovations with their histories (`seedDemoInnovations`, the
// code start-up uses; `--no-events` skips the histories), then times:
//
// 1. the repository (`listInnovations`) and the procedure in process (`createCaller` of
//    `@smartcity/api` with a fresh request context per call, logged in as the coordinator, as
//    `libs/api/src/testing/test-api.ts` builds it): p50 and p99 over `runs` calls after warm-up;
// 2. the procedure through HTTP: the built API app (`dist/apps/api/main.mjs`, rebuilt when its
//    sources changed) on a free port against the same database, `GET /trpc/innovation.list`.
//
// The target: p99 under 30 ms in process on SQLite for two filters plus a text search.
// `--explain` prints the query plans of the target query.
import { CompiledQuery } from 'kysely';
import { listInnovations } from '@smartcity/db';
import { innovationListInputSchema, staleSince } from '@smartcity/domain';
import { ensureBuilt } from '../ensure-built.mjs';
import {
  inProcessCaller,
  onEveryEngine,
  prepareDatabase,
  printTable as printRows,
  timeRuns,
  withHttpApi,
} from './support.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [countArg, runsArg] = args.filter((a) => !a.startsWith('--'));
const count = Number(countArg ?? 100_000);
const runs = Number(runsArg ?? 500);
const warmup = Math.max(20, Math.round(runs / 10));
const withEvents = !flags.has('--no-events');
const staleDays = 30;

/** The queries: the target first (two filters and a text search). */
const queries = [
  {
    name: 'dimension + stage + search "layanan" (target)',
    input: { dimension: 'governance', stage: 'quick_win', search: 'layanan' },
  },
  { name: 'no filter, first page', input: {} },
  { name: 'one filter: stage = quick_win', input: { stage: 'quick_win' } },
  { name: 'search only: "layanan"', input: { search: 'layanan' } },
  { name: 'search two words: "sampah desa"', input: { search: 'sampah desa' } },
  { name: 'stale, by title', input: { stale: true, sort: 'title_asc' } },
  { name: 'deep cursor page (page 400)', input: {}, deepPage: 400 },
];

const time = (fn) => timeRuns(fn, { runs, warmup });

/**
 * The repository's filter from the procedure's input, as `innovationFilterFor` maps it for a
 * logged-in caller (the stale cut-off by the domain's `staleSince`).
 */
function filterOf(input, now) {
  return {
    unitId: input.unitId,
    dimension: input.dimension,
    element: input.element,
    stage: input.stage,
    jenis: input.jenis,
    tahapan: input.tahapan,
    isPublic: input.isPublic,
    staleBefore: input.stale ? staleSince(now, staleDays) : undefined,
    search: input.search,
  };
}

const rows = [];
function record(engine, query, path, result, extra = '') {
  rows.push({ engine, query, path, ...result, extra });
}

/** Prints the engine's plan of every statement `listInnovations` runs for this input. */
async function explain(label, handle, dialect, input) {
  const { db } = handle;
  const compiled = [];
  const capturing = db.withPlugin({
    transformQuery: ({ node, queryId }) => {
      compiled.push(db.getExecutor().compileQuery(node, queryId));
      return node;
    },
    transformResult: ({ result }) => Promise.resolve(result),
  });
  await listInnovations(capturing, filterOf(input, new Date()), {
    sort: 'updated_desc',
    limit: 25,
  });
  const prefix = dialect === 'postgres' ? 'explain (analyze) ' : 'explain query plan ';
  for (const query of compiled) {
    const plan = await db.executeQuery(
      CompiledQuery.raw(prefix + query.sql, [...query.parameters]),
    );
    console.log(
      `\n${label} plan of: ${query.sql}\n  parameters: ${JSON.stringify(query.parameters)}`,
    );
    for (const row of plan.rows) console.log(`  ${Object.values(row).join(' | ')}`);
  }
}

async function measureInProcess(label, handle, passwords) {
  const request = await inProcessCaller(handle, passwords, { staleDays });
  for (const query of queries) {
    let input = query.input;
    let total;
    if (query.deepPage) {
      let cursor;
      for (let page = 1; page < query.deepPage; page++) {
        const answer = await request().innovation.list({ ...input, cursor });
        cursor = answer.nextCursor ?? undefined;
        if (!cursor) break;
      }
      input = { ...input, cursor };
    }
    const parsed = innovationListInputSchema.parse(input);
    const repo = await time(async () => {
      const page = await listInnovations(handle.db, filterOf(parsed, new Date()), {
        sort: parsed.sort,
        limit: parsed.limit,
        cursor: parsed.cursor,
      });
      total = page.total;
    });
    record(label, query.name, 'repository', repo, `total ${total}`);
    const proc = await time(() => request().innovation.list(input));
    record(label, query.name, 'procedure in process', proc, `total ${total}`);
    query.resolvedInput ??= {};
    query.resolvedInput[label] = input;
  }
}

async function measureHttp(label, databaseUrl) {
  await withHttpApi(databaseUrl, async ({ get }) => {
    for (const query of queries) {
      const result = await time(() => get('innovation.list', query.resolvedInput[label]));
      record(label, query.name, 'HTTP', result);
    }
  });
}

function printTable() {
  printRows(rows);
  const target = rows.find(
    (r) =>
      r.engine === 'SQLite' && r.path === 'procedure in process' && r.query.endsWith('(target)'),
  );
  if (target) {
    console.log(
      `\nTarget (SQLite, in process, two filters + search): p99 ${target.p99.toFixed(2)} ms — ${target.p99 < 30 ? 'met (< 30 ms)' : 'MISSED (≥ 30 ms)'}`,
    );
  }
}

async function bench(label, databaseUrl, target) {
  const { handle, passwords } = await prepareDatabase(label, target, {
    count,
    events: withEvents,
  });
  try {
    if (flags.has('--explain')) await explain(label, handle, target.dialect, queries[0].input);
    await measureInProcess(label, handle, passwords);
  } finally {
    await handle.close();
  }
  await measureHttp(label, databaseUrl);
}

console.log(
  `innovation.list benchmark: ${count} innovations, ${runs} runs per query after ${warmup} warm-up, Node ${process.version}`,
);
ensureBuilt();
await onEveryEngine('list', bench);
printTable();
