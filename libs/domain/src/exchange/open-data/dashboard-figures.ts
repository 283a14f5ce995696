import { dimensions } from '../../catalogue/dimension-values';
import type { LocalizedText } from '../../common/localized-text';
import {
  outcomeLabels,
  outcomes,
  quickWinStatusLabels,
  quickWinStatuses,
  stageLabels,
  stages,
} from '../../innovation/vocabulary-values';
import type { DashboardSummary } from '../../monitoring/dashboard';
import { choiceOptions, type Column } from '../columns';
import type { ExportSheet } from '../exports/export-lists';

/**
 * The public dashboard's figures as a table (one row per figure), for open data: a group (what
 * is counted), the code of what the row counts (a dimension key, a stage, a unit code, a month),
 * its label and the value. Every figure of `dashboard.public` that is a number is here.
 */

/** The groups of figures. */
export const dashboardFigureGroups = [
  'summary',
  'dimension',
  'element',
  'stage',
  'outcome',
  'quick_win_status',
  'unit',
  'created_per_month',
  'advanced_per_month',
  'evaluated_per_month',
] as const;
/** One of {@link dashboardFigureGroups}. */
export type DashboardFigureGroup = (typeof dashboardFigureGroups)[number];

/** The label of each {@link DashboardFigureGroup}, in Bahasa Indonesia and English. */
export const dashboardFigureGroupLabels: Readonly<Record<DashboardFigureGroup, LocalizedText>> = {
  summary: { id: 'Ringkasan', en: 'Summary' },
  dimension: { id: 'Inovasi per dimensi', en: 'Innovations by dimension' },
  element: { id: 'Inovasi per elemen', en: 'Innovations by element' },
  stage: { id: 'Inovasi per tahap', en: 'Innovations by stage' },
  outcome: { id: 'Inovasi per hasil evaluasi', en: 'Innovations by evaluation outcome' },
  quick_win_status: { id: 'Quick win per status', en: 'Quick wins by status' },
  unit: { id: 'Inovasi per perangkat daerah', en: 'Innovations by unit' },
  created_per_month: { id: 'Inovasi terdaftar per bulan', en: 'Innovations registered per month' },
  advanced_per_month: { id: 'Kenaikan tahap per bulan', en: 'Stage advances per month' },
  evaluated_per_month: { id: 'Evaluasi selesai per bulan', en: 'Evaluations completed per month' },
};

/** The figures of the summary group. */
const summaryLabels = {
  innovations: { id: 'Inovasi dipublikasikan', en: 'Published innovations' },
  units: { id: 'Perangkat daerah aktif', en: 'Active units' },
  units_innovating: { id: 'Perangkat daerah yang berinovasi', en: 'Units that innovate' },
  stale: { id: 'Inovasi tidak aktif', en: 'Stale innovations' },
  overdue: { id: 'Quick win terlambat', en: 'Overdue quick wins' },
  quick_wins: { id: 'Quick win berjalan', en: 'Quick wins under way' },
  quick_wins_reported: {
    id: 'Quick win dengan laporan kemajuan',
    en: 'Quick wins with a progress report',
  },
  quick_win_mean_progress: {
    id: 'Rata-rata kemajuan quick win (%)',
    en: 'Mean quick win progress (%)',
  },
} as const satisfies Record<string, LocalizedText>;

/** One figure of the dashboard. */
export type DashboardFigure = {
  readonly group: DashboardFigureGroup;
  readonly code: string;
  readonly label: LocalizedText;
  /** Null where there is nothing to average (no quick win reported). */
  readonly value: number | null;
};

const noOutcome: LocalizedText = { id: 'Belum ada hasil', en: 'No outcome yet' };
const noStatus: LocalizedText = { id: 'Status belum diisi', en: 'No status given' };

/**
 * The figures of a dashboard summary, in a stable order. Units are named by their code
 * (`unitCode`), never by an id.
 */
