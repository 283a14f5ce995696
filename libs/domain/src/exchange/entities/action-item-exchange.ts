import {
  actionCreateInputSchema,
  actionIssues,
  actionStatusLabels,
  actionStatuses,
  type ActionStatus,
} from '../../masterplan/masterplan';
import { choiceOptions, type Column } from '../columns';
import { numberValue, RowIssues, textValue, type ExchangeEntity, type OutCell } from '../entity';

/** An action item (rencana aksi) as a spreadsheet row carries it (by programme and its code). */
export type ActionItemRecord = {
  readonly programmeId: string;
  readonly code: string;
  readonly activity: string;
  readonly year: number;
  readonly ownerUnitId: string;
  readonly outputTarget: string;
  readonly budget: number;
  readonly status: ActionStatus;
  readonly progressPercent: number;
};

/** The columns of the action items sheet. */
export const actionItemColumns: readonly Column[] = [
  {
    key: 'programme',
    header: { id: 'Kode program', en: 'Programme code' },
    description: { id: 'Kode program tempat rencana aksi ini.', en: 'The code of its programme.' },
    required: true,
    format: { type: 'reference', to: 'programme', many: false },
  },
  {
    key: 'code',
    header: { id: 'Kode rencana aksi', en: 'Action item code' },
    description: {
      id: 'Kode tetap, unik dalam programnya (mis. RA-01). Impor ulang memperbarui baris dengan kode yang sama.',
      en: 'Its fixed code, unique in its programme. Re-importing updates the row with the same code.',
    },
    required: true,
    format: { type: 'text', maxLength: 80 },
  },
  {
    key: 'activity',
    header: { id: 'Kegiatan', en: 'Activity' },
    description: { id: '5–500 karakter.', en: '5–500 characters.' },
    required: true,
    format: { type: 'text', maxLength: 500 },
  },
  {
    key: 'year',
    header: { id: 'Tahun', en: 'Year' },
    description: { id: 'Di dalam tahun-tahun programnya.', en: 'Within its programme’s years.' },
    required: true,
    format: { type: 'number', integer: true, min: 2000, max: 2100 },
  },
  {
    key: 'owner_unit',
    header: { id: 'Perangkat daerah pelaksana', en: 'Owner unit' },
    description: {
      id: 'Kode perangkat daerah pelaksana.',
      en: 'The code of the unit that owns it.',
    },
    required: true,
    format: { type: 'reference', to: 'unit', many: false },
  },
  {
    key: 'output_target',
    header: { id: 'Target keluaran', en: 'Output target' },
    description: { id: 'Mis. 40 operator terlatih.', en: 'E.g. 40 trained operators.' },
    required: true,
    format: { type: 'text', maxLength: 500 },
  },
  {
    key: 'budget',
    header: { id: 'Anggaran (Rp)', en: 'Budget (IDR)' },
    description: { id: 'Bilangan bulat; kosong berarti 0.', en: 'A whole number; empty means 0.' },
    required: false,
    format: { type: 'number', integer: true, min: 0, max: 1e15 },
  },
  {
    key: 'status',
    header: { id: 'Status', en: 'Status' },
    description: { id: 'Status pelaksanaan.', en: 'Where it stands.' },
    required: true,
    format: { type: 'choice', options: choiceOptions(actionStatuses, actionStatusLabels) },
  },
  {
    key: 'progress',
    header: { id: 'Progres (%)', en: 'Progress (%)' },
    description: { id: '0–100; Selesai berarti 100.', en: '0–100; done means 100.' },
    required: false,
    format: { type: 'number', integer: true, min: 0, max: 100 },
  },
  {
    key: 'overdue',
    header: { id: 'Terlambat', en: 'Overdue' },
    description: {
      id: 'Hanya dibaca: Ya bila tahunnya sudah lewat dan belum selesai atau dibatalkan. Diabaikan saat impor.',
      en: 'Read only: Ya (yes) when its year has passed and it is neither done nor cancelled. Ignored on import.',
    },
    required: false,
    format: { type: 'boolean' },
    exportOnly: true,
  },
];

/** The cells of the action items sheet's export-only columns: whether it is overdue (`isActionOverdue`). */
export function actionItemFactCells(facts: {
  readonly overdue: boolean;
}): Readonly<Record<string, OutCell>> {
  return { overdue: facts.overdue ? 'Ya' : 'Tidak' };
}

const columnOfPath: Record<string, string> = {
  programmeId: 'programme',
  activity: 'activity',
  year: 'year',
  ownerUnitId: 'owner_unit',
  outputTarget: 'output_target',
  budget: 'budget',
  status: 'status',
  progressPercent: 'progress',
};

/** The key of an action item: its programme and its own code. */
export function actionItemKey(programmeId: string, code: string): string {
  return `${programmeId}\u0000${code}`;
}

/** Action items in and out of spreadsheets (their programmes must exist first). */
export const actionItemExchange: ExchangeEntity<ActionItemRecord> = {
  entity: 'action_items',
  columns: actionItemColumns,
  keyOf: (record) => actionItemKey(record.programmeId, record.code),
  read: (row, refs) => {
    const v = row.values;
    const issues = new RowIssues(row, actionItemColumns);
    const programmeCode = textValue(v, 'programme') ?? '';
    const programme = refs.programme(programmeCode);
    if (!programme) issues.cell('programme', { code: 'unknown_reference', value: programmeCode });
    const ownerUnitId = issues.unit('owner_unit', refs, textValue(v, 'owner_unit') ?? '');
    const parsed = actionCreateInputSchema.safeParse({
      programmeId: programme?.id ?? '00000000-0000-4000-8000-000000000000',
      activity: textValue(v, 'activity') ?? '',
      year: numberValue(v, 'year') ?? 0,
      ownerUnitId: ownerUnitId ?? '00000000-0000-4000-8000-000000000000',
      outputTarget: textValue(v, 'output_target') ?? '',
      budget: numberValue(v, 'budget') ?? 0,
      status: textValue(v, 'status') ?? '',
      progressPercent: numberValue(v, 'progress') ?? 0,
    });
    if (!parsed.success) {
      issues.schema(parsed.error, (path) => columnOfPath[String(path[0])] ?? null);
      return { ok: false, issues: issues.issues };
    }
    if (programme) {
      for (const problem of actionIssues(parsed.data, programme))
        issues.cell(columnOfPath[problem.field] ?? 'year', {
          code: 'invalid',
          message: problem.reason,
        });
    }
    if (!issues.ok || !programme || ownerUnitId === null)
      return { ok: false, issues: issues.issues };
    return { ok: true, record: { ...parsed.data, code: textValue(v, 'code') ?? '' } };
  },
  write: (record, codes) => ({
    programme: codes.programme(record.programmeId),
    code: record.code,
    activity: record.activity,
    year: record.year,
    owner_unit: codes.unit(record.ownerUnitId),
    output_target: record.outputTarget,
    budget: record.budget,
    status: actionStatusLabels[record.status].id,
    progress: record.progressPercent,
  }),
  unitsOf: (record) => [{ column: 'owner_unit', unitId: record.ownerUnitId }],
  comparable: (record) => record,
};
