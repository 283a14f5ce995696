import {
  DomainError,
  bimtekChecklist,
  bimtekStages,
  dimensions,
  getDimension,
  horizonLabels,
  outcomeLabels,
  masterplanProgress,
  roadmapByYear,
  stageLabels,
  standingSignatures,
  utcDate,
  type BimtekStage,
  type DimensionKey,
  type ElementKey,
  type Horizon,
  type Stage,
} from '@smartcity/domain';
import {
  findMasterplan,
  findRegionById,
  listActions,
  listCommitments,
  listProgrammes,
  listRegisterEntries,
  listStrategies,
  listUnits,
  type Database,
} from '@smartcity/db';
import type { Kysely } from 'kysely';
import { loadDocumentRegion, type DocumentRegion } from './document-region';
import {
  actionStatusText,
  bimtekText,
  dateText,
  masterplanFundingText,
  yearsText,
} from './document-format';

/**
 * The masterplan document (DOMAIN.md "Masterplan", "Document") as plain data: everything the PDF
 * and the DOCX print, already labelled in Indonesian, so both renderers only lay it out and say
 * the same thing.
 */
export type MasterplanDocument = {
  readonly title: string;
  readonly regionName: string;
  readonly province: string;
  /** The region as the cover prints it: code, branding line, emblem. */
  readonly region: DocumentRegion;
  readonly startYear: number;
  readonly endYear: number;
  /** "2023–2032". */
  readonly periodText: string;
  /** The day the document was generated, `YYYY-MM-DD` (UTC, the app's "today"). */
  readonly generatedOn: string;
  /** "Dokumen ini dihasilkan dari data aplikasi pada 2 Maret 2026." */
  readonly generatedNote: string;
  readonly vision: string;
  readonly mission: readonly string[];
  readonly bimtek: {
    /** "Bimtek tahap IV", or "Belum dimulai". */
    readonly stageText: string;
    /** Every stage reached or dated, with its date in words (or "–"). */
    readonly stages: readonly {
      readonly stage: BimtekStage;
      readonly text: string;
      readonly date: string;
    }[];
    /** The checklist items ticked, as their labels. */
    readonly checklistDone: readonly string[];
  };
  readonly introduction: readonly string[];
  readonly totals: {
    readonly programmes: number;
    readonly actions: number;
    readonly innovations: number;
  };
  readonly dimensions: readonly DimensionChapter[];
  readonly commitment: CommitmentChapter;
  readonly appendix: readonly AppendixInnovation[];
};

/** One programme row of a dimension's table. */
export type ProgrammeRow = {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly element: string;
  readonly horizon: string;
  readonly horizonKey: Horizon;
  readonly startYear: number;
  readonly endYear: number;
  readonly years: string;
  readonly leadUnit: string;
  readonly supportingUnits: readonly string[];
  readonly budget: number;
  readonly funding: string;
  readonly reference: string;
  /** The budget-weighted progress of its action items, or null without any. */
  readonly progress: number | null;
};

/** One action item of the roadmap. */
export type RoadmapAction = {
  readonly activity: string;
  readonly programme: string;
  readonly ownerUnit: string;
  readonly outputTarget: string;
  readonly budget: number;
  readonly status: string;
  readonly progress: number;
};

/** One year of a dimension's roadmap. */
export type RoadmapYear = {
  readonly year: number;
  /** Names of the programmes running this year (start ≤ year ≤ end). */
  readonly programmes: readonly string[];
  readonly actions: readonly RoadmapAction[];
};

/** An innovation as a quick-win list or the appendix names it. */
export type InnovationLine = {
  readonly title: string;
  readonly unit: string;
  readonly dimension: string;
  readonly element: string;
  readonly stage: string;
  /** The evaluation outcome recorded ("Berdampak", …), or "–". */
  readonly outcome: string;
};

/** An innovation of the appendix. */
export type AppendixInnovation = InnovationLine & { readonly id: string };

/** The chapter of one dimension. */
export type DimensionChapter = {
  readonly key: DimensionKey;
  /** "Smart Governance". */
  readonly label: string;
  /** "Tata kelola pemerintahan". */
  readonly description: string;
  /** The strategy text, or null when none was written. */
  readonly strategy: string | null;
  readonly programmes: readonly ProgrammeRow[];
  readonly quickWins: {
    readonly programmes: readonly ProgrammeRow[];
    /** The dimension's innovations at the quick-win stage or past it (evaluation, sustained). */
    readonly innovations: readonly InnovationLine[];
  };
  readonly roadmap: readonly RoadmapYear[];
  /** The mean of its programmes' progress, or null. */
  readonly progress: number | null;
};

/** A unit's standing signature. */
export type Signatory = {
  readonly unit: string;
  readonly signer: string;
  readonly nip: string;
  readonly position: string;
  /** The signing date in words. */
  readonly date: string;
};

