import {
  dimensionKeys,
  dimensions,
  type DimensionKey,
  type ElementKey,
} from '../../catalogue/dimension-values';
import { gate } from '../../innovation/gates';
import { profileDataSchema, type ProfileData } from '../../innovation/inputs';
import {
  evaluationSectionSchema,
  needSectionSchema,
  problemSectionSchema,
  processSectionSchema,
  quickWinSectionSchema,
  type Kpi,
  type ProcessStep,
  type Sections,
} from '../../innovation/sections';
import {
  activeStages,
  bentukLabels,
  bentukValues,
  fundingSourceLabels,
  fundingSources,
  inisiatorLabels,
  inisiatorValues,
  jenisLabels,
  jenisValues,
  outcomeLabels,
  outcomes,
  problemSourceLabels,
  problemSources,
  quickWinStatusLabels,
  quickWinStatuses,
  stageIndex,
  stageLabels,
  stages,
  tahapanLabels,
  tahapanValues,
  type ActiveStage,
  type Stage,
} from '../../innovation/vocabulary-values';
import { encodeLines } from '../cell-values';
import { choiceOptions, type ChoiceOption, type Column, type LineField } from '../columns';
import {
  booleanValue,
  compact,
  linesValue,
  listValue,
  numberValue,
  RowIssues,
  textValue,
  type ExchangeEntity,
  type OutCell,
} from '../entity';
import type { RowProblem } from '../issues';

/**
 * An innovation as a spreadsheet row carries it: its identity, IID profile, the text of every
 * section and its stage. Progress reports, evidence files and evaluation rounds are not carried.
 */
export type InnovationRecord = {
  /** The external code the sheet carries (an export writes the id when there is none). */
  readonly code: string;
  readonly unitId: string;
  readonly isPublic: boolean;
  readonly stage: Stage;
  /** For a discontinued innovation, the stage it was discontinued from. */
  readonly discontinuedFrom: ActiveStage | null;
  readonly profile: ProfileData;
  readonly sections: Sections;
};

const elementOptions: readonly ChoiceOption[] = dimensions.flatMap((d) =>
  d.elements.map((e) => ({ value: e.key, label: e.label })),
);
const dimensionOptions: readonly ChoiceOption[] = dimensions.map((d) => ({
  value: d.key,
  label: d.label,
}));

const kpiFields: readonly LineField[] = [
  { key: 'name', label: { id: 'nama', en: 'name' }, type: 'text', required: true },
  { key: 'unit', label: { id: 'satuan', en: 'unit' }, type: 'text', required: true },
  { key: 'baseline', label: { id: 'nilai awal', en: 'baseline' }, type: 'number', required: true },
  { key: 'target', label: { id: 'target', en: 'target' }, type: 'number', required: true },
  {
    key: 'targetDate',
    label: { id: 'tanggal target', en: 'target date' },
    type: 'date',
    required: true,
  },
];

const stepFields: readonly LineField[] = [
  { key: 'actor', label: { id: 'aktor', en: 'actor' }, type: 'text', required: true },
  { key: 'activity', label: { id: 'kegiatan', en: 'activity' }, type: 'text', required: true },
  { key: 'tool', label: { id: 'alat', en: 'tool' }, type: 'text', required: false },
];

const text = (max: number) => ({ type: 'text', maxLength: max }) as const;
const date = { type: 'date' } as const;

/** A column, more briefly. */
function column({
  key,
  header,
  description,
  format,
  required = false,
}: {
  readonly key: string;
  readonly header: [string, string];
  readonly description: [string, string];
  readonly format: Column['format'];
  readonly required?: boolean;
}): Column {
  return {
    key,
    header: { id: header[0], en: header[1] },
    description: { id: description[0], en: description[1] },
    required,
    format,
  };
}

