import type { z } from 'zod';
import type { LocalizedText } from '../common/localized-text';
import type { Column, ParsedValue } from './columns';
import type { CellProblem, ImportIssue } from './issues';
import { cellIssue, headerOf, rowIssue, type ReadRow } from './sheet';

/** The entities a region brings in from spreadsheets (and takes out again the same way). */
export const importEntities = [
  'units',
  'users',
  'innovations',
  'programmes',
  'action_items',
] as const;

/** One of {@link importEntities}. */
export type ImportEntity = (typeof importEntities)[number];

/** Labels of the importable entities. */
export const importEntityLabels: Readonly<Record<ImportEntity, LocalizedText>> = {
  units: { id: 'Perangkat daerah', en: 'Work units' },
  users: { id: 'Pengguna', en: 'Users' },
  innovations: { id: 'Inovasi', en: 'Innovations' },
  programmes: { id: 'Program rencana induk', en: 'Masterplan programmes' },
  action_items: { id: 'Rencana aksi', en: 'Action items' },
};

/** What a referenced record is, as an import checks it. */
export type ReferencedUnit = { readonly id: string; readonly active: boolean };
/** A programme an imported record refers to, as an import checks it: its id and years. */
export type ReferencedProgramme = {
  readonly id: string;
  readonly startYear: number;
  readonly endYear: number;
};

/**
 * How an import resolves the codes a row names (looked up by the caller in what is stored, or in
 * what the same import creates first). Units by their code, programmes and innovations by their
 * external code (or their id, which is what an export writes for records that have no code).
 */
export type ExchangeRefs = {
  /** The unit with this code, if any. */
  readonly unit: (code: string) => ReferencedUnit | undefined;
  /** The programme with this code, if any. */
  readonly programme: (code: string) => ReferencedProgramme | undefined;
  /** The innovation with this code, if any. */
  readonly innovation: (code: string) => { readonly id: string } | undefined;
  /** The masterplan's period (programmes must lie inside it); null without a masterplan. */
  readonly period: { readonly startYear: number; readonly endYear: number } | null;
};

/** How an export names the records a record refers to (the inverse of {@link ExchangeRefs}). */
export type ExchangeCodes = {
  /** The code of the unit with this id. */
  readonly unit: (id: string) => string;
  /** The code of the programme with this id. */
  readonly programme: (id: string) => string;
  /** The code of the innovation with this id. */
  readonly innovation: (id: string) => string;
};

/** A cell to write: text, a number, a calendar date (`YYYY-MM-DD`), or empty. */
export type OutCell = string | number | { readonly date: string } | null;

/** The result of turning a row into a record. */
export type RecordResult<TRecord> =
  | { readonly ok: true; readonly record: TRecord }
  | { readonly ok: false; readonly issues: readonly ImportIssue[] };

/**
 * An entity as spreadsheets carry it: its columns (defined once: the template, the importer and
 * the exporter all use them), the key rows are matched by, and the two directions.
 */
export type ExchangeEntity<TRecord> = {
  readonly entity: ImportEntity;
  readonly columns: readonly Column[];
  /** The stable key a re-import matches by (unit code, email, external code). */
  readonly keyOf: (record: TRecord) => string;
  /** Turns a read row into a record, resolving its codes; or says what is wrong. */
  readonly read: (row: ReadRow, refs: ExchangeRefs) => RecordResult<TRecord>;
  /** The cells of a record, by column key (export and round trip). */
  readonly write: (record: TRecord, codes: ExchangeCodes) => Readonly<Record<string, OutCell>>;
  /** The units a record names, by column: a record created or changed may not name an inactive one. */
  readonly unitsOf: (
    record: TRecord,
  ) => readonly { readonly column: string; readonly unitId: string }[];
  /**
   * The part of a record that is stored and compared (what a re-import finds unchanged); e.g. a
   * user's initial password is not part of it.
   */
  readonly comparable: (record: TRecord) => unknown;
};

/** Collects a row's issues while a record is put together. */
export class RowIssues {
  readonly issues: ImportIssue[] = [];

  constructor(
    private readonly row: ReadRow,
    private readonly columns: readonly Column[],
  ) {}

  /** A problem with the cell of a column. */
  cell(key: string, problem: CellProblem): void {
    const value = this.row.values[key];
    this.issues.push(
      cellIssue({
        row: this.row.row,
        column: { key, header: headerOf(this.columns, key) },
        value: display(value),
        problem,
      }),
    );
  }

  /** A problem of the whole row. */
  rowProblem(problem: Parameters<typeof rowIssue>[1]): void {
    this.issues.push(rowIssue(this.row.row, problem));
  }

  /**
   * The issues of a failed schema, each put on the column its path names (`columnOf`), else on
   * the row.
   */
  schema(error: z.ZodError, columnOf: (path: readonly PropertyKey[]) => string | null): void {
    for (const issue of error.issues) {
      const key = columnOf(issue.path);
      if (key) this.cell(key, { code: 'invalid', message: issue.message });
      else this.rowProblem({ code: 'invalid', message: issue.message });
    }
  }

  /**
   * A unit code resolved to its id, or an issue when no unit has it. Whether the unit must be
   * active is the plan's to decide (a new record may not name an inactive unit; an unchanged one
   * may keep it).
   */
  unit(key: string, refs: ExchangeRefs, code: string): string | null {
    const unit = refs.unit(code);
    if (!unit) {
      this.cell(key, { code: 'unknown_reference', value: code });
      return null;
    }
    return unit.id;
  }

  get ok(): boolean {
    return this.issues.length === 0;
  }
}

function display(value: ParsedValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.map((v) => (typeof v === 'string' ? v : '…')).join('; ');
}

/** The text of a value read by a text, choice or reference column (null when empty). */
export function textValue(values: ReadRow['values'], key: string): string | null {
  const value = values[key];
  return typeof value === 'string' ? value : null;
}

/** The number of a value read by a number column (null when empty). */
export function numberValue(values: ReadRow['values'], key: string): number | null {
  const value = values[key];
  return typeof value === 'number' ? value : null;
}

/** The yes/no of a value read by a boolean column (null when empty). */
export function booleanValue(values: ReadRow['values'], key: string): boolean | null {
  const value = values[key];
  return typeof value === 'boolean' ? value : null;
}

/** The list of a value read by a `choices` or many-reference column ([] when empty). */
export function listValue(values: ReadRow['values'], key: string): readonly string[] {
  const value = values[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The records of a value read by a `lines` column ([] when empty). */
export function linesValue(
  values: ReadRow['values'],
  key: string,
): readonly Readonly<Record<string, string | number | undefined>>[] {
  const value = values[key];
  return Array.isArray(value)
    ? value.filter((v): v is Record<string, string | number | undefined> => typeof v === 'object')
    : [];
}

/** Leaves out the keys whose value is undefined, null or '' (optional section fields). */
export function compact<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  ) as Partial<T>;
}