/** Komitmen Bersama. */
export type CommitmentChapter = {
  readonly statement: string;
  readonly signatories: readonly Signatory[];
  readonly signedCount: number;
  readonly unitCount: number;
  /** "12 dari 55 perangkat daerah telah menandatangani komitmen bersama." */
  readonly countText: string;
  /** Active units without a standing signature, by name. */
  readonly unsignedUnits: readonly string[];
};

const quickWinStages: ReadonlySet<Stage> = new Set<Stage>(['quick_win', 'evaluation', 'sustained']);

const elementLabel = (dimension: DimensionKey, element: ElementKey): string =>
  getDimension(dimension).elements.find((e) => e.key === element)?.label.id ?? element;

const collator = new Intl.Collator('id');

/**
 * Assembles the masterplan document from the database: the plan, its strategies, programmes
 * (with progress, the budget-weighted mean of their action items), action items by year, the
 * quick wins (quick-win programmes and the innovations at or past the quick-win stage), the
 * commitments (standing signatures of active units, "N of M") and every innovation of the
 * region for the appendix. `NOT_FOUND` when the region has no masterplan yet.
 */
export async function loadMasterplanDocument(
  db: Kysely<Database>,
  now: Date,
): Promise<MasterplanDocument> {
  const plan = await findMasterplan(db);
  if (!plan) throw new DomainError('NOT_FOUND', 'No masterplan yet', { reason: 'no_masterplan' });
  const [region, strategies, programmes, actions, commitments, units, register] = await Promise.all(
    [
      findRegionById(db, plan.regionId),
      listStrategies(db, plan.id),
      listProgrammes(db, plan.id),
      listActions(db, plan.id),
      listCommitments(db, plan.id),
      listUnits(db, plan.regionId, { search: null, type: null, includeInactive: true }),
      listRegisterEntries(db, plan.regionId),
    ],
  );
  const unitName = new Map(units.items.map((u) => [u.id, u.name]));
  const nameOf = (id: string) => unitName.get(id) ?? '–';
  const activeUnits = units.items.filter((u) => u.active);

  const progress = masterplanProgress(
    programmes,
    actions,
    dimensions.map((d) => d.key),
  );
  const progressByDimension = progress.byDimension;
  const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
  const rows: ProgrammeRow[] = programmes.map((p) => ({
    id: p.id,
    name: p.name,
    description: p.description,
    element: elementLabel(p.dimension, p.element),
    horizon: horizonLabels[p.horizon].id,
    horizonKey: p.horizon,
    startYear: p.startYear,
    endYear: p.endYear,
    years: yearsText(p.startYear, p.endYear),
    leadUnit: nameOf(p.leadUnitId),
    supportingUnits: p.supportingUnitIds.map(nameOf),
    budget: p.budget,
    funding: masterplanFundingText[p.fundingSource],
    reference: p.reference,
    progress: progress.byProgramme.get(p.id) ?? null,
  }));
  const rowsByDimension = groupBy(rows, (_row, i) => programmes[i]?.dimension);
  const actionsByProgramme = groupBy(actions, (a) => a.programmeId);
  const actionsInProgrammeOrder = programmes.flatMap((p) => actionsByProgramme.get(p.id) ?? []);
  const strategyOf = new Map(strategies.map((s) => [s.dimension, s.text]));

  const line = (entry: (typeof register)[number]): AppendixInnovation => ({
    id: entry.id,
    title: entry.title,
    unit: entry.unitName,
    dimension: getDimension(entry.dimension).label.id,
    element: elementLabel(entry.dimension, entry.element),
    stage: stageLabels[entry.stage].id,
    outcome: entry.outcome ? outcomeLabels[entry.outcome].id : '–',
  });
  const appendix = [...register]
    .sort(
      (a, b) =>
        dimensionOrder(a.dimension) - dimensionOrder(b.dimension) ||
        collator.compare(a.title, b.title) ||
        a.id.localeCompare(b.id),
    )
    .map(line);

  const chapters = dimensions.map((dimension): DimensionChapter => {
    const dimensionRows = rowsByDimension.get(dimension.key) ?? [];
    // The roadmap's years are the domain's (the SPA's Peta Jalan shows the same); a printed
    // chapter leaves out the years in which no programme runs and no action item is due.
    const roadmap = roadmapByYear({
      period: plan,
      programmes,
      actions: actionsInProgrammeOrder,
      dimension: dimension.key,
    })
      .filter((y) => y.programmes.length > 0 || y.actions.length > 0)
      .map((y): RoadmapYear => ({
        year: y.year,
        programmes: y.programmes.map((p) => p.name),
        actions: y.actions.map((a) => ({
          activity: a.activity,
          programme: programmeName.get(a.programmeId) ?? '–',
          ownerUnit: nameOf(a.ownerUnitId),
          outputTarget: a.outputTarget,
          budget: a.budget,
          status: actionStatusText[a.status],
          progress: a.progressPercent,
        })),
      }));
    return {
      key: dimension.key,
      label: dimension.label.id,
      description: dimension.description.id,
      strategy: strategyOf.get(dimension.key)?.trim() || null,
      programmes: dimensionRows,
      quickWins: {
        programmes: dimensionRows.filter((r) => r.horizonKey === 'quick_win'),
        innovations: register
          .filter((e) => e.dimension === dimension.key && quickWinStages.has(e.stage))
          .map(line),
      },
      roadmap,
      progress: progressByDimension[dimension.key],
    };
  });

  const activeIds = new Set(activeUnits.map((u) => u.id));
  const standing = standingSignatures(commitments, activeIds);
  // One standing signature per unit is what the index allows; the set guards the count anyway.
  const signedIds = new Set(standing.map((c) => c.unitId));
  const signatories = [...standing]
    .sort(
      (a, b) =>
        a.signedOn.localeCompare(b.signedOn) ||
        collator.compare(nameOf(a.unitId), nameOf(b.unitId)),
    )
    .map((c) => ({
      unit: nameOf(c.unitId),
      signer: c.signerName,
      nip: c.signerNip,
      position: c.signerPosition,
      date: dateText(c.signedOn),
    }));
  const unsignedUnits = activeUnits
    .filter((u) => !signedIds.has(u.id))
    .map((u) => u.name)
    .sort(collator.compare);

  const regionName = region?.name ?? '';
  const documentRegion = await loadDocumentRegion(db, region);
  const generatedOn = utcDate(now);
  const periodText = yearsText(plan.startYear, plan.endYear);
  const reached = plan.bimtekStage ? bimtekStages.indexOf(plan.bimtekStage) : -1;
  const bimtekRows = bimtekStages
    .filter((stage, i) => i <= reached || plan.bimtekDates[stage] !== undefined)
    .map((stage) => ({
      stage,
      text: bimtekText(stage),
      date: plan.bimtekDates[stage] ? dateText(plan.bimtekDates[stage]) : '–',
    }));
  const checklistLabels = new Map(
    bimtekStages.flatMap((stage) =>
      bimtekChecklist[stage].map((item) => [item.key, item.label.id]),
    ),
  );
  const checklistDone = plan.bimtekChecklist.map((key) => checklistLabels.get(key) ?? key);
  const bimtekStageText = plan.bimtekStage ? bimtekText(plan.bimtekStage) : 'Belum dimulai';

  return {
    title: plan.title,
    regionName,
    province: region?.province ?? '',
    region: documentRegion,
    startYear: plan.startYear,
    endYear: plan.endYear,
    periodText,
    generatedOn,
    generatedNote: `Dokumen ini dihasilkan dari data aplikasi pada ${dateText(generatedOn)}.`,
    vision: plan.vision,
    mission: plan.mission,
    bimtek: { stageText: bimtekStageText, stages: bimtekRows, checklistDone },
    introduction: [
      `Rencana induk kota cerdas (smart city) ${regionName || 'daerah ini'} untuk periode ` +
        `${periodText} disusun dalam rangka Gerakan Menuju 100 Smart City melalui empat tahap ` +
        `bimbingan teknis (Bimtek). Tahap yang telah dicapai: ${bimtekStageText}.`,
      `Dokumen ini memuat visi dan misi kota cerdas; untuk setiap dimensi (Smart Governance, ` +
        `Smart Branding, Smart Economy, Smart Living, Smart Society dan Smart Environment) ` +
        `strategi, program, quick win, peta jalan per tahun beserta rencana aksi, dan capaiannya; ` +
        `komitmen bersama perangkat daerah; serta lampiran daftar seluruh inovasi.`,
      `Isinya mencakup ${programmes.length} program, ${actions.length} rencana aksi dan ` +
        `${register.length} inovasi dari perangkat daerah. Capaian program adalah rata-rata ` +
        `capaian rencana aksinya yang ditimbang dengan anggaran; capaian dimensi adalah rata-rata ` +
        `capaian programnya.`,
    ],
    totals: {
      programmes: programmes.length,
      actions: actions.length,
      innovations: register.length,
    },
    dimensions: chapters,
    commitment: {
      statement: plan.commitmentStatement,
      signatories,
      signedCount: signedIds.size,
      unitCount: activeUnits.length,
      countText: `${signedIds.size} dari ${activeUnits.length} perangkat daerah telah menandatangani komitmen bersama.`,
      unsignedUnits,
    },
    appendix,
  };
}

function dimensionOrder(key: DimensionKey): number {
  return dimensions.findIndex((d) => d.key === key);
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T, index: number) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  items.forEach((item, index) => {
    const key = keyOf(item, index);
    const list = map.get(key);
    if (list) list.push(item);
    else map.set(key, [item]);
  });
  return map;
}