/** The columns of the innovations sheet, in the order of the lifecycle. */
export const innovationColumns: readonly Column[] = [
  column({
    key: 'code',
    header: ['Kode inovasi', 'Innovation code'],
    description: [
      'Kode tetap inovasi, unik (mis. INV-001). Impor ulang memperbarui inovasi dengan kode yang sama.',
      'The innovation’s fixed code, unique (e.g. INV-001). Re-importing updates the innovation with the same code.',
    ],
    format: text(80),
    required: true,
  }),
  column({
    key: 'unit',
    header: ['Kode perangkat daerah', 'Unit code'],
    description: ['Kode perangkat daerah pemilik inovasi.', 'The code of the unit that owns it.'],
    format: { type: 'reference', to: 'unit', many: false },
    required: true,
  }),
  column({
    key: 'title',
    header: ['Judul', 'Title'],
    description: ['5–200 karakter.', '5–200 characters.'],
    format: text(200),
    required: true,
  }),
  column({
    key: 'summary',
    header: ['Ringkasan', 'Summary'],
    description: ['Ringkasan singkat, 10–2.000 karakter.', 'A short summary, 10–2,000 characters.'],
    format: text(2000),
    required: true,
  }),
  column({
    key: 'dimension',
    header: ['Dimensi', 'Dimension'],
    description: ['Dimensi smart city utama.', 'The main smart city dimension.'],
    format: { type: 'choice', options: dimensionOptions },
    required: true,
  }),
  column({
    key: 'element',
    header: ['Elemen', 'Element'],
    description: ['Elemen dari dimensi tersebut.', 'An element of that dimension.'],
    format: { type: 'choice', options: elementOptions },
    required: true,
  }),
  column({
    key: 'extra_dimensions',
    header: ['Dimensi tambahan', 'Other dimensions'],
    description: [
      'Boleh kosong; pisahkan dengan titik koma.',
      'May be empty; separate with semicolons.',
    ],
    format: { type: 'choices', options: dimensionOptions },
  }),
  column({
    key: 'public',
    header: ['Dipublikasikan', 'Published'],
    description: [
      'Ya: tampil untuk publik dan data terbuka. Kosong berarti Tidak.',
      'Ya (yes): shown to the public and in open data. Empty means no.',
    ],
    format: { type: 'boolean' },
  }),
  column({
    key: 'jenis',
    header: ['Jenis inovasi', 'Kind (jenis)'],
    description: ['Profil IID.', 'IID profile.'],
    format: { type: 'choice', options: choiceOptions(jenisValues, jenisLabels) },
    required: true,
  }),
  column({
    key: 'bentuk',
    header: ['Bentuk inovasi', 'Form (bentuk)'],
    description: ['Profil IID.', 'IID profile.'],
    format: { type: 'choice', options: choiceOptions(bentukValues, bentukLabels) },
    required: true,
  }),
  column({
    key: 'inisiator',
    header: ['Inisiator', 'Initiator'],
    description: ['Profil IID.', 'IID profile.'],
    format: { type: 'choice', options: choiceOptions(inisiatorValues, inisiatorLabels) },
    required: true,
  }),
  column({
    key: 'tahapan',
    header: ['Tahapan IID', 'IID stage (tahapan)'],
    description: [
      'Boleh kosong: mengikuti tahap siklus (Masalah–Proses: inisiatif; Quick Win–Evaluasi: uji coba; Berlanjut: penerapan).',
      'May be empty: it then follows the lifecycle stage.',
    ],
    format: { type: 'choice', options: choiceOptions(tahapanValues, tahapanLabels) },
  }),
  column({
    key: 'urusan',
    header: ['Urusan pemerintahan', 'Government affair'],
    description: ['Mis. Kesehatan.', 'E.g. Kesehatan (health).'],
    format: text(200),
  }),
  column({
    key: 'trial_date',
    header: ['Tanggal uji coba', 'Trial date'],
    description: ['Mis. 31/12/2026.', 'E.g. 31/12/2026.'],
    format: date,
  }),
  column({
    key: 'implementation_date',
    header: ['Tanggal penerapan', 'Implementation date'],
    description: ['Mis. 31/12/2026.', 'E.g. 31/12/2026.'],
    format: date,
  }),
  column({
    key: 'stage',
    header: ['Tahap', 'Stage'],
    description: [
      'Tahap siklus inovasi. Bagian setiap tahap sebelumnya harus lengkap (lihat syarat tiap tahap).',
      'The lifecycle stage. The sections of every earlier stage must be complete.',
    ],
    format: { type: 'choice', options: choiceOptions(stages, stageLabels) },
    required: true,
  }),
  column({
    key: 'discontinued_from',
    header: ['Dihentikan dari tahap', 'Discontinued from'],
    description: ['Hanya untuk tahap Dihentikan.', 'Only for the Discontinued stage.'],
    format: { type: 'choice', options: choiceOptions(activeStages, stageLabels) },
  }),
  column({
    key: 'problem_statement',
    header: ['Pernyataan masalah', 'Problem statement'],
    description: [
      'Paling sedikit 50 karakter untuk melewati tahap Masalah.',
      'At least 50 characters to pass the problem stage.',
    ],
    format: text(5000),
  }),
  column({
    key: 'affected_group',
    header: ['Kelompok terdampak', 'Affected group'],
    description: ['Siapa yang mengalami masalah.', 'Who suffers the problem.'],
    format: text(500),
  }),
  column({
    key: 'problem_evidence',
    header: ['Bukti / data awal', 'Evidence / baseline data'],
    description: ['Data yang menunjukkan masalahnya.', 'Data that shows the problem.'],
    format: text(5000),
  }),
  column({
    key: 'problem_source',
    header: ['Sumber masalah', 'Problem source'],
    description: ['Dari mana masalah diangkat.', 'Where the problem was raised.'],
    format: { type: 'choice', options: choiceOptions(problemSources, problemSourceLabels) },
  }),
  column({
    key: 'need_statement',
    header: ['Pernyataan kebutuhan', 'Need statement'],
    description: ['Apa yang dibutuhkan.', 'What is needed.'],
    format: text(5000),
  }),
  column({
    key: 'beneficiaries',
    header: ['Penerima manfaat', 'Beneficiaries'],
    description: ['Siapa penerima manfaatnya.', 'Who benefits.'],
    format: text(500),
  }),
  column({
    key: 'beneficiary_count',
    header: ['Perkiraan jumlah penerima manfaat', 'Estimated beneficiaries'],
    description: ['Bilangan bulat, mis. 12.000.', 'A whole number, e.g. 12.000.'],
    format: { type: 'number', integer: true, min: 0, max: 1e9 },
  }),
  column({
    key: 'indicators',
    header: ['Indikator keberhasilan', 'Success indicators'],
    description: [
      'Satu indikator per baris: nama | satuan | nilai awal | target | tanggal target, mis. Cakupan imunisasi | % | 60 | 95 | 31/12/2026.',
      'One indicator per line: name | unit | baseline | target | target date.',
    ],
    format: { type: 'lines', fields: kpiFields },
  }),
  column({
    key: 'as_is',
    header: ['Proses saat ini', 'Process as it is'],
    description: [
      'Satu langkah per baris: aktor | kegiatan | alat (alat boleh kosong).',
      'One step per line: actor | activity | tool (the tool may be empty).',
    ],
    format: { type: 'lines', fields: stepFields },
  }),
  column({
    key: 'to_be',
    header: ['Proses yang diusulkan', 'Process to be'],
    description: [
      'Satu langkah per baris: aktor | kegiatan | alat.',
      'One step per line: actor | activity | tool.',
    ],
    format: { type: 'lines', fields: stepFields },
  }),
  column({
    key: 'needs_application',
    header: ['Butuh aplikasi', 'Needs an application'],
    description: [
      'Ya atau Tidak; kosong berarti Tidak.',
      'Ya (yes) or Tidak (no); empty means no.',
    ],
    format: { type: 'boolean' },
  }),
  column({
    key: 'application_justification',
    header: ['Alasan aplikasi', 'Why an application'],
    description: ['Wajib bila butuh aplikasi.', 'Required when an application is needed.'],
    format: text(3000),
  }),
  column({
    key: 'legal_basis',
    header: ['Dasar hukum', 'Legal basis'],
    description: ['Boleh kosong.', 'May be empty.'],
    format: text(1000),
  }),
  column({
    key: 'deliverable',
    header: ['Keluaran quick win', 'Quick win deliverable'],
    description: ['Apa yang diserahkan dalam setahun.', 'What is delivered within a year.'],
    format: text(2000),
  }),
  column({
    key: 'responsible_person',
    header: ['Penanggung jawab', 'Responsible person'],
    description: ['Nama penanggung jawab quick win.', 'Who is responsible for the quick win.'],
    format: text(200),
  }),
  column({
    key: 'qw_start',
    header: ['Tanggal mulai quick win', 'Quick win start'],
    description: ['Mis. 01/02/2026.', 'E.g. 01/02/2026.'],
    format: date,
  }),
  column({
    key: 'qw_target',
    header: ['Tanggal target quick win', 'Quick win target date'],
    description: ['Paling lambat 12 bulan setelah mulai.', 'At most 12 months after the start.'],
    format: date,
  }),
  column({
    key: 'qw_budget',
    header: ['Anggaran quick win (Rp)', 'Quick win budget (IDR)'],
    description: ['Mis. 150.000.000.', 'E.g. 150.000.000.'],
    format: { type: 'number', integer: false, min: 0, max: 1e15 },
  }),
  column({
    key: 'qw_funding',
    header: ['Sumber anggaran quick win', 'Quick win funding source'],
    description: ['Sumber anggaran.', 'Where the money comes from.'],
    format: { type: 'choice', options: choiceOptions(fundingSources, fundingSourceLabels) },
  }),
  column({
    key: 'qw_status',
    header: ['Status quick win', 'Quick win status'],
    description: ['Status pelaksanaan.', 'Delivery status.'],
    format: { type: 'choice', options: choiceOptions(quickWinStatuses, quickWinStatusLabels) },
  }),
  column({
    key: 'outcome',
    header: ['Hasil evaluasi', 'Evaluation outcome'],
    description: [
      'Wajib Berdampak untuk tahap Berlanjut.',
      'Must be Impactful for the Sustained stage.',
    ],
    format: { type: 'choice', options: choiceOptions(outcomes, outcomeLabels) },
  }),
  column({
    key: 'evaluation_notes',
    header: ['Catatan evaluasi', 'Evaluation notes'],
    description: ['Catatan penilai.', 'The assessors’ notes.'],
    format: text(5000),
  }),
  column({
    key: 'lessons_learned',
    header: ['Pelajaran', 'Lessons learned'],
    description: ['Pelajaran yang dipetik.', 'Lessons learned.'],
    format: text(5000),
  }),
  // Read-only facts an export adds for the reader (written by `innovationFactCells`); an import
  // ignores them.
  {
    ...column({
      key: 'unit_name',
      header: ['Nama perangkat daerah', 'Unit name'],
      description: [
        'Hanya dibaca: nama perangkat daerah pemilik. Diabaikan saat impor.',
        'Read only: the name of the owning unit. Ignored on import.',
      ],
      format: text(160),
    }),
    exportOnly: true,
  },
  {
    ...column({
      key: 'updated_at',
      header: ['Terakhir diperbarui', 'Last updated'],
      description: [
        'Hanya dibaca: tanggal perubahan terakhir (UTC). Diabaikan saat impor.',
        'Read only: the day of the last change (UTC). Ignored on import.',
      ],
      format: date,
    }),
    exportOnly: true,
  },
  {
    ...column({
      key: 'stale',
      header: ['Tidak aktif', 'Stale'],
      description: [
        'Hanya dibaca: Ya bila berada di tahap aktif tanpa kegiatan selama batas hari (30 hari bawaan). Diabaikan saat impor.',
        'Read only: Ya (yes) when in an active stage with no activity for the threshold (30 days by default). Ignored on import.',
      ],
      format: { type: 'boolean' },
    }),
    exportOnly: true,
  },
];

