// Measures the time from `npm start` on a built tree to `/readyz` answering 200, for SQLite and
// (when DATABASE_URL_PG or TEST_DATABASE_URL is set) PostgreSQL. Each engine is measured on a
// first start (empty database: migrate + seed) and on later starts (already migrated).
//
//   node tools/bench/startup.mjs [runs=5]
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './measure.mjs';

const root = join(import.meta.dirname, '..', '..');
const runs = Number(process.argv[2] ?? 5);

async function startOnce(databaseUrl) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  let ms;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) {
        ms = performance.now() - started;
        break;
      }
    } catch {
      // not up yet
    }
    if (performance.now() - started > 30_000) throw new Error('not ready within 30 s');
    await new Promise((r) => setTimeout(r, 10));
  }
  const exited = new Promise((r) => child.once('exit', r));
  process.kill(-child.pid, 'SIGTERM');
  await exited;
  return ms;
}

function stats(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(0)} ms, min ${sorted[0].toFixed(0)} ms, max ${sorted.at(-1).toFixed(0)} ms (n=${samples.length})`;
}

async function measure(label, makeUrl, cleanup) {
  const first = [];
  const later = [];
  for (let i = 0; i < runs; i++) {
    const url = await makeUrl();
    first.push(await startOnce(url));
    later.push(await startOnce(url));
    await cleanup(url);
  }
  console.log(`${label.padEnd(10)} first start (migrate + seed): ${stats(first)}`);
  console.log(`${label.padEnd(10)} later start (migrated):       ${stats(later)}`);
}

const dir = mkdtempSync(join(tmpdir(), 'smartcity-bench-'));
let n = 0;
await measure(
  'SQLite',
  async () => `sqlite:${join(dir, `bench-${n++}.db`)}`,
  async () => undefined,
);
rmSync(dir, { recursive: true, force: true });

const pgUrl = process.env.DATABASE_URL_PG ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await measure(
    'PostgreSQL',
    async () => {
      const name = `smartcity_bench_${process.pid}_${n++}`;
      await admin.query(`create database ${name}`);
      const url = new URL(pgUrl);
      url.pathname = `/${name}`;
      return url.toString();
    },
    async (url) => admin.query(`drop database ${new URL(url).pathname.slice(1)}`),
  );
  await admin.end();
} else {
  console.log('PostgreSQL: skipped (set DATABASE_URL_PG or TEST_DATABASE_URL to measure it)');
}
