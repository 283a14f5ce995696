import { unitInputSchema } from '../../unit/unit';
import { unitTypeLabels, unitTypes, type UnitType } from '../../unit/unit-values';
import { booleanValue, RowIssues, textValue, type ExchangeEntity } from '../entity';
import { choiceOptions, type Column } from '../columns';

/** A work unit as a spreadsheet row carries it (matched by its code). */
export type UnitRecord = {
  readonly code: string;
  readonly name: string;
  readonly shortName: string | null;
  readonly type: UnitType;
  readonly active: boolean;
};

/** The columns of the units sheet. */
export const unitColumns: readonly Column[] = [
  {
    key: 'code',
    header: { id: 'Kode', en: 'Code' },
    description: {
      id: 'Kode tetap perangkat daerah, unik (mis. dinkes atau 1.02.01). Impor ulang memperbarui baris dengan kode yang sama.',
      en: 'The unit’s fixed code, unique (e.g. dinkes or 1.02.01). Re-importing updates the row with the same code.',
    },
    required: true,
    format: { type: 'text', maxLength: 40 },
  },
  {
    key: 'name',
    header: { id: 'Nama', en: 'Name' },
    description: {
      id: 'Nama resmi, mis. Dinas Kesehatan.',
      en: 'Official name, e.g. Dinas Kesehatan.',
    },
    required: true,
    format: { type: 'text', maxLength: 160 },
  },
  {
    key: 'short_name',
    header: { id: 'Nama singkat', en: 'Short name' },
    description: {
      id: 'Singkatan yang biasa dipakai, mis. Dinkes.',
      en: 'The usual short name, e.g. Dinkes.',
    },
    required: false,
    format: { type: 'text', maxLength: 60 },
  },
  {
    key: 'type',
    header: { id: 'Jenis', en: 'Type' },
    description: { id: 'Jenis perangkat daerah.', en: 'The kind of unit.' },
    required: true,
    format: { type: 'choice', options: choiceOptions(unitTypes, unitTypeLabels) },
  },
  {
    key: 'active',
    header: { id: 'Aktif', en: 'Active' },
    description: {
      id: 'Ya atau Tidak; kosong berarti Ya. Perangkat daerah nonaktif tidak menerima catatan baru.',
      en: 'Ya (yes) or Tidak (no); empty means yes. Inactive units take no new records.',
    },
    required: false,
    format: { type: 'boolean' },
  },
];

const columnOfPath: Record<string, string> = {
  code: 'code',
  name: 'name',
  shortName: 'short_name',
  type: 'type',
};

/** Units in and out of spreadsheets. */
export const unitExchange: ExchangeEntity<UnitRecord> = {
  entity: 'units',
  columns: unitColumns,
  keyOf: (record) => record.code,
  read: (row) => {
    const issues = new RowIssues(row, unitColumns);
    const parsed = unitInputSchema.safeParse({
      code: textValue(row.values, 'code')?.toLowerCase() ?? '',
      name: textValue(row.values, 'name') ?? '',
      shortName: textValue(row.values, 'short_name'),
      type: textValue(row.values, 'type') ?? '',
    });
    if (!parsed.success) {
      issues.schema(parsed.error, (path) => columnOfPath[String(path[0])] ?? null);
      return { ok: false, issues: issues.issues };
    }
    return {
      ok: true,
      record: { ...parsed.data, active: booleanValue(row.values, 'active') ?? true },
    };
  },
  write: (record) => ({
    code: record.code,
    name: record.name,
    short_name: record.shortName,
    type: unitTypeLabels[record.type].id,
    active: record.active ? 'Ya' : 'Tidak',
  }),
  unitsOf: () => [],
  comparable: (record) => record,
};
