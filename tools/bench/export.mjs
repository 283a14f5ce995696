// Measures exporting the innovation register to XLSX and CSV (`/exports/inovasi.xlsx|.csv`):
//
//   node --import tsx tools/bench/export.mjs [count=100000] [small=10000] [--no-http]
//
// For SQLite (a fresh file database) and, when TEST_DATABASE_URL or DATABASE_URL_PG is set,
// PostgreSQL (a fresh database on that server), with `small` and then `count` generated demo
// innovations (`seedDemoInnovations`, without histories: an export reads none), it exports every
// innovation (no filter, the list's default order), each format in a process of its own so that
// the memory figures are the export's:
//
// 1. in process: `prepareExport` of `@smartcity/api`, logged in as the coordinator, written to a
//    sink that discards the bytes — time, bytes, and memory: RSS before and at its peak
//    (`process.resourceUsage().maxRSS`), heap used before and at its peak (sampled at every
//    chunk written);
//    The same again with the heap capped at 96 MB (`--max-old-space-size`): streaming must fit;
// 2. over HTTP: the built API app (`dist/apps/api/main.mjs`, rebuilt when its sources changed) on
//    a free port, the file downloaded to the last byte — time, bytes, and the server's RSS before
//    and at its peak (`VmHWM` of /proc/<pid>/status).
//
// The target: 100,000 innovations to XLSX in under 15 s. Streaming should keep the memory roughly
// the same for 10,000 and 100,000 innovations.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { demoPassword } from '@smartcity/demo-data';
import { ensureBuilt, root } from '../ensure-built.mjs';
import { cookieJar, coordinator, onEveryEngine, prepareDatabase, withHttpApi } from './support.mjs';

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const positional = args.filter((a) => !a.startsWith('--'));
const self = fileURLToPath(import.meta.url);
const mb = (bytes) => (bytes / 1024 / 1024).toFixed(0);

/**
 * The child of an in-process measurement: opens the database, logs in, exports every innovation
 * to a sink and prints one JSON line with the figures.
 */
async function measureInProcess(target, format) {
  const { createCaller, createContext, createPasswordHasher, prepareExport } =
    await import('@smartcity/api');
  const { openDatabase } = await import('@smartcity/db');
  const handle = openDatabase(target);
  const deps = {
    db: handle.db,
    now: () => new Date(),
    passwords: createPasswordHasher(),
    secureCookies: false,
  };
  const cookies = cookieJar();
  const request = { clientAddress: '127.0.0.1', headers: { 'x-csrf': '1' }, cookies };
  await createCaller(createContext(deps, request)).auth.login({
    email: coordinator,
    password: demoPassword,
  });
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let bytes = 0;
  const sink = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk, _encoding, callback) {
      bytes += chunk.length;
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      // Let the event loop turn, as a socket would.
      setImmediate(callback);
    },
  });
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const download = await prepareExport(deps, request, {
    list: 'innovations',
    format,
    input: undefined,
  });
  await download.write(sink);
  const ms = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const maxRss = process.resourceUsage().maxRSS * 1024;
  await handle.close();
  console.log(
    JSON.stringify({
      ms,
      cpuMs: (cpu.user + cpu.system) / 1000,
      bytes,
      rssBefore: before.rss,
      maxRss,
      heapBefore: before.heapUsed,
      peakHeap,
    }),
  );
}

/** Runs this script as a child in measuring mode (optionally with a capped heap). */
function child(target, format, heapCapMb) {
  return new Promise((resolve, reject) => {
    const cap = heapCapMb === undefined ? [] : [`--max-old-space-size=${heapCapMb}`];
    const proc = spawn(
      process.execPath,
      ['--import', 'tsx', '--expose-gc', ...cap, self, '--measure', JSON.stringify(target), format],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    proc.stdout.on('data', (chunk) => (out += chunk));
    proc.once('exit', (code) => {
      const line = out.trim().split('\n').at(-1);
      if (code === 0 && line) resolve(JSON.parse(line));
      else reject(new Error(`measurement exited with ${code}: ${out}`));
    });
  });
}

/** A process's resident memory (current and peak) from /proc. */
function procMemory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
}

