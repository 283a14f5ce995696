// Measures importing innovations from a spreadsheet, in process, as the HTTP routes run it:
//
//   node --expose-gc --import tsx tools/bench/import.mjs [count=10000] [--csv]
//
// For SQLite (a fresh file database) and, when TEST_DATABASE_URL or DATABASE_URL_PG is set,
// PostgreSQL (a fresh database on that server), it migrates, seeds the demo region, units and
// accounts, generates `count` demo innovations (`generateInnovations` of libs/demo-data, at every
// stage with their sections) and writes them as an XLSX file (or a CSV with `--csv`) through the
// entity's columns, the way an export writes them. Then, logged in as the coordinator:
//
// 1. the dry run of that file (`checkImport`: read, plan against the stored data, record);
// 2. its commit (`commitImport`: re-read, plan again and write everything in one transaction);
// 3. the dry run of the same file again (everything unchanged: the stored innovations are loaded
//    by code);
// 4. the dry run and commit of the file with every title changed (10,000 updates in bulk).
//
// Each step is timed once (wall clock), with the process's peak RSS and heap during the step
// (sampled every 20 ms). The target: dry run and commit each under 10 s on both engines.
import { PassThrough } from 'node:stream';
import {
  checkImport,
  commitImport,
  createCaller,
  createContext,
  createPasswordHasher,
  writeCsv,
  writeXlsx,
} from '@smartcity/api';
import { findRegionByName, listExchangeUnits, migrateToLatest, openDatabase } from '@smartcity/db';
import { generateInnovations, demoPassword, seedDemoData } from '@smartcity/demo-data';
import { exportColumns, innovationExchange, innovationRecordOf } from '@smartcity/domain';
import { cookieJar, onEveryEngine } from './support.mjs';

const args = process.argv.slice(2);
const count = Number(args.find((a) => !a.startsWith('--')) ?? 10_000);
const asCsv = args.includes('--csv');
const now = new Date();
const rows = [];

/** Runs `fn`, sampling the process's memory; answers its result, the time and the peaks. */
async function measured(fn) {
  let rss = process.memoryUsage().rss;
  let heap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 20);
  const started = performance.now();
  try {
    const result = await fn();
    return { result, ms: performance.now() - started, rss, heap };
  } finally {
    clearInterval(timer);
  }
}

/** The spreadsheet of some innovations, as an export writes it (XLSX, or CSV). */
async function spreadsheetOf(innovations, codeOfUnit, titleSuffix = '') {
  const columns = exportColumns(innovationExchange.columns);
  const codes = { unit: codeOfUnit, programme: (id) => id, innovation: (id) => id };
  const cells = innovations.map((innovation, i) => {
    const record = innovationRecordOf(
      { ...innovation, title: `${innovation.title}${titleSuffix}`.slice(0, 200) },
      `BENCH-${String(i + 1).padStart(6, '0')}`,
    );
    const written = innovationExchange.write(record, codes);
    return columns.map((c) => written[c.key] ?? null);
  });
  const out = new PassThrough();
  const chunks = [];
  out.on('data', (chunk) => chunks.push(chunk));
  const spec = {
    name: 'Data',
    columns: columns.map((c) => ({ header: c.header.id })),
    rows: cells,
  };
  await (asCsv ? writeCsv(out, spec) : writeXlsx(out, [spec]));
  return new Uint8Array(Buffer.concat(chunks));
}

async function bench(engine, _databaseUrl, target) {
  const handle = openDatabase(target);
  try {
    await migrateToLatest(handle.db);
    const passwords = createPasswordHasher();
    await seedDemoData(handle.db, now, { demoPasswordHash: await passwords.hash(demoPassword) });
    const region = await findRegionByName(handle.db, 'Kabupaten Sumedang');
    const units = (await listExchangeUnits(handle.db, region.id)).map((u) => ({
      id: u.id,
      code: u.record.code,
      name: u.record.name,
      type: u.record.type,
    }));
    const codeOf = new Map(units.map((u) => [u.id, u.code]));
    const innovations = generateInnovations({ seed: 2026, count, units, now });
    const file = await spreadsheetOf(innovations, (id) => codeOf.get(id));
    const changed = await spreadsheetOf(innovations, (id) => codeOf.get(id), ' (diperbarui)');
    global.gc?.();
    const base = process.memoryUsage();
    console.log(
      `${engine}: ${count} innovations as ${asCsv ? 'CSV' : 'XLSX'}, ${(file.byteLength / 1024 / 1024).toFixed(1)} MB; before the steps the process holds RSS ${(base.rss / 1024 / 1024).toFixed(0)} MB, heap ${(base.heapUsed / 1024 / 1024).toFixed(0)} MB (the generated innovations and both files)`,
    );

    const deps = { db: handle.db, now: () => new Date(), passwords, secureCookies: false };
    const cookies = cookieJar();
    const request = { clientAddress: '127.0.0.1', headers: { 'x-csrf': '1' }, cookies };
    await createCaller(createContext(deps, request)).auth.login({
      email: 'koordinator@demo.test',
      password: demoPassword,
    });
    const filename = `inovasi.${asCsv ? 'csv' : 'xlsx'}`;
    const step = async (name, fn) => {
      global.gc?.();
      // When each phase ended (from the progress the service reports).
      const phases = new Map();
      const started = performance.now();
      const onProgress = (p) => phases.set(p.phase, performance.now() - started);
      const { result, ms, rss, heap } = await measured(() => fn(onProgress));
      const counts = result.report.counts;
      rows.push({
        engine,
        step: name,
        ms,
        rss,
        heap,
        note: `${result.outcome}: ${counts.create} create, ${counts.update} update, ${counts.unchanged} unchanged, ${result.report.issueCount} issues`,
        phases: [...phases]
          .map(
            ([phase, at], i, all) =>
              `${phase} ${((at - (all[i - 1]?.[1] ?? 0)) / 1000).toFixed(1)} s`,
          )
          .join(', '),
      });
      console.log(
        `  ${name}: ${(ms / 1000).toFixed(2)} s (${rows.at(-1).note}; ${rows.at(-1).phases})`,
      );
      return result;
    };
    const check = (content, onProgress) =>
      checkImport(deps, request, { entity: 'innovations', filename, content, onProgress });
    const commit = (id, onProgress) => commitImport(deps, request, { importId: id, onProgress });
    const first = await step('dry run (create)', (p) => check(file, p));
    if (first.report.issueCount > 0) {
      console.log(JSON.stringify(first.report.issues.slice(0, 5), null, 2));
      throw new Error('the generated file has issues');
    }
    await step('commit (create)', (p) => commit(first.importId, p));
    await step('dry run (all unchanged)', (p) => check(file, p));
    const update = await step('dry run (update all)', (p) => check(changed, p));
    await step('commit (update all)', (p) => commit(update.importId, p));
  } finally {
    await handle.close();
  }
}

await onEveryEngine('import', bench);

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`.padStart(8);
const header = `${'engine'.padEnd(11)}${'step'.padEnd(26)}${'time'.padStart(9)}${'peak RSS'.padStart(10)}${'peak heap'.padStart(11)}  result`;
console.log(`\n${header}\n${'─'.repeat(header.length + 40)}`);
for (const r of rows) {
  console.log(
    `${r.engine.padEnd(11)}${r.step.padEnd(26)}${`${(r.ms / 1000).toFixed(2)} s`.padStart(9)}${mb(r.rss).padStart(10)}${mb(r.heap).padStart(11)}  ${r.note}`,
  );
}
