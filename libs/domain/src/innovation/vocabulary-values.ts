import type { LocalizedText } from '../common/localized-text';

// No zod here: the SPA's first load imports these values, and a module that builds schemas
// would bring the schemas (and zod's classic build) along. `vocabulary.ts` adds the schemas and
// re-exports everything here.

/**
 * The lifecycle stages, problem first. The first five are active (work goes on); `sustained`
 * (berlanjut) and `discontinued` (dihentikan) are where an innovation ends up.
 */
export const stages = [
  'problem',
  'need',
  'process',
  'quick_win',
  'evaluation',
  'sustained',
  'discontinued',
] as const;

/** One of {@link stages}. */
export type Stage = (typeof stages)[number];

/** The stages in which an innovation is worked on, in order. Each has a section of its own. */
export const activeStages = ['problem', 'need', 'process', 'quick_win', 'evaluation'] as const;

/** One of {@link activeStages}. */
export type ActiveStage = (typeof activeStages)[number];

/** True for the five working stages. */
export function isActiveStage(stage: Stage): stage is ActiveStage {
  return (activeStages as readonly string[]).includes(stage);
}

/** The position of an active stage (problem = 0 … evaluation = 4). */
export function stageIndex(stage: ActiveStage): number {
  return activeStages.indexOf(stage);
}

/** Labels of the stages (the Indonesian ones are the section names users know). */
export const stageLabels: Readonly<Record<Stage, LocalizedText>> = {
  problem: { id: 'Masalah', en: 'Problem' },
  need: { id: 'Kebutuhan', en: 'Need' },
  process: { id: 'Proses Bisnis', en: 'Business process' },
  quick_win: { id: 'Quick Win', en: 'Quick win' },
  evaluation: { id: 'Evaluasi', en: 'Evaluation' },
  sustained: { id: 'Berlanjut', en: 'Sustained' },
  discontinued: { id: 'Dihentikan', en: 'Discontinued' },
};

/** IID: digital or not. */
export const jenisValues = ['digital', 'non_digital'] as const;
/** One of {@link jenisValues}. */
export type Jenis = (typeof jenisValues)[number];
/** The label of each {@link Jenis}, in Bahasa Indonesia and English. */
export const jenisLabels: Readonly<Record<Jenis, LocalizedText>> = {
  digital: { id: 'Digital', en: 'Digital' },
  non_digital: { id: 'Non-digital', en: 'Non-digital' },
};

/** IID: the form of the innovation. */
export const bentukValues = ['governance', 'public_service', 'other'] as const;
/** One of {@link bentukValues}. */
export type Bentuk = (typeof bentukValues)[number];
/** The label of each {@link Bentuk}, in Bahasa Indonesia and English. */
export const bentukLabels: Readonly<Record<Bentuk, LocalizedText>> = {
  governance: { id: 'Tata kelola pemerintahan', en: 'Governance' },
  public_service: { id: 'Pelayanan publik', en: 'Public service' },
  other: { id: 'Lainnya', en: 'Other' },
};

/** IID: who started it. */
export const inisiatorValues = [
  'regional_head',
  'dprd',
  'unit',
  'civil_servant',
  'community',
] as const;
/** One of {@link inisiatorValues}: who initiated the innovation (IID). */
export type Inisiator = (typeof inisiatorValues)[number];
/** The label of each {@link Inisiator}, in Bahasa Indonesia and English. */
export const inisiatorLabels: Readonly<Record<Inisiator, LocalizedText>> = {
  regional_head: { id: 'Kepala daerah', en: 'Regional head' },
  dprd: { id: 'DPRD', en: 'Regional parliament (DPRD)' },
  unit: { id: 'Perangkat daerah', en: 'Work unit' },
  civil_servant: { id: 'ASN', en: 'Civil servant' },
  community: { id: 'Masyarakat', en: 'Community' },
};

