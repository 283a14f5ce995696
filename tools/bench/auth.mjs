// Measures what a login costs and how fast `auth.me` answers through real HTTP.
//
//   node tools/bench/auth.mjs [requests=2000]
//
// 1. argon2id hash and verify times for the product's parameters and two alternatives.
// 2. `auth.me` with a session cookie through HTTP against the built API app (`npm run build`
//    first), sequentially and with 8 concurrent clients; SQLite always, PostgreSQL when
//    TEST_DATABASE_URL (or DATABASE_URL_PG) is set.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hash, verify } from '@node-rs/argon2';
import pg from 'pg';
import { describeSamples, freePort } from './measure.mjs';

const root = join(import.meta.dirname, '..', '..');
const requests = Number(process.argv[2] ?? 2000);
const password = 'Demo-Sumedang-2022';

const summary = describeSamples;

console.log('argon2id (one core, @node-rs/argon2):');
for (const [label, options] of [
  ['m=46 MiB t=1 p=1 (chosen; OWASP)', { memoryCost: 47104, timeCost: 1, parallelism: 1 }],
  ['m=19 MiB t=2 p=1 (OWASP minimum)', { memoryCost: 19456, timeCost: 2, parallelism: 1 }],
  ['m=64 MiB t=3 p=1 (RFC 9106 2nd)', { memoryCost: 65536, timeCost: 3, parallelism: 1 }],
]) {
  const hashes = [];
  const verifies = [];
  let h;
  for (let i = 0; i < 20; i++) {
    let t = performance.now();
    h = await hash(password, { algorithm: 2, ...options });
    hashes.push(performance.now() - t);
    t = performance.now();
    await verify(h, password);
    verifies.push(performance.now() - t);
  }
  console.log(`  ${label.padEnd(34)} hash ${summary(hashes)}; verify ${summary(verifies)}`);
}

async function measureMe(label, databaseUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist/apps/api/main.mjs')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'warn',
      DEMO_DATA: 'true',
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
      if (i > 300) throw new Error('server not ready');
      await new Promise((r) => setTimeout(r, 50));
    }
    const loginStart = performance.now();
    const login = await fetch(`${base}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf': '1' },
      body: JSON.stringify({ email: 'dinkes.staf@demo.test', password }),
    });
    const loginMs = performance.now() - loginStart;
    const cookie = login.headers.getSetCookie()[0].split(';')[0];
    const me = async () => {
      const t = performance.now();
      const res = await fetch(`${base}/trpc/auth.me`, { headers: { cookie } });
      await res.json();
      if (!res.ok) throw new Error(`auth.me ${res.status}`);
      return performance.now() - t;
    };
    for (let i = 0; i < 200; i++) await me(); // warm-up
    const sequential = [];
    for (let i = 0; i < requests; i++) sequential.push(await me());
    const concurrent = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let i = 0; i < requests / 8; i++) concurrent.push(await me());
      }),
    );
    const rate = (requests / ((performance.now() - started) / 1000)).toFixed(0);
    console.log(`${label}: login over HTTP ${loginMs.toFixed(1)} ms`);
    console.log(`  auth.me sequential:      ${summary(sequential)}`);
    console.log(`  auth.me 8 concurrent:    ${summary(concurrent)}; ${rate} requests/s`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

const dir = mkdtempSync(join(tmpdir(), 'smartcity-bench-auth-'));
await measureMe('SQLite', `sqlite:${join(dir, 'bench.db')}`);
rmSync(dir, { recursive: true, force: true });

const pgUrl = process.env.DATABASE_URL_PG ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  const name = `smartcity_bench_auth_${process.pid}`;
  await admin.query(`create database ${name}`);
  const url = new URL(pgUrl);
  url.pathname = `/${name}`;
  try {
    await measureMe('PostgreSQL', url.toString());
  } finally {
    await admin.query(`drop database ${name} with (force)`);
    await admin.end();
  }
} else {
  console.log('PostgreSQL: skipped (set TEST_DATABASE_URL or DATABASE_URL_PG)');
}
