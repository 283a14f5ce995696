import { PassThrough } from 'node:stream';
import {
  actionItemExchange,
  cellText,
  innovationExchange,
  programmeExchange,
  readSheet,
  templateColumns,
  unitExchange,
  userExchange,
  type ExchangeEntity,
  type ExportFormat,
  type ImportEntity,
} from '@smartcity/domain';
import { findMasterplan } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { seedDemoInnovations, seedDemoMasterplan } from '@smartcity/demo-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestOf } from '../../testing/import-files';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';
import { issueSetupToken } from '../setup/setup-service';
import { prepareExport } from './export-service';
import { checkImport, commitImport } from './import-service';
import { readSpreadsheet } from './spreadsheet-reader';

/**
 * The promise of data in and out: an export of a region imports into an empty region and gives
 * the same records, for every entity a region brings in (units, users, innovations with every
 * section and their stage, masterplan programmes and action items). The source is the demo
 * region with its 119 innovations and its masterplan; the target starts from nothing (a region,
 * its first coordinator and an empty masterplan of the same period, as a real regency sets up).
 * Records are compared by their key, cell by cell over every importable column.
 */

const entities: readonly {
  readonly entity: ImportEntity;
  readonly exchange: ExchangeEntity<never>;
  readonly format: ExportFormat;
  /** The key of a row (its template columns' values by key). */
  readonly key: (row: Readonly<Record<string, string>>) => string;
}[] = [
  { entity: 'units', exchange: unitExchange as never, format: 'xlsx', key: (r) => r.code! },
  { entity: 'users', exchange: userExchange as never, format: 'csv', key: (r) => r.email! },
  {
    entity: 'innovations',
    exchange: innovationExchange as never,
    format: 'xlsx',
    key: (r) => r.code!,
  },
  {
    entity: 'programmes',
    exchange: programmeExchange as never,
    format: 'csv',
    key: (r) => r.code!,
  },
  {
    entity: 'action_items',
    exchange: actionItemExchange as never,
    format: 'xlsx',
    key: (r) => `${r.programme} / ${r.code}`,
  },
];

async function exported(
  api: TestApi,
  client: TestClient,
  asked: { readonly entity: ImportEntity; readonly format: ExportFormat },
): Promise<Uint8Array> {
  const download = await prepareExport(api.deps, requestOf(client), {
    list: asked.entity,
    format: asked.format,
    input: {},
  });
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await download.write(out);
  return new Uint8Array(Buffer.concat(chunks));
}

/** The rows of an exported file by their key: every importable column's text. */
async function rowsOf(
  exchange: ExchangeEntity<never>,
  key: (row: Readonly<Record<string, string>>) => string,
  file: Uint8Array,
): Promise<Map<string, Record<string, string>>> {
  const read = await readSpreadsheet(file);
  if (!read.ok) throw new Error(`unreadable export: ${read.problem.code}`);
  const sheet = readSheet(exchange.columns, read.table);
  expect(sheet.issues).toEqual([]);
  const columns = templateColumns(exchange.columns).filter((c) => !c.importOnly);
  const index = new Map(read.table.headers.map((h, i) => [cellText(h), i]));
  const rows = new Map<string, Record<string, string>>();
  for (const cells of read.table.rows) {
    const row = Object.fromEntries(
      columns.map((c) => [c.key, cellText(cells[index.get(c.header.id) ?? -1])]),
    );
    rows.set(key(row), row);
  }
  return rows;
}

describe.each(testDatabaseFactories())('export → import round trip on $dialect', (factory) => {
  let source: TestApi;
  let target: TestApi;
  let sourceCoordinator: TestClient;
  let targetCoordinator: TestClient;

  beforeAll(async () => {
    source = await openTestApi(factory);
    await seedDemoInnovations(source.handle.db, { now: source.clock.now() });
    await seedDemoMasterplan(source.handle.db, { now: source.clock.now() });
    sourceCoordinator = await source.as('koordinator@demo.test');

    target = await openTestApi(factory, { demoData: false });
    expect((await target.client().caller.setup.status({})).needed).toBe(true);
    const link = await issueSetupToken(target.handle.db, target.clock.now());
    await target.client().caller.setup.complete({
      token: link.token,
      region: {
        name: 'Kabupaten Sumedang',
        kind: 'kabupaten',
        province: 'Jawa Barat',
        code: '32.11',
        branding: null,
      },
      coordinator: {
        name: 'Tim Smart City',
        email: 'tim.smartcity@sumedangkab.go.id',
        password: 'Sumedang-Kota-Cerdas-2026',
      },
    });
    targetCoordinator = await target.as(
      'tim.smartcity@sumedangkab.go.id',
      'Sumedang-Kota-Cerdas-2026',
    );
    const plan = await findMasterplan(source.handle.db);
    await targetCoordinator.caller.masterplan.create({
      title: plan!.title,
      startYear: plan!.startYear,
      endYear: plan!.endYear,
    });
  }, 120_000);
  afterAll(async () => {
    await source?.close();
    await target?.close();
  });

  it('imports every entity of the demo region into an empty region, equal record for record', async () => {
    const counts: Record<string, number> = {};
    for (const { entity, exchange, format, key } of entities) {
      const file = await exported(source, sourceCoordinator, { entity, format });
      const checked = await checkImport(target.deps, requestOf(targetCoordinator), {
        entity,
        filename: `${entity}.${format}`,
        content: file,
      });
      expect(checked.report.issues, entity).toEqual([]);
      const committed = await commitImport(target.deps, requestOf(targetCoordinator), {
        importId: checked.importId,
      });
      expect(committed.outcome, entity).toBe('committed');

      const before = await rowsOf(exchange, key, file);
      const after = await rowsOf(
        exchange,
        key,
        await exported(target, targetCoordinator, { entity, format }),
      );
      // The target's own first coordinator is the one user that did not come from the file.
      after.delete('tim.smartcity@sumedangkab.go.id');
      expect(after.size, entity).toBe(before.size);
      for (const [rowKey, row] of before)
        expect(after.get(rowKey), `${entity} ${rowKey}`).toEqual(row);
      counts[entity] = before.size;
    }
    expect(counts).toEqual({
      units: 55,
      users: 8,
      innovations: 119,
      programmes: 30,
      action_items: 101,
    });
  }, 180_000);

  it('finds everything unchanged when the same export is imported again', async () => {
    for (const { entity, format } of entities) {
      const file = await exported(source, sourceCoordinator, { entity, format });
      const checked = await checkImport(target.deps, requestOf(targetCoordinator), {
        entity,
        filename: `${entity}.${format}`,
        content: file,
      });
      expect(checked.report.issues, entity).toEqual([]);
      expect(checked.report.counts, entity).toMatchObject({ create: 0, update: 0 });
    }
  }, 120_000);
});
