// Measures the monitoring dashboard on a large register (200,000 innovations, 2,000,000 events):
//
//   node --import tsx tools/bench/dashboard.mjs [count=200000] [events=2000000] [runs=300] [--explain]
//
// For SQLite (a fresh file database) and, when TEST_DATABASE_URL or DATABASE_URL_PG is set,
// PostgreSQL (a fresh database on that server), it migrates, seeds the demo units and accounts,
// inserts `count` generated demo innovations with their histories (`seedDemoInnovations`, the
// code start-up uses), tops the event log up to `events` rows with further section-update events
// spread over the innovations (the histories alone average fewer than ten events each), then
// times `dashboard.summary` (several filters), `dashboard.units` and `dashboard.public`:
//
// 1. in process: `createCaller` of `@smartcity/api` with a fresh request context per call, logged
//    in as the coordinator: p50 and p99 over `runs` calls after warm-up;
// 2. through HTTP: the built API app (`dist/apps/api/main.mjs`, rebuilt when its sources
//    changed) on a free port against the same database, `GET /trpc/dashboard.summary`.
//
// The target: `dashboard.summary` p99 under 50 ms in process on SQLite.
import { CompiledQuery, sql } from 'kysely';
import { readDashboardSummary } from '@smartcity/db';
import { ensureBuilt } from '../ensure-built.mjs';
import {
  inProcessCaller,
  onEveryEngine,
  prepareDatabase,
  printTable,
  timeRuns,
  withHttpApi,
} from './support.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [countArg, eventsArg, runsArg] = args.filter((a) => !a.startsWith('--'));
const count = Number(countArg ?? 200_000);
const eventTarget = Number(eventsArg ?? 2_000_000);
const runs = Number(runsArg ?? 300);
const warmup = Math.max(10, Math.round(runs / 10));
const staleDays = 30;
const currentYear = new Date().getUTCFullYear();

/** What is timed: the target first. `input` may depend on the database (a unit id). */
const cases = [
  { name: 'summary, no filter (target)', path: 'dashboard.summary', input: () => ({}) },
  {
    name: `summary, year ${currentYear - 1}`,
    path: 'dashboard.summary',
    input: () => ({ year: currentYear - 1 }),
  },
  {
    name: 'summary, dimension governance',
    path: 'dashboard.summary',
    input: () => ({ dimension: 'governance' }),
  },
  {
    name: 'summary, one unit (Dinas Kesehatan)',
    path: 'dashboard.summary',
    input: (ids) => ({ unitId: ids.dinkes }),
  },
  { name: 'units (55 scorecards)', path: 'dashboard.units', input: () => ({}) },
  { name: 'public (published only)', path: 'dashboard.public', input: () => ({}) },
];

const rows = [];
const notes = [];

/** Adds section-update events until the log holds `eventTarget` rows (one statement per round). */
async function topUpEvents(label, db) {
  const countEvents = async () =>
    Number((await sql`select count(*) as n from events`.execute(db)).rows[0].n);
  const fromHistories = await countEvents();
  let total = fromHistories;
  const started = performance.now();
  while (total < eventTarget) {
    const missing = eventTarget - total;
    await sql`
      insert into events (occurred_at, region_id, actor_user_id, actor_address, entity_type,
                          entity_id, action, before, after)
      select i.updated_at, null, i.updated_by, null, 'innovation', i.id,
             'innovation.section_updated', null, ${'{"section":"problem","data":{}}'}
      from innovations i
      order by i.id
      limit ${Math.min(missing, count)}`.execute(db);
    total = await countEvents();
  }
  const line = `${label}: ${fromHistories} events from the histories, ${total - fromHistories} added (${((performance.now() - started) / 1000).toFixed(1)} s): ${total} in all`;
  console.log(line);
  notes.push(line);
}

/** Prints the engine's plan of every statement `readDashboardSummary` runs (no filter). */
async function explain(label, db, dialect) {
  const compiled = [];
  const capturing = db.withPlugin({
    transformQuery: ({ node, queryId }) => {
      compiled.push(db.getExecutor().compileQuery(node, queryId));
      return node;
    },
    transformResult: ({ result }) => Promise.resolve(result),
  });
  await readDashboardSummary(capturing, {}, { now: new Date(), staleDays });
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

async function unitIds(db) {
  const row = await db
    .selectFrom('units')
    .select('id')
    .where('code', '=', 'dinkes')
    .executeTakeFirst();
  return { dinkes: row.id };
}

const call = (caller, path, input) => {
  const [router, procedure] = path.split('.');
  return caller[router][procedure](input);
};

ensureBuilt();
await onEveryEngine('dashboard', async (label, databaseUrl, target) => {
  const { handle, passwords } = await prepareDatabase(label, target, { count });
  let ids;
  try {
    await topUpEvents(label, handle.db);
    ids = await unitIds(handle.db);
    if (flags.has('--explain')) await explain(label, handle.db, target.dialect);
    const request = await inProcessCaller(handle, passwords, { staleDays });
    for (const c of cases) {
      const input = c.input(ids);
      let answer;
      const result = await timeRuns(
        async () => {
          answer = await call(request(), c.path, input);
        },
        { runs, warmup },
      );
      const extra = Array.isArray(answer) ? `${answer.length} rows` : `total ${answer.total}`;
      rows.push({ engine: label, query: c.name, path: 'in process', ...result, extra });
    }
  } finally {
    await handle.close();
  }
  await withHttpApi(databaseUrl, async ({ get }) => {
    for (const c of cases) {
      const result = await timeRuns(() => get(c.path, c.input(ids)), { runs, warmup });
      rows.push({ engine: label, query: c.name, path: 'HTTP', ...result });
    }
  });
});

console.log(
  `\ndashboard benchmark: ${count} innovations, ${eventTarget} events, ${runs} runs per case after ${warmup} warm-up, Node ${process.version}`,
);
for (const note of notes) console.log(note);
printTable(rows, 40);
const target = rows.find(
  (r) => r.engine === 'SQLite' && r.path === 'in process' && r.query.endsWith('(target)'),
);
if (target) {
  console.log(
    `\nTarget (SQLite, in process, dashboard.summary): p99 ${target.p99.toFixed(2)} ms — ${target.p99 < 50 ? 'met (< 50 ms)' : 'MISSED (≥ 50 ms)'}`,
  );
}
