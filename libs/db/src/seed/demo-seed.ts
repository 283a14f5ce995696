import type { Kysely } from 'kysely';
import type { Database } from '../database';
import { appendEvent } from '../repositories/event.repository';
import { ensureRegion } from '../repositories/region.repository';
import { findUnitByCode, insertMissingUnits } from '../repositories/unit.repository';
import { insertMissingUsers, type NewUser } from '../repositories/user.repository';
import { demoAccounts } from './demo-accounts';
import { sumedangRegion, sumedangUnits } from './sumedang-units';

/** What a demo seed run inserted. */
export type DemoSeedReport = {
  readonly regionCreated: boolean;
  readonly unitsInserted: number;
  readonly usersInserted: number;
};

/** What the seed needs from its caller. */
export type DemoSeedOptions = {
  /** The hash of the demo password (`demoPassword` of `@smartcity/demo-data`); the data layer does not hash. */
  readonly demoPasswordHash: string;
};

/**
 * Seeds the demo data for Kabupaten Sumedang in one transaction: the region, its 55 units and
 * the demo accounts. Idempotent: what exists is left alone, so a second run inserts nothing.
 */
export async function seedDemoData(
  db: Kysely<Database>,
  now: Date,
  options: DemoSeedOptions,
): Promise<DemoSeedReport> {
  return db.transaction().execute(async (trx) => {
    // Inserts that do nothing on conflict: two processes seeding at once do not collide.
    const { region, created } = await ensureRegion(trx, {
      input: sumedangRegion,
      now,
      origin: { isDemo: true },
    });
    const unitsInserted = await insertMissingUnits(trx, {
      regionId: region.id,
      units: sumedangUnits,
      now,
    });

    const users: NewUser[] = [];
    for (const account of demoAccounts) {
      const unit = account.unitCode
        ? await findUnitByCode(trx, region.id, account.unitCode)
        : undefined;
      if (account.unitCode && !unit) continue;
      users.push({
        name: account.name,
        email: account.email,
        nip: null,
        role: account.role,
        unitId: unit?.id ?? null,
        passwordHash: options.demoPasswordHash,
      });
    }
    const usersInserted = await insertMissingUsers(trx, users, now);

    const report: DemoSeedReport = { regionCreated: created, unitsInserted, usersInserted };
    if (report.regionCreated || unitsInserted > 0 || usersInserted > 0) {
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
