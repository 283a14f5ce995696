/**
 * `@smartcity/demo-data`: deterministic demo innovations for Kabupaten Sumedang (and any set of
 * units), with plausible histories, the seed that writes them, the demo evaluation rounds over
 * them, and the demo masterplan. Every summary (and the masterplan's vision) ends with "(Data demo
 * ilustratif)": the data is illustrative, not a record of the regency.
 */
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
