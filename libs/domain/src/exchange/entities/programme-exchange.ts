import { dimensions, type DimensionKey, type ElementKey } from '../../catalogue/dimension-values';
import {
  horizonLabels,
  horizons,
  masterplanFundingSourceLabels,
  masterplanFundingSources,
  programmeCreateInputSchema,
  programmeIssues,
  type Horizon,
  type MasterplanFundingSource,
} from '../../masterplan/masterplan';
import { choiceOptions, type ChoiceOption, type Column } from '../columns';
import {
  listValue,
  numberValue,
  RowIssues,
  textValue,
  type ExchangeEntity,
  type OutCell,
} from '../entity';

/** A masterplan programme as a spreadsheet row carries it (matched by its code). */
export type ProgrammeRecord = {
  readonly code: string;
  readonly dimension: DimensionKey;
  readonly element: ElementKey;
  readonly name: string;
  readonly description: string;
  readonly horizon: Horizon;
  readonly leadUnitId: string;
  readonly supportingUnitIds: readonly string[];
  readonly startYear: number;
  readonly endYear: number;
  readonly budget: number;
  readonly fundingSource: MasterplanFundingSource;
  readonly reference: string;
  readonly innovationIds: readonly string[];
};

const dimensionOptions: readonly ChoiceOption[] = dimensions.map((d) => ({
  value: d.key,
  label: d.label,
}));
const elementOptions: readonly ChoiceOption[] = dimensions.flatMap((d) =>
  d.elements.map((e) => ({ value: e.key, label: e.label })),
);
const year = { type: 'number', integer: true, min: 2000, max: 2100 } as const;

/** The columns of the programmes sheet. */
export const programmeColumns: readonly Column[] = [
  {
    key: 'code',
    header: { id: 'Kode program', en: 'Programme code' },
    description: {
      id: 'Kode tetap program, unik dalam rencana induk (mis. PRG-GOV-01). Impor ulang memperbarui program dengan kode yang sama.',
      en: 'The programme’s fixed code, unique in the masterplan. Re-importing updates the programme with the same code.',
    },
    required: true,
    format: { type: 'text', maxLength: 80 },
  },
  {
    key: 'dimension',
    header: { id: 'Dimensi', en: 'Dimension' },
    description: { id: 'Dimensi smart city.', en: 'The smart city dimension.' },
    required: true,
    format: { type: 'choice', options: dimensionOptions },
  },
  {
    key: 'element',
    header: { id: 'Elemen', en: 'Element' },
    description: { id: 'Elemen dari dimensi tersebut.', en: 'An element of that dimension.' },
    required: true,
    format: { type: 'choice', options: elementOptions },
  },
  {
    key: 'name',
    header: { id: 'Nama program', en: 'Programme name' },
    description: { id: '5–300 karakter.', en: '5–300 characters.' },
    required: true,
    format: { type: 'text', maxLength: 300 },
  },
  {
    key: 'description',
    header: { id: 'Deskripsi', en: 'Description' },
    description: { id: 'Boleh kosong.', en: 'May be empty.' },
    required: false,
    format: { type: 'text', maxLength: 5000 },
  },
  {
    key: 'horizon',
    header: { id: 'Horizon', en: 'Horizon' },
    description: { id: 'Jangka waktu program.', en: 'The programme’s time horizon.' },
    required: true,
    format: { type: 'choice', options: choiceOptions(horizons, horizonLabels) },
  },
  {
    key: 'lead_unit',
    header: { id: 'Perangkat daerah utama', en: 'Lead unit' },
    description: {
      id: 'Kode perangkat daerah penanggung jawab.',
      en: 'The code of the lead unit.',
    },
    required: true,
    format: { type: 'reference', to: 'unit', many: false },
  },
  {
    key: 'supporting_units',
    header: { id: 'Perangkat daerah pendukung', en: 'Supporting units' },
    description: {
      id: 'Kode-kode, pisahkan dengan titik koma.',
      en: 'Codes, separated by semicolons.',
    },
    required: false,
    format: { type: 'reference', to: 'unit', many: true },
  },
  {
    key: 'start_year',
    header: { id: 'Tahun mulai', en: 'Start year' },
    description: { id: 'Di dalam periode rencana induk.', en: 'Within the masterplan’s period.' },
    required: true,
    format: year,
  },
  {
    key: 'end_year',
    header: { id: 'Tahun selesai', en: 'End year' },
    description: {
      id: 'Tidak sebelum tahun mulai; rentang sesuai horizon.',
      en: 'Not before the start year; the span fits the horizon.',
    },
    required: true,
    format: year,
  },
  {
    key: 'budget',
    header: { id: 'Perkiraan anggaran (Rp)', en: 'Budget estimate (IDR)' },
    description: {
      id: 'Bilangan bulat, mis. 1.200.000.000; kosong berarti 0.',
      en: 'A whole number; empty means 0.',
    },
    required: false,
    format: { type: 'number', integer: true, min: 0, max: 1e15 },
  },
  {
    key: 'funding_source',
    header: { id: 'Sumber dana', en: 'Funding source' },
    description: { id: 'Sumber pendanaan.', en: 'Where the money comes from.' },
    required: true,
    format: {
      type: 'choice',
      options: choiceOptions(masterplanFundingSources, masterplanFundingSourceLabels),
    },
  },
  {
    key: 'reference',
    header: { id: 'Rujukan RPJMD / Renstra', en: 'RPJMD / Renstra reference' },
    description: { id: 'Boleh kosong.', en: 'May be empty.' },
    required: false,
    format: { type: 'text', maxLength: 500 },
  },
  {
    key: 'innovations',
    header: { id: 'Inovasi terkait', en: 'Linked innovations' },
    description: {
      id: 'Kode-kode inovasi, pisahkan dengan titik koma.',
      en: 'Innovation codes, separated by semicolons.',
    },
    required: false,
    format: { type: 'reference', to: 'innovation', many: true },
  },
  {
    key: 'progress',
    header: { id: 'Kemajuan (%)', en: 'Progress (%)' },
    description: {
      id: 'Hanya dibaca: rata-rata kemajuan rencana aksinya, berbobot anggaran; kosong tanpa rencana aksi. Diabaikan saat impor.',
      en: 'Read only: the budget-weighted mean progress of its action items; empty without any. Ignored on import.',
    },
    required: false,
    format: { type: 'number', integer: false, min: 0, max: 100 },
    exportOnly: true,
  },
];

