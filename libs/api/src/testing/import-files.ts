import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describeImportIssue, templateColumns, type ExchangeEntity } from '@smartcity/domain';
import type { RequestInfo } from '../context';
import type { ImportAnswer, ImportProgress } from '../services/exchange/import-service';
import type { TestClient } from './test-api';

/** A row of a test file, by column key, as a person types the cells. */
export type FileRow = Readonly<Record<string, string | number | Date | null | undefined>>;

/** The template's Indonesian headers and the rows' cells in that order. */
export function tableOf<TRecord>(
  entity: ExchangeEntity<TRecord>,
  rows: readonly FileRow[],
): { headers: string[]; cells: (string | number | Date | null)[][] } {
  const columns = templateColumns(entity.columns);
  return {
    headers: columns.map((c) => c.header.id),
    cells: rows.map((row) => columns.map((c) => row[c.key] ?? null)),
  };
}

/** A real XLSX file (written by exceljs) with a Data sheet holding the rows. */
export async function xlsxFile<TRecord>(
  entity: ExchangeEntity<TRecord>,
  rows: readonly FileRow[],
): Promise<Uint8Array> {
  const { headers, cells } = tableOf(entity, rows);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(headers);
  for (const row of cells) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const quote = (cell: string, delimiter: string) =>
  /["\n\r]/.test(cell) || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell;

/**
 * Real CSV bytes, as Indonesian Excel saves them by default: `;` separated, CRLF line ends, a
 * UTF-8 BOM (or `,` without a BOM when asked).
 */
export function csvFile<TRecord>(
  entity: ExchangeEntity<TRecord>,
  rows: readonly FileRow[],
  options: { readonly delimiter?: ';' | ',' | '\t'; readonly bom?: boolean } = {},
): Uint8Array {
  const delimiter = options.delimiter ?? ';';
  const { headers, cells } = tableOf(entity, rows);
  const text = [headers, ...cells]
    .map((row) =>
      row
        .map((cell) =>
          quote(
            cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell ?? ''),
            delimiter,
          ),
        )
        .join(delimiter),
    )
    .join('\r\n');
  return new TextEncoder().encode(`${options.bom === false ? '' : '\ufeff'}${text}\r\n`);
}

/** The request of a logged-in test client (its cookies), with the CSRF header unless told. */
export function requestOf(
  client: TestClient,
  options: { readonly csrf?: boolean } = {},
): RequestInfo {
  return {
    clientAddress: '127.0.0.1',
    headers: options.csrf === false ? {} : { 'x-csrf': '1' },
    cookies: client.cookies,
  };
}

/** A service call's progress, collected. */
export function progressLog(): {
  readonly lines: ImportProgress[];
  readonly add: (p: ImportProgress) => void;
} {
  const lines: ImportProgress[] = [];
  return { lines, add: (p) => lines.push(p) };
}

/** The messages of an answer's issues, in Indonesian (as the report page shows them). */
export function issueMessages(answer: ImportAnswer): string[] {
  return answer.report.issues.map((issue) => describeImportIssue(issue, 'id'));
}

const xmlText = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The spreadsheet column name of a 0-based index (0 → A, 26 → AA). */
const letterOf = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : letterOf(Math.floor(index / 26) - 1) + letterOf(index % 26);

/**
 * A template filled in the way a spreadsheet program saves typed rows: the rows are added to the
 * Data sheet (the first sheet) as inline-text cells, and everything else of the file (the other
 * sheets, the drop-downs, the styles) stays as the template had it.
 */
export async function fillTemplate(
  template: Uint8Array,
  rows: readonly (readonly (string | null)[])[],
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(template);
  const path = 'xl/worksheets/sheet1.xml';
  const sheet = zip.file(path);
  if (!sheet) throw new Error(`${path} is missing from the template`);
  const xml = await sheet.async('string');
  const added = rows
    .map((cells, r) => {
      const row = r + 2;
      const cellXml = cells
        .map((cell, c) =>
          cell === null || cell === ''
            ? ''
            : `<c r="${letterOf(c)}${row}" t="inlineStr"><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`,
        )
        .join('');
      return `<row r="${row}">${cellXml}</row>`;
    })
    .join('');
  zip.file(path, xml.replace('</sheetData>', `${added}</sheetData>`));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
