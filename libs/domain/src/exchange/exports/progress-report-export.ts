import {
  quickWinStatusLabels,
  quickWinStatuses,
  type QuickWinStatus,
} from '../../innovation/vocabulary-values';
import type { KpiActual } from '../../progress/progress-report';
import { encodeLines } from '../cell-values';
import { choiceOptions, type Column } from '../columns';
import type { ExportSheet } from './export-lists';

/** A progress report as its export writes it (by its innovation's code). */
export type ProgressReportExportRecord = {
  readonly innovationId: string;
  readonly innovationTitle: string;
  readonly reportDate: string;
  readonly progressPercent: number;
  readonly status: QuickWinStatus;
  readonly narrative: string;
  readonly kpiActuals: readonly KpiActual[];
  readonly decreaseReason: string | null;
  /** Who reported it; null when unknown or not shown (the public is never told). */
  readonly reportedBy: string | null;
  /** ISO instant the report was recorded. */
  readonly recordedAt: string;
};

/** The columns of the progress reports sheet. */
export const progressReportColumns: readonly Column[] = [
  {
    key: 'innovation',
    header: { id: 'Kode inovasi', en: 'Innovation code' },
    description: {
      id: 'Kode inovasi yang dilaporkan (kode eksternal, atau id bila tidak ada).',
      en: 'The code of the innovation reported on (its external code, or its id).',
    },
    required: true,
    format: { type: 'reference', to: 'innovation', many: false },
  },
  {
    key: 'innovation_title',
    header: { id: 'Judul inovasi', en: 'Innovation title' },
    description: { id: 'Judul inovasi.', en: 'The innovation’s title.' },
    required: true,
    format: { type: 'text', maxLength: 200 },
  },
  {
    key: 'report_date',
    header: { id: 'Tanggal laporan', en: 'Report date' },
    description: { id: 'Hari yang dilaporkan.', en: 'The day the report speaks of.' },
    required: true,
    format: { type: 'date' },
  },
  {
    key: 'progress',
    header: { id: 'Kemajuan (%)', en: 'Progress (%)' },
    description: { id: 'Kemajuan quick win, 0–100.', en: 'The quick win’s progress, 0–100.' },
    required: true,
    format: { type: 'number', integer: true, min: 0, max: 100 },
  },
  {
    key: 'status',
    header: { id: 'Status quick win', en: 'Quick win status' },
    description: { id: 'Status quick win setelah laporan.', en: 'The status after the report.' },
    required: true,
    format: { type: 'choice', options: choiceOptions(quickWinStatuses, quickWinStatusLabels) },
  },
  {
    key: 'narrative',
    header: { id: 'Uraian kemajuan', en: 'Narrative' },
    description: { id: 'Apa yang terjadi.', en: 'What happened.' },
    required: true,
    format: { type: 'text', maxLength: 5000 },
  },
  {
    key: 'kpi_actuals',
    header: { id: 'Capaian indikator', en: 'Indicator actuals' },
    description: {
      id: 'Satu indikator per baris: nama | capaian.',
      en: 'One indicator per line: name | actual value.',
    },
    required: false,
    format: {
      type: 'lines',
      fields: [
        { key: 'name', label: { id: 'nama', en: 'name' }, type: 'text', required: true },
        { key: 'actual', label: { id: 'capaian', en: 'actual' }, type: 'number', required: true },
      ],
    },
  },
  {
    key: 'decrease_reason',
    header: { id: 'Alasan kemajuan menurun', en: 'Why progress decreased' },
    description: {
      id: 'Diisi bila kemajuan di bawah laporan sebelumnya.',
      en: 'Given when progress is below the previous report.',
    },
    required: false,
    format: { type: 'text', maxLength: 2000 },
  },
  {
    key: 'reported_by',
    header: { id: 'Dilaporkan oleh', en: 'Reported by' },
    description: {
      id: 'Nama pelapor (hanya untuk pengguna yang masuk).',
      en: 'Who reported it (for logged-in users only).',
    },
    required: false,
    format: { type: 'text', maxLength: 120 },
  },
  {
    key: 'recorded_at',
    header: { id: 'Tanggal dicatat', en: 'Recorded on' },
    description: { id: 'Hari laporan dicatat (UTC).', en: 'The day it was recorded (UTC).' },
    required: true,
    format: { type: 'date' },
  },
];

/** Progress reports into spreadsheets. */
export const progressReportExport: ExportSheet<ProgressReportExportRecord> = {
  columns: progressReportColumns,
  write: (record, codes) => ({
    innovation: codes.innovation(record.innovationId),
    innovation_title: record.innovationTitle,
    report_date: { date: record.reportDate },
    progress: record.progressPercent,
    status: quickWinStatusLabels[record.status].id,
    narrative: record.narrative,
    kpi_actuals:
      record.kpiActuals.length === 0
        ? null
        : encodeLines(record.kpiActuals.map((k) => [k.name, String(k.actual)])),
    decrease_reason: record.decreaseReason,
    reported_by: record.reportedBy,
    recorded_at: { date: record.recordedAt.slice(0, 10) },
  }),
};