export function dashboardFigures(
  summary: DashboardSummary,
  unitCode: (unitId: string) => string,
): DashboardFigure[] {
  const figures: DashboardFigure[] = [];
  const add = ({
    group,
    code,
    label,
    value,
  }: {
    readonly group: DashboardFigureGroup;
    readonly code: string;
    readonly label: LocalizedText;
    readonly value: number | null;
  }) => figures.push({ group, code, label, value });
  const summaryValues: Record<keyof typeof summaryLabels, number | null> = {
    innovations: summary.total,
    units: summary.units.total,
    units_innovating: summary.units.innovating,
    stale: summary.stale.total,
    overdue: summary.overdue.total,
    quick_wins: summary.quickWins.total,
    quick_wins_reported: summary.quickWins.reported,
    quick_win_mean_progress:
      summary.quickWins.meanProgress === null
        ? null
        : Math.round(summary.quickWins.meanProgress * 10) / 10,
  };
  for (const [code, label] of Object.entries(summaryLabels)) {
    add({
      group: 'summary',
      code,
      label,
      value: summaryValues[code as keyof typeof summaryLabels],
    });
  }
  for (const d of dimensions)
    add({
      group: 'dimension',
      code: d.key,
      label: d.label,
      value: summary.counts.byDimension[d.key],
    });
  for (const d of dimensions)
    for (const e of d.elements)
      add({
        group: 'element',
        code: e.key,
        label: e.label,
        value: summary.counts.byElement[e.key],
      });
  for (const s of stages)
    add({ group: 'stage', code: s, label: stageLabels[s], value: summary.counts.byStage[s] });
  for (const o of outcomes)
    add({ group: 'outcome', code: o, label: outcomeLabels[o], value: summary.counts.byOutcome[o] });
  add({ group: 'outcome', code: 'none', label: noOutcome, value: summary.counts.byOutcome.none });
  for (const s of quickWinStatuses)
    add({
      group: 'quick_win_status',
      code: s,
      label: quickWinStatusLabels[s],
      value: summary.quickWins.byStatus[s],
    });
  add({
    group: 'quick_win_status',
    code: 'none',
    label: noStatus,
    value: summary.quickWins.byStatus.none,
  });
  for (const row of summary.coverage) {
    add({
      group: 'unit',
      code: unitCode(row.unitId),
      label: { id: row.unitName, en: row.unitName },
      value: row.total,
    });
  }
  for (const month of summary.trend) {
    const label = { id: month.month, en: month.month };
    add({ group: 'created_per_month', code: month.month, label, value: month.created });
    add({ group: 'advanced_per_month', code: month.month, label, value: month.advanced });
    add({ group: 'evaluated_per_month', code: month.month, label, value: month.evaluated });
  }
  return figures;
}

/** The columns of the dashboard figures dataset. */
export const dashboardFigureColumns: readonly Column[] = [
  {
    key: 'group',
    header: { id: 'Kelompok', en: 'Group' },
    description: { id: 'Apa yang dihitung.', en: 'What is counted.' },
    required: true,
    format: {
      type: 'choice',
      options: choiceOptions(dashboardFigureGroups, dashboardFigureGroupLabels),
    },
  },
  {
    key: 'code',
    header: { id: 'Kode', en: 'Code' },
    description: {
      id: 'Kode yang dihitung dalam kelompoknya: kunci dimensi, elemen, tahap, hasil atau status; kode perangkat daerah; bulan (YYYY-MM); atau nama angka ringkasan.',
      en: 'The code counted within its group: a dimension, element, stage, outcome or status key; a unit code; a month (YYYY-MM); or the name of a summary figure.',
    },
    required: true,
    format: { type: 'text', maxLength: 80 },
  },
  {
    key: 'label',
    header: { id: 'Label', en: 'Label' },
    description: { id: 'Nama yang dihitung.', en: 'The name of what is counted.' },
    required: true,
    format: { type: 'text', maxLength: 200 },
  },
  {
    key: 'value',
    header: { id: 'Nilai', en: 'Value' },
    description: {
      id: 'Jumlah inovasi (atau perangkat daerah, kenaikan tahap, evaluasi); rata-rata kemajuan dalam persen. Kosong bila tidak ada yang dirata-rata.',
      en: 'The number of innovations (or units, advances, evaluations); the mean progress in percent. Empty when there is nothing to average.',
    },
    required: false,
    format: { type: 'number', integer: false, min: 0, max: 1e12 },
  },
];

/** Dashboard figures into a sheet. */
export const dashboardFigureExport: ExportSheet<DashboardFigure> = {
  columns: dashboardFigureColumns,
  write: (figure) => ({
    group: dashboardFigureGroupLabels[figure.group].id,
    code: figure.code,
    label: figure.label.id,
    value: figure.value,
  }),
};
