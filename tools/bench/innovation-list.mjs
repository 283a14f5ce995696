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
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompiledQuery } from 'kysely';
import pg from 'pg';
import { createCaller, createContext, createPasswordHasher } from '@smartcity/api';
import {
  demoPassword,
  listInnovations,
  migrateToLatest,
  openDatabase,
  seedDemoData,
} from '@smartcity/db';
import { innovationListInputSchema } from '@smartcity/domain';
import { seedDemoInnovations } from '@smartcity/demo-data';
import { ensureBuilt, root } from '../ensure-built.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const [countArg, runsArg] = args.filter((a) => !a.startsWith('--'));
const count = Number(countArg ?? 100_000);
const runs = Number(runsArg ?? 500);
const warmup = Math.max(20, Math.round(runs / 10));
const withEvents = !flags.has('--no-events');
const coordinator = 'koordinator@demo.test';
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

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summarise(samples) {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p99: percentile(s, 99), max: s.at(-1), n: s.length };
}

async function time(fn) {
  for (let i = 0; i < warmup; i++) await fn();
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    samples.push(performance.now() - t);
  }
  return summarise(samples);
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A browser's cookie store in miniature (as the API tests use). */
function cookieJar() {
  const cookies = new Map();
  return {
    get: (name) => cookies.get(name),
    set: (name, value) => void cookies.set(name, value),
    clear: (name) => void cookies.delete(name),
  };
}

/** The repository's filter from the procedure's input, as `list.procedure.ts` maps it. */
function filterOf(input, now) {
  return {
    unitId: input.unitId,
    dimension: input.dimension,
    element: input.element,
    stage: input.stage,
    jenis: input.jenis,
    tahapan: input.tahapan,
    isPublic: input.isPublic,
    staleBefore: input.stale ? new Date(now.getTime() - staleDays * 86_400_000) : undefined,
    search: input.search,
  };
}

const rows = [];
function record(engine, query, path, result, extra = '') {
  rows.push({ engine, query, path, ...result, extra });
}

async function prepare(label, databaseUrl, target) {
  const handle = openDatabase(target);
  const passwords = createPasswordHasher();
  await migrateToLatest(handle.db);
  const now = new Date();
  await seedDemoData(handle.db, now, { demoPasswordHash: await passwords.hash(demoPassword) });
  const started = performance.now();
  let lastReport = started;
  const inserted = await seedDemoInnovations(handle.db, {
    now,
    count,
    events: withEvents,
    onProgress: (n) => {
      if (performance.now() - lastReport > 5_000) {
        lastReport = performance.now();
        process.stderr.write(`  ${label}: ${n} innovations written…\n`);
      }
    },
  });
  const insertMs = performance.now() - started;
  console.log(
    `${label}: inserted ${inserted} innovations${withEvents ? ' with their histories' : ''} in ${(insertMs / 1000).toFixed(1)} s (${Math.round(inserted / (insertMs / 1000))}/s)`,
  );
  return { handle, passwords, insertMs, inserted };
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
  const deps = { db: handle.db, now: () => new Date(), passwords, secureCookies: false, staleDays };
  const cookies = cookieJar();
  const request = () =>
    createCaller(
      createContext(deps, { clientAddress: '127.0.0.1', headers: { 'x-csrf': '1' }, cookies }),
    );
  await request().auth.login({ email: coordinator, password: demoPassword });
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
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      try {
        if ((await fetch(`${base}/readyz`)).ok) break;
      } catch {
        // not up yet
      }
      if (i > 600) throw new Error('server not ready within 30 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf': '1' },
      body: JSON.stringify({ email: coordinator, password: demoPassword }),
    });
    if (!login.ok) throw new Error(`login ${login.status}`);
    const cookie = login.headers.getSetCookie()[0].split(';')[0];
    for (const query of queries) {
      const input = query.resolvedInput[label];
      const url = `${base}/trpc/innovation.list?input=${encodeURIComponent(JSON.stringify(input))}`;
      const result = await time(async () => {
        const res = await fetch(url, { headers: { cookie } });
        const body = await res.json();
        if (!res.ok) throw new Error(`innovation.list ${res.status}: ${JSON.stringify(body)}`);
      });
      record(label, query.name, 'HTTP', result);
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

function printTable() {
  const fmt = (ms) => ms.toFixed(2).padStart(8);
  const header = `${'engine'.padEnd(11)}${'query'.padEnd(48)}${'path'.padEnd(22)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}  n     note`;
  console.log(`\n${header}\n${'─'.repeat(header.length + 8)}`);
  for (const r of rows) {
    console.log(
      `${r.engine.padEnd(11)}${r.query.padEnd(48)}${r.path.padEnd(22)}${fmt(r.p50)} ${fmt(r.p99)} ${fmt(r.max)}  ${String(r.n).padEnd(5)} ${r.extra}`,
    );
  }
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

async function bench(label, databaseUrl, target, cleanup) {
  const { handle, passwords } = await prepare(label, databaseUrl, target);
  try {
    if (flags.has('--explain')) await explain(label, handle, target.dialect, queries[0].input);
    await measureInProcess(label, handle, passwords);
  } finally {
    await handle.close();
  }
  await measureHttp(label, databaseUrl);
  await cleanup?.();
}

console.log(
  `innovation.list benchmark: ${count} innovations, ${runs} runs per query after ${warmup} warm-up, Node ${process.version}`,
);
ensureBuilt();

const dir = mkdtempSync(join(tmpdir(), 'smartcity-bench-list-'));
const file = join(dir, 'bench.db');
try {
  await bench('SQLite', `sqlite:${file}`, { dialect: 'sqlite', filename: file });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pgUrl = process.env.DATABASE_URL_PG ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  const name = `smartcity_bench_list_${process.pid}`;
  await admin.query(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  try {
    await bench('PostgreSQL', url.toString(), {
      dialect: 'postgres',
      connectionString: url.toString(),
    });
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else {
  console.log('PostgreSQL: skipped (set TEST_DATABASE_URL or DATABASE_URL_PG to measure it)');
}
printTable();