/** The read-only facts of an innovation an export writes beside its record. */
export type InnovationFacts = {
  readonly unitName: string;
  /** ISO instant of the last change. */
  readonly updatedAt: string;
  /** Whether it is stale now (the monitoring rule, `isStale`). */
  readonly stale: boolean;
};

/** The cells of the innovations sheet's export-only columns. */
export function innovationFactCells(facts: InnovationFacts): Readonly<Record<string, OutCell>> {
  return {
    unit_name: facts.unitName,
    updated_at: { date: facts.updatedAt.slice(0, 10) },
    stale: facts.stale ? 'Ya' : 'Tidak',
  };
}

/** Where a schema path of the profile or a section lands among the columns. */
const profileColumn: Record<string, string> = {
  title: 'title',
  summary: 'summary',
  dimension: 'dimension',
  element: 'element',
  extraDimensions: 'extra_dimensions',
  jenis: 'jenis',
  bentuk: 'bentuk',
  inisiator: 'inisiator',
  tahapan: 'tahapan',
  urusan: 'urusan',
  trialDate: 'trial_date',
  implementationDate: 'implementation_date',
};
const sectionColumn: Record<keyof Sections, Record<string, string>> = {
  problem: {
    statement: 'problem_statement',
    affectedGroup: 'affected_group',
    evidence: 'problem_evidence',
    source: 'problem_source',
  },
  need: { statement: 'need_statement', beneficiaries: 'beneficiaries', indicators: 'indicators' },
  process: {
    asIs: 'as_is',
    toBe: 'to_be',
    needsApplication: 'needs_application',
    applicationJustification: 'application_justification',
    legalBasis: 'legal_basis',
  },
  quick_win: {
    deliverable: 'deliverable',
    responsiblePerson: 'responsible_person',
    startDate: 'qw_start',
    targetDate: 'qw_target',
    budget: 'qw_budget',
    fundingSource: 'qw_funding',
    status: 'qw_status',
  },
  evaluation: { outcome: 'outcome', notes: 'evaluation_notes', lessonsLearned: 'lessons_learned' },
};

