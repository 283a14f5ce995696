/**
 * `@smartcity/demo-data`: the demo of Kabupaten Sumedang that the app seeds at start
 * ({@link seedDemo}): the region, its units and the demo accounts (and their password), the
 * deterministic demo innovations (for any set of units too) with plausible histories, the demo
 * evaluation rounds over them, and the demo masterplan. Every summary (and the masterplan's
 * vision) ends with "(Data demo ilustratif)": the data is illustrative, not a record of the
 * regency. The steps of the seed are exported for tests and benchmarks that need only a part.
 */
export {
  demoSeedSteps,
  seedDemo,
  type DemoSeedStep,
  type DemoSeedStepDone,
  type DemoSeedStepReports,
  type SeedDemoOptions,
  type SeedDemoResult,
} from './seed-demo';
export { demoPassword } from './demo-password';
export {
  demoAccounts,
  seedDemoData,
  sumedangKecamatan,
  sumedangRegion,
  sumedangUnits,
  type DemoAccount,
  type DemoSeedOptions,
  type DemoSeedReport,
} from '@smartcity/db/demo';
export {
  apportion,
  demoStageShares,
  demoStaleShare,
  demoStartDate,
  generateDemoInnovations,
  generateEvents,
  generateInnovations,
  iterateDemoInnovations,
  type GenerateInnovationsOptions,
} from './generate-innovations';
export { demoLabel, type DemoInnovation, type DemoUnit } from './demo-innovation';
export { namedInnovations, type NamedInnovation } from './content/named-innovations';
export {
  demoInnovationCount,
  demoInnovationSeed,
  seedDemoInnovations,
  type SeedDemoInnovationsOptions,
} from './seed-demo-innovations';
export {
  demoEvaluatorEmails,
  planDemoEvaluationRounds,
  seedDemoEvaluationRounds,
  type DemoEvaluationRoundsReport,
  type SeedDemoEvaluationRoundsOptions,
} from './seed-demo-evaluation-rounds';
export {
  demoMasterplanSeed,
  planDemoMasterplan,
  seedDemoMasterplan,
  type DemoMasterplanReport,
  type PlannedMasterplan,
  type SeedDemoMasterplanOptions,
} from './seed-demo-masterplan';
export { createRandom, mulberry32, mixSeed, type Random } from './prng';