/** Downloads the export from the built server, started for this one download. */
function measureHttp(databaseUrl, format) {
  return withHttpApi(databaseUrl, async ({ base, cookie, pid }) => {
    const before = procMemory(pid);
    const started = performance.now();
    const response = await fetch(`${base}/exports/inovasi.${format}`, {
      headers: { cookie, 'accept-encoding': 'identity' },
    });
    if (!response.ok) throw new Error(`export ${response.status}: ${await response.text()}`);
    let bytes = 0;
    for await (const chunk of response.body) bytes += chunk.length;
    const ms = performance.now() - started;
    const after = procMemory(pid);
    return { ms, bytes, rssBefore: before.rss, maxRss: after.hwm };
  });
}

const rows = [];
/** The old-generation cap of the capped runs (V8's `--max-old-space-size`). */
const heapCapMb = 96;

async function benchEngine(label, databaseUrl, target, count) {
  const { handle } = await prepareDatabase(`${label} ${count}`, target, { count, events: false });
  await handle.close();
  for (const format of ['xlsx', 'csv']) {
    const inProcess = await child(target, format);
    rows.push({ engine: label, count, format, path: 'in process', ...inProcess });
    // The same with the heap capped: a file held in memory, or rows gathered, would not fit.
    const capped = await child(target, format, heapCapMb);
    rows.push({ engine: label, count, format, path: `heap ≤ ${heapCapMb} MB`, ...capped });
    if (!flags.has('--no-http')) {
      const http = await measureHttp(databaseUrl, format);
      rows.push({ engine: label, count, format, path: 'HTTP', ...http });
    }
  }
}

function printRows() {
  const header = `${'engine'.padEnd(11)}${'innovations'.padStart(11)}  ${'format'.padEnd(7)}${'path'.padEnd(15)}${'time s'.padStart(8)}${'CPU s'.padStart(7)}${'MB out'.padStart(8)}${'RSS before'.padStart(12)}${'RSS peak'.padStart(10)}${'heap before'.padStart(13)}${'heap peak'.padStart(11)}`;
  console.log(`\n${header}\n${'─'.repeat(header.length)}`);
  for (const r of rows) {
    console.log(
      `${r.engine.padEnd(11)}${String(r.count).padStart(11)}  ${r.format.padEnd(7)}${r.path.padEnd(15)}${(r.ms / 1000).toFixed(1).padStart(8)}${(r.cpuMs === undefined ? '–' : (r.cpuMs / 1000).toFixed(1)).padStart(7)}${mb(r.bytes).padStart(8)}${mb(r.rssBefore).padStart(12)}${mb(r.maxRss).padStart(10)}${(r.heapBefore === undefined ? '–' : mb(r.heapBefore)).padStart(13)}${(r.peakHeap === undefined ? '–' : mb(r.peakHeap)).padStart(11)}`,
    );
  }
  console.log(
    '(memory in MiB; CPU: user + system of every thread, the compressor included; HTTP: the server process)',
  );
  console.log(
    `load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  const target = rows.find(
    (r) =>
      r.engine === 'SQLite' && r.count === count && r.format === 'xlsx' && r.path === 'in process',
  );
  if (target) {
    console.log(
      `\nTarget (SQLite, ${count} innovations to XLSX, in process): ${(target.ms / 1000).toFixed(1)} s — ${target.ms < 15_000 ? 'met (< 15 s)' : 'MISSED (≥ 15 s)'}`,
    );
  }
}

const count = Number(positional[0] ?? 100_000);
const small = Number(positional[1] ?? 10_000);

if (flags.has('--measure')) {
  await measureInProcess(JSON.parse(positional[0]), positional[1]);
} else {
  console.log(
    `export benchmark: ${small} and ${count} innovations, Node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  if (!flags.has('--no-http')) ensureBuilt();
  for (const n of [small, count]) {
    await onEveryEngine(`export${n}`, (label, url, target) => benchEngine(label, url, target, n));
  }
  printRows();
}
