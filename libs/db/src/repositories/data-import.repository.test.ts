import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../connection';
import { seedDemoData } from '../seed/demo-seed';
import { testDatabaseFactories } from '../testing';
import {
  findDataImport,
  insertDataImport,
  listDataImports,
  markDataImportCommitted,
} from './data-import.repository';
import { findFileContent, storeFileContent } from './file.repository';
import { findCredentialsByEmail } from './user.repository';

const now = new Date('2026-03-02T09:00:00.000Z');

describe.each(testDatabaseFactories())('data import repository on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let coordinator: { id: string; name: string };

  beforeAll(async () => {
    handle = await open();
    await seedDemoData(handle.db, now, { demoPasswordHash: 'x' });
    const { user } = (await findCredentialsByEmail(handle.db, 'koordinator@demo.test'))!;
    coordinator = { id: user.id, name: user.name };
  });
  afterAll(() => handle.close());

  const content = new TextEncoder().encode('Kode;Nama\ndinkes;Dinas Kesehatan\n');

  it('records a dry run with its file, issues and counts, and lists imports newest first', async () => {
    await storeFileContent(
      handle.db,
      { sha256: 'a'.repeat(64), mimeType: 'text/csv', content },
      now,
    );
    const refused = randomUUID();
    const checked = randomUUID();
    const issues = [{ scope: 'file' as const, problem: { code: 'empty_file' as const } }];
    await insertDataImport(
      handle.db,
      {
        id: refused,
        entity: 'units',
        filename: 'unit.csv',
        sha256: 'a'.repeat(64),
        status: 'refused',
        rowCount: 0,
        errorCount: 1,
        counts: { create: 0, update: 0, unchanged: 0 },
        issues,
        createdBy: coordinator.id,
      },
      now,
    );
    await insertDataImport(
      handle.db,
      {
        id: checked,
        entity: 'users',
        filename: 'pengguna.xlsx',
        sha256: 'a'.repeat(64),
        status: 'checked',
        rowCount: 3,
        errorCount: 0,
        counts: { create: 2, update: 1, unchanged: 0 },
        issues: [],
        createdBy: coordinator.id,
      },
      new Date(now.getTime() + 1000),
    );
    expect(await findDataImport(handle.db, refused)).toEqual({
      id: refused,
      entity: 'units',
      filename: 'unit.csv',
      sha256: 'a'.repeat(64),
      status: 'refused',
      rowCount: 0,
      errorCount: 1,
      counts: { create: 0, update: 0, unchanged: 0 },
      createdAt: now.toISOString(),
      createdBy: coordinator,
      committedAt: null,
      issues,
    });
    expect((await listDataImports(handle.db, { limit: 10 })).map((i) => i.id)).toEqual([
      checked,
      refused,
    ]);
    expect(
      (await listDataImports(handle.db, { entity: 'units', limit: 10 })).map((i) => i.id),
    ).toEqual([refused]);
    expect(new Uint8Array((await findFileContent(handle.db, 'a'.repeat(64)))!.content)).toEqual(
      content,
    );

    // Committed once: a second mark (a second commit) changes nothing.
    const at = new Date(now.getTime() + 5000);
    const counts = { create: 2, update: 1, unchanged: 0 };
    expect(
      await markDataImportCommitted(handle.db, {
        id: checked,
        result: { rowCount: 3, counts },
        now: at,
      }),
    ).toBe(true);
    expect(
      await markDataImportCommitted(handle.db, {
        id: checked,
        result: { rowCount: 3, counts },
        now: at,
      }),
    ).toBe(false);
    expect(
      await markDataImportCommitted(handle.db, {
        id: refused,
        result: { rowCount: 0, counts },
        now: at,
      }),
    ).toBe(false);
    expect(await findDataImport(handle.db, checked)).toMatchObject({
      status: 'committed',
      committedAt: at.toISOString(),
    });
  });
});
