import type { Kysely } from 'kysely';
import { findCredentialsByEmail, listRegions, type Database } from '@smartcity/db';
import { demoAccounts, seedDemoData, type DemoSeedReport } from '@smartcity/db/demo';
import { demoPassword } from './demo-password';
import {
  seedDemoEvaluationRounds,
  type DemoEvaluationRoundsReport,
} from './seed-demo-evaluation-rounds';
import { seedDemoInnovations } from './seed-demo-innovations';
import { seedDemoMasterplan, type DemoMasterplanReport } from './seed-demo-masterplan';

/** The steps of {@link seedDemo}, in the order they run (each needs the ones before it). */
export const demoSeedSteps = ['units', 'innovations', 'evaluationRounds', 'masterplan'] as const;

/** A step of {@link seedDemo}. */
export type DemoSeedStep = (typeof demoSeedSteps)[number];

/** What each step of {@link seedDemo} wrote (zeros when it found its part complete). */
export type DemoSeedStepReports = {
  /** The region, its 55 units and the demo accounts. */
  readonly units: DemoSeedReport;
  /** How many demo innovations (with histories and progress reports) were written. */
  readonly innovations: number;
  readonly evaluationRounds: DemoEvaluationRoundsReport;
  readonly masterplan: DemoMasterplanReport;
};

/** A step that ran, what it wrote, and whether that was anything. */
export type DemoSeedStepDone = {
  [S in DemoSeedStep]: {
    readonly step: S;
    readonly report: DemoSeedStepReports[S];
    /** False when the step found its part complete and wrote nothing. */
    readonly changed: boolean;
  };
}[DemoSeedStep];

/** What {@link seedDemo} did. */
export type SeedDemoResult =
  | {
      /** Every step ran: it wrote what was missing (nothing when the demo was complete). */
      readonly status: 'seeded';
      readonly steps: DemoSeedStepReports;
      /** Whether any step wrote anything (false: the demo was complete, nothing changed). */
      readonly changed: boolean;
    }
  | {
      /** The database holds a region set up for real: the demo is never seeded beside it. */
      readonly status: 'real_region';
      readonly region: string;
    };

/** Options of {@link seedDemo}. */
export type SeedDemoOptions = {
  /** The present: the demo's dates lie before it. */
  readonly now: Date;
  /**
   * Hashes the demo accounts' password (the app's argon2 hasher). Called only when a demo account
   * is missing, so a start on a complete demo spends no time hashing.
   */
  readonly hashPassword: (password: string) => Promise<string>;
  /** Called after each step (the app logs it). An error thrown here stops the seed there. */
  readonly onStep?: (done: DemoSeedStepDone) => void | Promise<void>;
};

/**
 * Seeds the demo of Kabupaten Sumedang, or completes it: the region, its 55 units and the demo
 * accounts; the 119 demo innovations with their histories; the two evaluation rounds; the
 * masterplan with its 30 programmes and 101 action items. Every step is one transaction that first
 * looks at what exists and writes only what is missing, so:
 *
 * - a database half-seeded by a crash (a step or more never committed) is completed by the next
 *   run, never skipped;
 * - a complete demo is left unchanged (no row written, no event appended, no version bumped);
 * - two processes seeding at once do not collide (each step takes the region's lock first);
 * - a database holding a region that was set up for real (`is_demo` false) is never seeded.
 *
 * The region keeps the `is_demo` flag it was created with.
 */
export async function seedDemo(
  db: Kysely<Database>,
  options: SeedDemoOptions,
): Promise<SeedDemoResult> {
  const real = (await listRegions(db)).find((region) => !region.isDemo);
  if (real) return { status: 'real_region', region: real.name };
  const { now } = options;

  const units = await seedDemoData(db, now, {
    demoPasswordHash: (await demoAccountsMissing(db))
      ? await options.hashPassword(demoPassword)
      : // Every account exists: the hash would be written nowhere.
        'unused: every demo account exists',
  });
  const unitsChanged = units.regionCreated || units.unitsInserted > 0 || units.usersInserted > 0;
  await options.onStep?.({ step: 'units', report: units, changed: unitsChanged });
  const innovations = await seedDemoInnovations(db, { now });
  await options.onStep?.({ step: 'innovations', report: innovations, changed: innovations > 0 });
  const evaluationRounds = await seedDemoEvaluationRounds(db, { now });
  const roundsChanged = evaluationRounds.rounds > 0;
  await options.onStep?.({
    step: 'evaluationRounds',
    report: evaluationRounds,
    changed: roundsChanged,
  });
  const masterplan = await seedDemoMasterplan(db, { now });
  const masterplanChanged = masterplan.masterplans > 0;
  await options.onStep?.({ step: 'masterplan', report: masterplan, changed: masterplanChanged });

  const changed = unitsChanged || innovations > 0 || roundsChanged || masterplanChanged;
  return {
    status: 'seeded',
    steps: { units, innovations, evaluationRounds, masterplan },
    changed,
  };
}

/** Whether a demo account is missing (the region's name is checked by the step itself). */
async function demoAccountsMissing(db: Kysely<Database>): Promise<boolean> {
  for (const account of demoAccounts) {
    if (!(await findCredentialsByEmail(db, account.email))) return true;
  }
  return false;
}
