import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { appendEvent } from '../repositories/event.repository';
import { findRegionByName, insertRegion } from '../repositories/region.repository';
import { insertMissingUnits } from '../repositories/unit.repository';
import { sumedangRegion, sumedangUnits } from './sumedang-units';

/** What a demo seed run inserted. */
export type DemoSeedReport = {
  readonly regionCreated: boolean;
  readonly unitsInserted: number;
};

/**
 * Seeds the demo data for Kabupaten Sumedang in one transaction: the region and its 55 units.
 * Idempotent: what exists is left alone, so a second run inserts nothing.
 */
export async function seedDemoData(db: Kysely<Database>, now: Date): Promise<DemoSeedReport> {
  return db.transaction().execute(async (trx) => {
    const existing = await findRegionByName(trx, sumedangRegion.name);
    const region = existing ?? (await insertRegion(trx, sumedangRegion, now));
    const unitsInserted = await insertMissingUnits(trx, region.id, sumedangUnits, now);
    const report: DemoSeedReport = { regionCreated: !existing, unitsInserted };
    if (report.regionCreated || unitsInserted > 0) {
      await appendEvent(trx, {
        occurredAt: now,
        regionId: region.id,
        entityType: 'region',
        entityId: region.id,
        action: 'demo_data.seeded',
        after: report,
      });
    }
    return report;
  });
}
