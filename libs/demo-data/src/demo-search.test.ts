import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Innovation } from '@smartcity/domain';
import {
  findInnovationById,
  listInnovations,
  saveInnovation,
  type DatabaseHandle,
  type InnovationFilter,
  type InnovationSummary,
} from '@smartcity/db';
import { seedDemoData } from '@smartcity/db/demo';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { seedDemoInnovations } from './seed-demo-innovations';

// The list's search narrows by the list's filters inside the full-text index on SQLite
// (migration 2026_11_28_0600_index_innovation_lists). These tests check on the demo register
// that a search with filters answers exactly what filtering the search would, on both engines.

const now = new Date('2026-03-02T09:00:00.000Z');

async function everything(
  handle: DatabaseHandle,
  filter: InnovationFilter,
): Promise<InnovationSummary[]> {
  const items: InnovationSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await listInnovations(handle.db, filter, {
      sort: 'updated_desc',
      limit: 100,
      cursor,
    });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe.each(testDatabaseFactories())('searching the demo register on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let sample: InnovationSummary;

  beforeAll(async () => {
    handle = await open();
    await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$fake' });
    await seedDemoInnovations(handle.db, { now, count: 600, events: false });
    sample = (
      await listInnovations(handle.db, { search: 'layanan' }, { sort: 'updated_desc', limit: 1 })
    ).items[0]!;
  }, 60_000);
  afterAll(async () => handle?.close());

  it('answers a search with filters exactly as the search filtered afterwards', async () => {
    const filters: InnovationFilter[] = [
      { dimension: 'governance', stage: 'quick_win' },
      { stage: 'problem' },
      { element: 'health' },
      { unitId: sample.unitId },
      { isPublic: true },
      { isPublic: false, stage: 'sustained' },
      { jenis: 'non_digital', tahapan: 'trial' },
      { dimension: 'environment', element: 'waste', stage: 'process' },
    ];
    for (const search of ['layanan', 'desa', 'sampah warga', 'puskesmas']) {
      const all = await everything(handle, { search });
      expect(all.length, search).toBeGreaterThan(0);
      for (const filter of filters) {
        const expected = all.filter((i) =>
          Object.entries(filter).every(
            ([key, value]) => i[key as keyof InnovationSummary] === value,
          ),
        );
        const found = await everything(handle, { ...filter, search });
        expect(
          found.map((i) => i.id),
          `${search} ${JSON.stringify(filter)}`,
        ).toEqual(expected.map((i) => i.id));
        const { total } = await listInnovations(
          handle.db,
          { ...filter, search },
          { sort: 'updated_desc', limit: 1 },
        );
        expect(total).toBe(expected.length);
      }
    }
  });

  it('follows a change of stage and title in the search', async () => {
    const innovation = (await findInnovationById(handle.db, sample.id))!;
    const to = innovation.stage === 'need' ? 'process' : 'need';
    const next: Innovation = {
      ...innovation,
      stage: to,
      title: 'Pendaftaran Gancang Kartu Identitas Anak',
      version: innovation.version + 1,
    };
    await handle.db
      .transaction()
      .execute((trx) =>
        saveInnovation(trx, { next, expectedVersion: innovation.version, sections: [] }),
      );
    const ids = async (filter: InnovationFilter) =>
      (await everything(handle, filter)).map((i) => i.id);
    expect(await ids({ search: 'kartu identitas', stage: to })).toEqual([sample.id]);
    expect(await ids({ search: 'kartu identitas', stage: innovation.stage })).toEqual([]);
    // The summary still has the word the sample was found by.
    expect(await ids({ search: 'layanan', stage: to, unitId: sample.unitId })).toContain(sample.id);
    expect(await ids({ search: 'layanan', stage: innovation.stage })).not.toContain(sample.id);
  });
});