/** IID: how far along it is. */
export const tahapanValues = ['initiative', 'trial', 'implementation'] as const;
/** One of {@link tahapanValues}. */
export type Tahapan = (typeof tahapanValues)[number];
/** The label of each {@link Tahapan}, in Bahasa Indonesia and English. */
export const tahapanLabels: Readonly<Record<Tahapan, LocalizedText>> = {
  initiative: { id: 'Inisiatif', en: 'Initiative' },
  trial: { id: 'Uji coba', en: 'Trial' },
  implementation: { id: 'Penerapan', en: 'Implementation' },
};

/** Where a problem was raised. */
export const problemSources = [
  'complaint',
  'rpjmd_issue',
  'survey',
  'internal_review',
  'other',
] as const;
/** One of {@link problemSources}: where a problem was learnt of. */
export type ProblemSource = (typeof problemSources)[number];
/** The label of each {@link ProblemSource}, in Bahasa Indonesia and English. */
export const problemSourceLabels: Readonly<Record<ProblemSource, LocalizedText>> = {
  complaint: { id: 'Pengaduan (LAPOR!)', en: 'Complaint (LAPOR!)' },
  rpjmd_issue: { id: 'Isu strategis RPJMD', en: 'RPJMD strategic issue' },
  survey: { id: 'Survei', en: 'Survey' },
  internal_review: { id: 'Evaluasi internal', en: 'Internal review' },
  other: { id: 'Lainnya', en: 'Other' },
};

/** Where a quick win's money comes from. */
export const fundingSources = ['apbd', 'apbn', 'apbdes', 'csr', 'none'] as const;
/** One of {@link fundingSources}. */
export type FundingSource = (typeof fundingSources)[number];
/** The label of each {@link FundingSource}, in Bahasa Indonesia and English. */
export const fundingSourceLabels: Readonly<Record<FundingSource, LocalizedText>> = {
  apbd: { id: 'APBD', en: 'Regional budget (APBD)' },
  apbn: { id: 'APBN', en: 'State budget (APBN)' },
  apbdes: { id: 'APBDes', en: 'Village budget (APBDes)' },
  csr: { id: 'CSR', en: 'CSR' },
  none: { id: 'Tanpa anggaran', en: 'No budget' },
};

/** The state of a quick win's delivery. */
export const quickWinStatuses = ['planned', 'in_progress', 'done', 'stalled'] as const;
/** One of {@link quickWinStatuses}. */
export type QuickWinStatus = (typeof quickWinStatuses)[number];
/** The label of each {@link QuickWinStatus}, in Bahasa Indonesia and English. */
export const quickWinStatusLabels: Readonly<Record<QuickWinStatus, LocalizedText>> = {
  planned: { id: 'Direncanakan', en: 'Planned' },
  in_progress: { id: 'Berjalan', en: 'In progress' },
  done: { id: 'Selesai', en: 'Done' },
  stalled: { id: 'Tersendat', en: 'Stalled' },
};

/** The outcome of an evaluation. */
export const outcomes = ['impactful', 'needs_improvement', 'not_impactful'] as const;
/** One of {@link outcomes}. */
export type Outcome = (typeof outcomes)[number];
/** The label of each {@link Outcome}, in Bahasa Indonesia and English. */
export const outcomeLabels: Readonly<Record<Outcome, LocalizedText>> = {
  impactful: { id: 'Berdampak', en: 'Impactful' },
  needs_improvement: { id: 'Perlu perbaikan', en: 'Needs improvement' },
  not_impactful: { id: 'Tidak berdampak', en: 'Not impactful' },
};

/**
 * The IID tahapan that follows from the stage when the user has not chosen one: problem, need and
 * process are an initiative; quick win and evaluation a trial; sustained an implementation.
 */
export function defaultTahapan(stage: Stage): Tahapan {
  switch (stage) {
    case 'problem':
    case 'need':
    case 'process':
    case 'discontinued':
      return 'initiative';
    case 'quick_win':
    case 'evaluation':
      return 'trial';
    case 'sustained':
      return 'implementation';
  }
}

/** An active innovation with no event for this many days is stale (configurable per deployment). */
export const defaultStaleDays = 30;

/** The orders `innovation.list` offers. */
export const innovationSorts = ['updated_desc', 'created_desc', 'title_asc'] as const;
/** One of {@link innovationSorts}. */
export type InnovationSort = (typeof innovationSorts)[number];
