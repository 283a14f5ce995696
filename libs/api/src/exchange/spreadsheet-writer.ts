import type { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify';
import { neutraliseText, type OutCell } from '@smartcity/domain';

/**
 * Writes spreadsheets for exports, templates and open data: XLSX streamed row by row (memory stays
 * bounded whatever the number of rows) and CSV (UTF-8 with a BOM so that Excel reads it right,
 * `,` separated, ISO dates). Every text cell is neutralised against formula injection, and reads
 * back exactly (`restoreText` in the domain).
 */

/** A column of a written sheet: its header and an optional width (in characters). */
export type WrittenColumn = { readonly header: string; readonly width?: number };

/** A sheet to write: its name, columns and rows (in column order). */
export type SheetSpec = {
  readonly name: string;
  readonly columns: readonly WrittenColumn[];
  readonly rows: AsyncIterable<readonly OutCell[]> | Iterable<readonly OutCell[]>;
};

/** The cell value an XLSX file holds for an output cell. */
function xlsxValue(cell: OutCell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === 'number') return cell;
  if (typeof cell === 'string') return neutraliseText(cell);
  return new Date(`${cell.date}T00:00:00.000Z`);
}

/** The text a CSV file holds for an output cell. */
export function csvValue(cell: OutCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return neutraliseText(cell);
  return cell.date;
}

/**
 * Streams an XLSX workbook of the sheets to `out` (which it ends). Dates are date cells shown as
 * `31/12/2026`; the header row is bold and frozen.
 */
export async function writeXlsx(out: Writable, sheets: readonly SheetSpec[]): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = spec.columns.map((c, i) => ({
      key: String(i),
      width: c.width ?? Math.min(60, Math.max(12, c.header.length + 2)),
    }));
    const header = sheet.addRow(spec.columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for await (const cells of spec.rows) {
      const row = sheet.addRow(cells.map(xlsxValue));
      cells.forEach((cell, i) => {
        if (cell !== null && typeof cell === 'object') row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      });
      row.commit();
    }
    sheet.commit();
  }
  await workbook.commit();
}

/** Streams one sheet as CSV to `out` (which it ends): UTF-8 with a BOM, `,` separated. */
export async function writeCsv(out: Writable, spec: SheetSpec): Promise<void> {
  const csv = stringify({ bom: true, record_delimiter: 'windows' });
  const done = new Promise<void>((resolve, reject) => {
    csv.on('error', reject);
    out.on('error', reject);
    out.on('finish', resolve);
  });
  csv.pipe(out);
  const write = (record: readonly string[]) =>
    csv.write(record) ? Promise.resolve() : new Promise<void>((r) => csv.once('drain', () => r()));
  await write(spec.columns.map((c) => neutraliseText(c.header)));
  for await (const cells of spec.rows) await write(cells.map(csvValue));
  csv.end();
  await done;
}
