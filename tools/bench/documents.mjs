// Measures generating the masterplan document (PDF and DOCX) in process: load + render.
//
//   node --import tsx tools/bench/documents.mjs [runs=5]
//
// For SQLite (a fresh file database) and, when TEST_DATABASE_URL or DATABASE_URL_PG is set,
// PostgreSQL (a fresh database on that server), two masterplans:
//
// 1. the demo: the demo units and accounts, the 119 demo innovations and the demo masterplan
//    (`seedDemoMasterplan`), as start-up seeds them;
// 2. a synthetic one: 500 programmes, 5,000 action items and all 55 units' commitments, written
//    through the repository functions (`seedTestMasterplan`, the test fixture), over the same
//    units and demo innovations (the appendix).
//
// Each is timed as the HTTP routes run it: `loadMasterplanDocument` then `renderMasterplanPdf` or
// `renderMasterplanDocx`, median (p50) and max over `runs` runs after one warm-up; with the
// output sizes and the PDF's page count. The render is synchronous CPU work in pdfmake/docx: the
// figures are also how long one request holds the event loop.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { loadMasterplanDocument, renderMasterplanDocx, renderMasterplanPdf } from '@smartcity/api';
import { migrateToLatest, openDatabase } from '@smartcity/db';
import {
  seedDemoInnovations,
  seedDemoMasterplan,
  demoPassword,
  seedDemoData,
} from '@smartcity/demo-data';
import { getDocumentProxy } from 'unpdf';
import { seedTestMasterplan } from '../../libs/api/src/testing/masterplan-fixtures.ts';
import { timeRuns } from './measure.mjs';

const runs = Number(process.argv[2] ?? 5);
const now = new Date();

/** A fresh database of `target` with the demo units, accounts and innovations. */
async function prepare(target) {
  const handle = openDatabase(target);
  await migrateToLatest(handle.db);
  // Accounts are not logged in to here: a placeholder hash spares argon2's cost.
  await seedDemoData(handle.db, now, { demoPasswordHash: `$argon2id$${demoPassword.length}` });
  await seedDemoInnovations(handle.db, { now });
  return handle;
}

const rows = [];

async function measure(engine, label, db) {
  let pdf;
  let docx;
  let doc;
  const load = await timeRuns(
    async () => {
      doc = await loadMasterplanDocument(db, now);
    },
    { runs, warmup: 1 },
  );
  const pdfTime = await timeRuns(
    async () => {
      pdf = await renderMasterplanPdf(await loadMasterplanDocument(db, now));
    },
    { runs, warmup: 1 },
  );
  const docxTime = await timeRuns(
    async () => {
      docx = await renderMasterplanDocx(await loadMasterplanDocument(db, now));
    },
    { runs, warmup: 1 },
  );
  const pages = (await getDocumentProxy(new Uint8Array(pdf))).numPages;
  const what = `${doc.totals.programmes} prog., ${doc.totals.actions} actions, ${doc.commitment.signedCount}/${doc.commitment.unitCount} signed, ${doc.totals.innovations} innov.`;
  rows.push({ engine, label, what, step: 'load only', ...load, size: '' });
  rows.push({
    engine,
    label,
    what,
    step: 'PDF (load + render)',
    ...pdfTime,
    size: `${(pdf.byteLength / 1024).toFixed(0)} KiB, ${pages} pages`,
  });
  rows.push({
    engine,
    label,
    what,
    step: 'DOCX (load + render)',
    ...docxTime,
    size: `${(docx.byteLength / 1024).toFixed(0)} KiB`,
  });
  console.log(`${engine} ${label}: measured (${what})`);
}

async function bench(engine, demoTarget, largeTarget) {
  const demo = await prepare(demoTarget);
  try {
    await seedDemoMasterplan(demo.db, { now });
    await measure(engine, 'demo', demo.db);
  } finally {
    await demo.close();
  }
  // The synthetic plan needs a region without a masterplan: a second database.
  const large = await prepare(largeTarget);
  try {
    await seedTestMasterplan(large.db, now, { programmes: 500, actions: 5_000, signatures: 55 });
    await measure(engine, 'synthetic', large.db);
  } finally {
    await large.close();
  }
}

// SQLite: a file per masterplan.
{
  const dir = mkdtempSync(join(tmpdir(), 'smartcity-bench-documents-'));
  try {
    await bench(
      'SQLite',
      { dialect: 'sqlite', filename: join(dir, 'demo.db') },
      { dialect: 'sqlite', filename: join(dir, 'large.db') },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// PostgreSQL: a database per masterplan on the test server, dropped afterwards.
const pgUrl = process.env.DATABASE_URL_PG ?? process.env.TEST_DATABASE_URL;
if (pgUrl) {
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  const names = [`smartcity_bench_docs_a_${process.pid}`, `smartcity_bench_docs_b_${process.pid}`];
  const urls = names.map((name) => {
    const url = new URL(pgUrl);
    url.pathname = `/${name}`;
    return url.toString();
  });
  try {
    for (const name of names) await admin.query(`create database ${name}`);
    await bench(
      'PostgreSQL',
      { dialect: 'postgres', connectionString: urls[0] },
      { dialect: 'postgres', connectionString: urls[1] },
    );
  } finally {
    for (const name of names) await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
} else {
  console.log('PostgreSQL: skipped (set TEST_DATABASE_URL or DATABASE_URL_PG to measure it)');
}

const fmt = (ms) => ms.toFixed(0).padStart(8);
const header = `${'engine'.padEnd(11)}${'plan'.padEnd(11)}${'step'.padEnd(22)}${'p50 ms'.padStart(8)}${'max ms'.padStart(9)}  n   output`;
console.log(`\n${header}\n${'─'.repeat(header.length + 20)}`);
for (const r of rows) {
  console.log(
    `${r.engine.padEnd(11)}${r.label.padEnd(11)}${r.step.padEnd(22)}${fmt(r.p50)} ${fmt(r.max)}  ${String(r.n).padEnd(3)} ${r.size}`,
  );
}
for (const label of ['demo', 'synthetic']) {
  const row = rows.find((r) => r.label === label);
  if (row) console.log(`${label}: ${row.what}`);
}