/** The cells of the programmes sheet's export-only columns: its progress (`masterplanProgress`). */
export function programmeFactCells(facts: {
  readonly progress: number | null;
}): Readonly<Record<string, OutCell>> {
  return { progress: facts.progress === null ? null : Math.round(facts.progress * 10) / 10 };
}

const columnOfPath: Record<string, string> = {
  dimension: 'dimension',
  element: 'element',
  name: 'name',
  description: 'description',
  horizon: 'horizon',
  leadUnitId: 'lead_unit',
  supportingUnitIds: 'supporting_units',
  startYear: 'start_year',
  endYear: 'end_year',
  budget: 'budget',
  fundingSource: 'funding_source',
  reference: 'reference',
  innovationIds: 'innovations',
};

/** Masterplan programmes in and out of spreadsheets (the masterplan must exist first). */
export const programmeExchange: ExchangeEntity<ProgrammeRecord> = {
  entity: 'programmes',
  columns: programmeColumns,
  keyOf: (record) => record.code,
  read: (row, refs) => {
    const v = row.values;
    const issues = new RowIssues(row, programmeColumns);
    const leadUnitId = issues.unit('lead_unit', refs, textValue(v, 'lead_unit') ?? '');
    const supportingUnitIds: string[] = [];
    for (const code of listValue(v, 'supporting_units')) {
      const id = issues.unit('supporting_units', refs, code);
      if (id !== null && !supportingUnitIds.includes(id)) supportingUnitIds.push(id);
    }
    const innovationIds: string[] = [];
    for (const code of listValue(v, 'innovations')) {
      const innovation = refs.innovation(code);
      if (!innovation) issues.cell('innovations', { code: 'unknown_reference', value: code });
      else if (!innovationIds.includes(innovation.id)) innovationIds.push(innovation.id);
    }
    const parsed = programmeCreateInputSchema.safeParse({
      dimension: textValue(v, 'dimension') ?? '',
      element: textValue(v, 'element') ?? '',
      name: textValue(v, 'name') ?? '',
      description: textValue(v, 'description') ?? '',
      horizon: textValue(v, 'horizon') ?? '',
      leadUnitId: leadUnitId ?? '00000000-0000-4000-8000-000000000000',
      supportingUnitIds,
      startYear: numberValue(v, 'start_year') ?? 0,
      endYear: numberValue(v, 'end_year') ?? 0,
      budget: numberValue(v, 'budget') ?? 0,
      fundingSource: textValue(v, 'funding_source') ?? '',
      reference: textValue(v, 'reference') ?? '',
      innovationIds,
    });
    if (!parsed.success) {
      issues.schema(parsed.error, (path) => columnOfPath[String(path[0])] ?? null);
      return { ok: false, issues: issues.issues };
    }
    if (refs.period === null) {
      issues.rowProblem({
        code: 'invalid',
        message: 'There is no masterplan yet: create it before importing its programmes',
      });
    } else {
      for (const problem of programmeIssues(parsed.data, refs.period))
        issues.cell(columnOfPath[problem.field] ?? 'start_year', {
          code: 'invalid',
          message: problem.reason,
        });
    }
    if (!issues.ok || leadUnitId === null) return { ok: false, issues: issues.issues };
    return { ok: true, record: { code: textValue(v, 'code') ?? '', ...parsed.data } };
  },
  write: (record, codes) => ({
    code: record.code,
    dimension:
      dimensionOptions.find((o) => o.value === record.dimension)?.label.id ?? record.dimension,
    element: elementOptions.find((o) => o.value === record.element)?.label.id ?? record.element,
    name: record.name,
    description: record.description === '' ? null : record.description,
    horizon: horizonLabels[record.horizon].id,
    lead_unit: codes.unit(record.leadUnitId),
    supporting_units:
      record.supportingUnitIds.length === 0
        ? null
        : record.supportingUnitIds.map(codes.unit).join('; '),
    start_year: record.startYear,
    end_year: record.endYear,
    budget: record.budget,
    funding_source: masterplanFundingSourceLabels[record.fundingSource].id,
    reference: record.reference === '' ? null : record.reference,
    // Linked innovations are a set: written in the order of their codes, so that the same
    // programme always writes the same cell.
    innovations:
      record.innovationIds.length === 0
        ? null
        : record.innovationIds.map(codes.innovation).sort().join('; '),
  }),
  unitsOf: (record) => [
    { column: 'lead_unit', unitId: record.leadUnitId },
    ...record.supportingUnitIds.map((unitId) => ({ column: 'supporting_units', unitId })),
  ],
  // The linked innovations are a set: their order in a cell (or in storage) is no change.
  comparable: (record) => ({ ...record, innovationIds: [...record.innovationIds].sort() }),
};