/** The gate-passing facts an import cannot carry: it brings no progress reports. */
const importGateContext = { progressReportCount: Number.POSITIVE_INFINITY };

/**
 * Whether an innovation may stand at a stage with these sections, as an import places it there
 * without walking the lifecycle: every stage before it must pass its gate (an import carries no
 * progress reports, so that part of the quick win's gate counts as met); a sustained innovation
 * needs the outcome "impactful"; a discontinued one names the stage it was discontinued from,
 * whose earlier gates must pass. Answers the first problem, or null.
 */
export function importedStageProblem(
  stage: Stage,
  discontinuedFrom: ActiveStage | null,
  sections: Sections,
): RowProblem | null {
  const reached: ActiveStage | 'beyond' =
    stage === 'sustained'
      ? 'beyond'
      : stage === 'discontinued'
        ? (discontinuedFrom ?? 'problem')
        : stage;
  const passed =
    reached === 'beyond' ? activeStages.slice(0, 4) : activeStages.slice(0, stageIndex(reached));
  for (const earlier of passed) {
    const missing = gate(earlier, sections, importGateContext);
    if (missing.length > 0) return { code: 'gate_not_met', stage: earlier, missing };
  }
  if (stage === 'sustained' && sections.evaluation.outcome !== 'impactful') {
    return { code: 'invalid', message: 'A sustained innovation needs the outcome "impactful"' };
  }
  return null;
}

