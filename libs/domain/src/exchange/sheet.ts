import type { LocalizedText } from '../common/localized-text';
import { cellText, choiceKey, type CellValue } from './cell-values';
import { readCell, type Column, type ParsedValue } from './columns';
import {
  maxImportRows,
  type CellProblem,
  type FileProblem,
  type ImportIssue,
  type RowProblem,
} from './issues';

/**
 * A spreadsheet as the importer sees it, whatever the file: a header row and data rows of cells.
 * Row numbers are the ones a person sees in their spreadsheet: the header is row 1.
 */
export type SheetTable = {
  readonly headers: readonly CellValue[];
  readonly rows: readonly (readonly CellValue[])[];
};

/** What a column is called in a file: its Indonesian or English header, or its key. */
function headerMatches(column: Column, header: string): boolean {
  const key = choiceKey(header);
  return (
    key === choiceKey(column.header.id) ||
    key === choiceKey(column.header.en) ||
    key === choiceKey(column.key)
  );
}

/** The columns a file must have: every template column (export-only ones are not in templates). */
export function templateColumns(columns: readonly Column[]): readonly Column[] {
  return columns.filter((c) => !c.exportOnly);
}

/** The columns an export writes: every column but the import-only ones. */
export function exportColumns(columns: readonly Column[]): readonly Column[] {
  return columns.filter((c) => !c.importOnly);
}

/**
 * Matches a file's header row to the columns: each template column must appear once (under its
 * Indonesian or English header), an import-only one at most once; an export-only column is
 * accepted and ignored; anything else is an unknown column. Answers where each column is, or the file's problems.
 */
export function matchHeaders(
  columns: readonly Column[],
  headers: readonly CellValue[],
):
  | { readonly ok: true; readonly indexOf: ReadonlyMap<string, number> }
  | {
      readonly ok: false;
      readonly problems: readonly FileProblem[];
    } {
  const problems: FileProblem[] = [];
  const indexOf = new Map<string, number>();
  headers.forEach((cell, index) => {
    const header = cellText(cell);
    if (header === '') return;
    const column = columns.find((c) => headerMatches(c, header));
    if (!column) {
      problems.push({ code: 'unknown_column', header });
      return;
    }
    if (column.exportOnly) return;
    if (indexOf.has(column.key)) {
      problems.push({ code: 'duplicate_column', header });
      return;
    }
    indexOf.set(column.key, index);
  });
  // An import-only column (a first password) is not in exports: a file may leave it out.
  for (const column of templateColumns(columns)) {
    if (!indexOf.has(column.key) && !column.importOnly)
      problems.push({ code: 'missing_column', header: column.header.id });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, indexOf };
}

/** A row's values by column key, once every cell was read by its column. */
export type RowValues = Readonly<Record<string, ParsedValue>>;

/** A data row that was read: its number and its values (when every cell was readable). */
export type ReadRow = { readonly row: number; readonly values: RowValues };

/** What reading the rows of a sheet gives: the readable rows, and every cell's problem. */
export type SheetRead = {
  /** Rows whose every cell was readable, in file order. */
  readonly rows: readonly ReadRow[];
  /** How many non-blank data rows the file has. */
  readonly rowCount: number;
  readonly issues: readonly ImportIssue[];
};

const cut = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

/** A cell issue for a column of a row. */
export function cellIssue({
  row,
  column,
  value,
  problem,
}: {
  readonly row: number;
  readonly column: Pick<Column, 'key' | 'header'>;
  readonly value: CellValue | string;
  readonly problem: CellProblem;
}): ImportIssue {
  return {
    scope: 'cell',
    row,
    column: column.key,
    header: column.header,
    value: cut(typeof value === 'string' ? value : cellText(value)),
    problem,
  };
}

/** A row issue. */
export function rowIssue(row: number, problem: RowProblem): ImportIssue {
  return { scope: 'row', row, problem };
}

/** How far a stepwise read or plan has come: rows done out of the total. */
export type StepProgress = { readonly done: number; readonly total: number };

/** How many rows a stepwise read or plan handles between two progress steps. */
export const rowsPerStep = 500;

/**
 * Reads a sheet by its columns: checks the header row, skips blank rows, refuses more than
 * {@link maxImportRows} rows, and reads every cell by its column's format. Rows with an
 * unreadable cell are left out of `rows` and reported in `issues`.
 */
export function readSheet(columns: readonly Column[], table: SheetTable): SheetRead {
  return drain(readSheetSteps(columns, table));
}

/**
 * {@link readSheet} in steps: yields its progress every `every` rows and returns the read sheet,
 * so that a caller can report progress (and let other work run) while a large file is read.
 */
export function* readSheetSteps(
  columns: readonly Column[],
  table: SheetTable,
  every = rowsPerStep,
): Generator<StepProgress, SheetRead> {
  const headers = matchHeaders(columns, table.headers);
  if (!headers.ok) {
    return {
      rows: [],
      rowCount: 0,
      issues: headers.problems.map((problem) => ({ scope: 'file', problem })),
    };
  }
  const dataRows = table.rows
    .map((cells, index) => ({ cells, row: index + 2 }))
    .filter(({ cells }) => cells.some((cell) => cellText(cell) !== ''));
  if (dataRows.length === 0) {
    return { rows: [], rowCount: 0, issues: [{ scope: 'file', problem: { code: 'empty_file' } }] };
  }
  if (dataRows.length > maxImportRows) {
    return {
      rows: [],
      rowCount: dataRows.length,
      issues: [{ scope: 'file', problem: { code: 'too_many_rows', max: maxImportRows } }],
    };
  }
  const issues: ImportIssue[] = [];
  const rows: ReadRow[] = [];
  const templated = templateColumns(columns);
  for (const [index, { cells, row }] of dataRows.entries()) {
    if (index > 0 && index % every === 0) yield { done: index, total: dataRows.length };
    const values: Record<string, ParsedValue> = {};
    let readable = true;
    for (const column of templated) {
      const cell = cells[headers.indexOf.get(column.key) ?? -1];
      const result = readCell(column, cell);
      if (result.ok) values[column.key] = result.value;
      else {
        readable = false;
        issues.push(cellIssue({ row, column, value: cell, problem: result.problem }));
      }
    }
    if (readable) rows.push({ row, values });
  }
  yield { done: dataRows.length, total: dataRows.length };
  return { rows, rowCount: dataRows.length, issues };
}

/** Runs a stepwise computation to its end and answers its result. */
export function drain<TResult>(steps: Generator<StepProgress, TResult>): TResult {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The header of a column key among columns (for issues raised after reading). */
export function headerOf(columns: readonly Column[], key: string): LocalizedText {
  return columns.find((c) => c.key === key)?.header ?? { id: key, en: key };
}
