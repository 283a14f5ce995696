// Shared pieces of the benchmarks in tools/bench: timing with percentiles, a database per engine
// filled with generated demo innovations, the procedures called in process as the API tests call
// them, and the built API app started on a free port for the HTTP figures.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createCaller, createContext, createPasswordHasher } from '@smartcity/api';
import { migrateToLatest, openDatabase } from '@smartcity/db';
import { seedDemoInnovations, demoPassword, seedDemoData } from '@smartcity/demo-data';
import { root } from '../ensure-built.mjs';
import { freePort, summarise, timeRuns } from './measure.mjs';

export { summarise, timeRuns };

export const coordinator = 'koordinator@demo.test';

/** A browser's cookie store in miniature (as the API tests use). */
export function cookieJar() {
  const cookies = new Map();
  return {
    get: (name) => cookies.get(name),
    set: (name, value) => void cookies.set(name, value),
    clear: (name) => void cookies.delete(name),
  };
}

/**
 * A fresh, migrated database with the demo region, units and accounts and `count` generated
 * demo innovations (with their histories unless `events` is false), as start-up seeds them.
 */
export async function prepareDatabase(label, target, { count, events = true }) {
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
    events,
    onProgress: (n) => {
      if (performance.now() - lastReport > 5_000) {
        lastReport = performance.now();
        process.stderr.write(`  ${label}: ${n} innovations written…\n`);
      }
    },
  });
  const insertMs = performance.now() - started;
  console.log(
    `${label}: inserted ${inserted} innovations${events ? ' with their histories' : ''} in ${(insertMs / 1000).toFixed(1)} s (${Math.round(inserted / (insertMs / 1000))}/s)`,
  );
  return { handle, passwords };
}

/**
 * A function that returns a fresh tRPC caller per call (a request of its own), logged in as the
 * coordinator, over an open database: the procedures in process, without HTTP.
 */
export async function inProcessCaller(handle, passwords, { staleDays }) {
  const deps = { db: handle.db, now: () => new Date(), passwords, secureCookies: false, staleDays };
  const cookies = cookieJar();
  const request = () =>
    createCaller(
      createContext(deps, { clientAddress: '127.0.0.1', headers: { 'x-csrf': '1' }, cookies }),
    );
  await request().auth.login({ email: coordinator, password: demoPassword });
  return request;
}

/**
 * Starts the built API app (`dist/apps/api/main.mjs`) on a free port against a database, logs in
 * as the coordinator, runs `fn({ base, cookie, get, pid })` and stops the server. `get(path,
 * input)` calls a tRPC query over HTTP and throws on an error answer; `pid` is the server's.
 */
export async function withHttpApi(databaseUrl, fn) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      NOTIFY_SWEEP_MINUTES: '0',
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
      if (i > 1200) throw new Error('server not ready within 60 s');
      await new Promise((r) => setTimeout(r, 50));
    }
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf': '1' },
      body: JSON.stringify({ email: coordinator, password: demoPassword }),
    });
    if (!login.ok) throw new Error(`login ${login.status}`);
    const cookie = login.headers.getSetCookie()[0].split(';')[0];
    const get = async (path, input) => {
      const url = `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`;
      const res = await fetch(url, { headers: { cookie } });
      const body = await res.json();
      if (!res.ok) throw new Error(`${path} ${res.status}: ${JSON.stringify(body)}`);
      return body;
    };
    return await fn({ base, cookie, get, pid: child.pid });
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

/**
 * Runs `bench(label, databaseUrl, target)` on a fresh SQLite file, then on a fresh PostgreSQL
 * database when `DATABASE_URL_PG` or `TEST_DATABASE_URL` names a server (created and dropped).
 */
export async function onEveryEngine(prefix, bench) {
  const dir = mkdtempSync(join(tmpdir(), `smartcity-bench-${prefix}-`));
  const file = join(dir, 'bench.db');
  try {
    await bench('SQLite', `sqlite:${file}`, { dialect: 'sqlite', filename: file });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pgUrl = process.env.DATABASE_URL_PG ?? process.env.TEST_DATABASE_URL;
  if (!pgUrl) {
    console.log('PostgreSQL: skipped (set TEST_DATABASE_URL or DATABASE_URL_PG to measure it)');
    return;
  }
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  const name = `smartcity_bench_${prefix}_${process.pid}`;
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
}

/** Prints measured rows `{ engine, query, path, p50, p99, max, n, extra }` as a table. */
export function printTable(rows, queryWidth = 48) {
  const fmt = (ms) => ms.toFixed(2).padStart(8);
  const header = `${'engine'.padEnd(11)}${'query'.padEnd(queryWidth)}${'path'.padEnd(22)}${'p50 ms'.padStart(8)}${'p99 ms'.padStart(9)}${'max ms'.padStart(9)}  n     note`;
  console.log(`\n${header}\n${'─'.repeat(header.length + 8)}`);
  for (const r of rows) {
    console.log(
      `${r.engine.padEnd(11)}${r.query.padEnd(queryWidth)}${r.path.padEnd(22)}${fmt(r.p50)} ${fmt(r.p99)} ${fmt(r.max)}  ${String(r.n).padEnd(5)} ${r.extra ?? ''}`,
    );
  }
}