function kpisOf(lines: ReturnType<typeof linesValue>): Kpi[] {
  return lines.map((l) => ({
    name: String(l.name ?? ''),
    unit: String(l.unit ?? ''),
    baseline: Number(l.baseline),
    target: Number(l.target),
    targetDate: String(l.targetDate ?? ''),
  }));
}

function stepsOf(lines: ReturnType<typeof linesValue>): ProcessStep[] {
  return lines.map(
    (l) =>
      compact({
        actor: String(l.actor ?? ''),
        activity: String(l.activity ?? ''),
        tool: l.tool === undefined ? undefined : String(l.tool),
      }) as ProcessStep,
  );
}

const formatNumber = (value: number) => String(value);

/** Innovations in and out of spreadsheets. */
export const innovationExchange: ExchangeEntity<InnovationRecord> = {
  entity: 'innovations',
  columns: innovationColumns,
  keyOf: (record) => record.code,
  read: (row, refs) => {
    const v = row.values;
    const issues = new RowIssues(row, innovationColumns);
    const unitId = issues.unit('unit', refs, textValue(v, 'unit') ?? '');
    const profile = profileDataSchema.safeParse({
      title: textValue(v, 'title') ?? '',
      summary: textValue(v, 'summary') ?? '',
      dimension: textValue(v, 'dimension') ?? '',
      element: textValue(v, 'element') ?? '',
      extraDimensions: listValue(v, 'extra_dimensions'),
      jenis: textValue(v, 'jenis') ?? '',
      bentuk: textValue(v, 'bentuk') ?? '',
      inisiator: textValue(v, 'inisiator') ?? '',
      tahapan: textValue(v, 'tahapan'),
      urusan: textValue(v, 'urusan'),
      trialDate: textValue(v, 'trial_date'),
      implementationDate: textValue(v, 'implementation_date'),
    });
    if (!profile.success)
      issues.schema(profile.error, (path) => profileColumn[String(path[0])] ?? null);

    const beneficiaries = compact({
      who: textValue(v, 'beneficiaries') ?? undefined,
      estimatedCount: numberValue(v, 'beneficiary_count') ?? undefined,
    });
    const parts = {
      problem: problemSectionSchema.safeParse(
        compact({
          statement: textValue(v, 'problem_statement'),
          affectedGroup: textValue(v, 'affected_group'),
          evidence: textValue(v, 'problem_evidence'),
          source: textValue(v, 'problem_source'),
        }),
      ),
      need: needSectionSchema.safeParse({
        ...compact({ statement: textValue(v, 'need_statement') }),
        ...(Object.keys(beneficiaries).length > 0 ? { beneficiaries } : {}),
        indicators: kpisOf(linesValue(v, 'indicators')),
      }),
      process: processSectionSchema.safeParse({
        asIs: stepsOf(linesValue(v, 'as_is')),
        toBe: stepsOf(linesValue(v, 'to_be')),
        needsApplication: booleanValue(v, 'needs_application') ?? false,
        ...compact({
          applicationJustification: textValue(v, 'application_justification'),
          legalBasis: textValue(v, 'legal_basis'),
        }),
      }),
      quick_win: quickWinSectionSchema.safeParse(
        compact({
          deliverable: textValue(v, 'deliverable'),
          responsiblePerson: textValue(v, 'responsible_person'),
          startDate: textValue(v, 'qw_start'),
          targetDate: textValue(v, 'qw_target'),
          budget: numberValue(v, 'qw_budget'),
          fundingSource: textValue(v, 'qw_funding'),
          status: textValue(v, 'qw_status'),
        }),
      ),
      evaluation: evaluationSectionSchema.safeParse(
        compact({
          outcome: textValue(v, 'outcome'),
          notes: textValue(v, 'evaluation_notes'),
          lessonsLearned: textValue(v, 'lessons_learned'),
        }),
      ),
    } as const;
    for (const [section, result] of Object.entries(parts) as [
      keyof Sections,
      (typeof parts)[keyof Sections],
    ][]) {
      if (!result.success)
        issues.schema(result.error, (path) => sectionColumn[section][String(path[0])] ?? null);
    }

    const stage = (textValue(v, 'stage') ?? 'problem') as Stage;
    const discontinuedFrom = textValue(v, 'discontinued_from') as ActiveStage | null;
    if (stage === 'discontinued' && discontinuedFrom === null)
      issues.cell('discontinued_from', { code: 'required' });
    if (stage !== 'discontinued' && discontinuedFrom !== null)
      issues.cell('discontinued_from', {
        code: 'invalid',
        message: 'Only a discontinued innovation names the stage it was discontinued from',
      });

    if (
      !issues.ok ||
      unitId === null ||
      !profile.success ||
      !parts.problem.success ||
      !parts.need.success ||
      !parts.process.success ||
      !parts.quick_win.success ||
      !parts.evaluation.success
    )
      return { ok: false, issues: issues.issues };
    const sections: Sections = {
      problem: parts.problem.data,
      need: parts.need.data,
      process: parts.process.data,
      quick_win: parts.quick_win.data,
      evaluation: parts.evaluation.data,
    };
    const stageProblem = importedStageProblem(stage, discontinuedFrom, sections);
    if (stageProblem) {
      issues.rowProblem(stageProblem);
      return { ok: false, issues: issues.issues };
    }
    return {
      ok: true,
      record: {
        code: textValue(v, 'code') ?? '',
        unitId,
        isPublic: booleanValue(v, 'public') ?? false,
        stage,
        discontinuedFrom,
        profile: profile.data,
        sections,
      },
    };
  },
  write: (record, codes) => {
    const { profile, sections } = record;
    const dimensionLabel = (key: DimensionKey) =>
      dimensions.find((d) => d.key === key)?.label.id ?? key;
    const elementLabel = (key: ElementKey) =>
      elementOptions.find((o) => o.value === key)?.label.id ?? key;
    const asDate = (value: string | null | undefined): OutCell => (value ? { date: value } : null);
    const steps = (list: readonly ProcessStep[]) =>
      list.length === 0 ? null : encodeLines(list.map((s) => [s.actor, s.activity, s.tool ?? '']));
    const q = sections.quick_win;
    return {
      code: record.code,
      unit: codes.unit(record.unitId),
      title: profile.title,
      summary: profile.summary,
      dimension: dimensionLabel(profile.dimension),
      element: elementLabel(profile.element),
      extra_dimensions:
        profile.extraDimensions.length === 0
          ? null
          : profile.extraDimensions
              .filter((d) => (dimensionKeys as readonly string[]).includes(d))
              .map(dimensionLabel)
              .join('; '),
      public: record.isPublic ? 'Ya' : 'Tidak',
      jenis: jenisLabels[profile.jenis].id,
      bentuk: bentukLabels[profile.bentuk].id,
      inisiator: inisiatorLabels[profile.inisiator].id,
      tahapan: profile.tahapan === null ? null : tahapanLabels[profile.tahapan].id,
      urusan: profile.urusan,
      trial_date: asDate(profile.trialDate),
      implementation_date: asDate(profile.implementationDate),
      stage: stageLabels[record.stage].id,
      discontinued_from:
        record.discontinuedFrom === null ? null : stageLabels[record.discontinuedFrom].id,
      problem_statement: sections.problem.statement ?? null,
      affected_group: sections.problem.affectedGroup ?? null,
      problem_evidence: sections.problem.evidence ?? null,
      problem_source: sections.problem.source
        ? problemSourceLabels[sections.problem.source].id
        : null,
      need_statement: sections.need.statement ?? null,
      beneficiaries: sections.need.beneficiaries?.who ?? null,
      beneficiary_count: sections.need.beneficiaries?.estimatedCount ?? null,
      indicators:
        sections.need.indicators.length === 0
          ? null
          : encodeLines(
              sections.need.indicators.map((k) => [
                k.name,
                k.unit,
                formatNumber(k.baseline),
                formatNumber(k.target),
                k.targetDate,
              ]),
            ),
      as_is: steps(sections.process.asIs),
      to_be: steps(sections.process.toBe),
      needs_application: sections.process.needsApplication ? 'Ya' : 'Tidak',
      application_justification: sections.process.applicationJustification ?? null,
      legal_basis: sections.process.legalBasis ?? null,
      deliverable: q.deliverable ?? null,
      responsible_person: q.responsiblePerson ?? null,
      qw_start: asDate(q.startDate),
      qw_target: asDate(q.targetDate),
      qw_budget: q.budget ?? null,
      qw_funding: q.fundingSource ? fundingSourceLabels[q.fundingSource].id : null,
      qw_status: q.status ? quickWinStatusLabels[q.status].id : null,
      outcome: sections.evaluation.outcome ? outcomeLabels[sections.evaluation.outcome].id : null,
      evaluation_notes: sections.evaluation.notes ?? null,
      lessons_learned: sections.evaluation.lessonsLearned ?? null,
    };
  },
  unitsOf: (record) => [{ column: 'unit', unitId: record.unitId }],
  comparable: (record) => record,
};
