import { Readable } from 'node:stream';
import { createInflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import {
  maxImportBytes,
  type CellValue,
  type FileProblem,
  type SheetTable,
} from '@smartcity/domain';

/**
 * Reads an uploaded spreadsheet into a {@link SheetTable}: XLSX (its data sheet) or CSV (UTF-8,
 * with or without a BOM, separated by `,`, `;` or tabs: Indonesian Excel writes `;`). The kind is
 * decided by the bytes, never by the file name. Parsing only: the domain reads the cells.
 */

/** The kinds of file an import reads. */
export type SpreadsheetKind = 'xlsx' | 'csv';

/** What reading a file gives: its table, or why it cannot be read. */
export type SpreadsheetRead =
  | { readonly ok: true; readonly kind: SpreadsheetKind; readonly table: SheetTable }
  | { readonly ok: false; readonly problem: FileProblem };

/** The name of the data sheet in the templates (the first sheet is read when there is none). */
export const dataSheetName = 'Data';

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
const cfbMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(content: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => content[i] === byte);
}

/** The kind of a file judged from its first bytes: a ZIP (XLSX), a legacy Office file, or text. */
export function sniffSpreadsheet(content: Uint8Array): SpreadsheetKind | 'legacy' | 'binary' {
  if (startsWith(content, zipMagic)) return 'xlsx';
  if (startsWith(content, cfbMagic)) return 'legacy';
  // Text has no NUL bytes in its first kilobytes (UTF-16 and binaries do).
  const head = content.subarray(0, 4096);
  return head.includes(0) ? 'binary' : 'csv';
}

/** How far reading a file has come: rows parsed out of the rows it holds (bytes for CSV). */
export type ReadProgress = (done: number, total: number) => void;

/**
 * Reads a spreadsheet file (XLSX or CSV) of at most {@link maxImportBytes}, telling `onProgress`
 * how far it has come.
 */
export async function readSpreadsheet(
  content: Uint8Array,
  onProgress?: ReadProgress,
): Promise<SpreadsheetRead> {
  if (content.byteLength > maxImportBytes)
    return { ok: false, problem: { code: 'too_large', maxBytes: maxImportBytes } };
  if (content.byteLength === 0) return { ok: false, problem: { code: 'empty_file' } };
  const kind = sniffSpreadsheet(content);
  switch (kind) {
    case 'xlsx':
      return readXlsx(content, onProgress);
    case 'csv': {
      const read = readCsv(content);
      onProgress?.(content.byteLength, content.byteLength);
      return read;
    }
    case 'legacy':
    case 'binary':
      return { ok: false, problem: { code: 'unsupported_type' } };
  }
}

/** A cell of exceljs as a plain value: formulas by their result, rich text as its text. */
function plainCell(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : value.hyperlink;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    return result === undefined || (typeof result === 'object' && !(result instanceof Date))
      ? null
      : (result as CellValue);
  }
  return null;
}

/** A read sheet of a workbook: its name, whether it is shown, and its rows of plain cells. */
type ReadWorksheet = {
  readonly name: string;
  readonly hidden: boolean;
  readonly rows: CellValue[][];
};

/** Bytes handed to the unzipper at a time. */
const xlsxChunkBytes = 64 * 1024;

/** The worksheets of a ZIP file, from its central directory: where each starts, how it is stored. */
function worksheetEntries(
  zip: Buffer,
): { readonly offset: number; readonly method: number; readonly size: number }[] | null {
  // The end-of-central-directory record is in the last 64 KB (after an optional comment).
  const tail = Math.max(0, zip.byteLength - 65_557);
  let end = -1;
  for (let i = zip.byteLength - 22; i >= tail; i -= 1)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > zip.byteLength || zip.readUInt32LE(at) !== 0x02014b50) return null;
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name) && local + 30 <= zip.byteLength) {
      const offset = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      entries.push({ offset, method, size });
    }
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * How many rows the worksheets of an XLSX file hold, counted in their XML as it is inflated
 * chunk by chunk (bounded memory, a fraction of the parse's time): the total that the reading
 * progress counts up to. Null when the file's structure is not understood (the parse then says
 * whether it can be read at all).
 */
async function xlsxRowCount(zip: Buffer): Promise<number | null> {
  const entries = worksheetEntries(zip);
  if (!entries) return null;
  const marker = Buffer.from('<row ');
  let rows = 0;
  for (const entry of entries) {
    const data = zip.subarray(entry.offset, entry.offset + entry.size);
    const count = (chunk: Buffer) => {
      for (let i = chunk.indexOf(marker); i >= 0; i = chunk.indexOf(marker, i + 1)) rows += 1;
    };
    if (entry.method === 0) {
      count(data);
      continue;
    }
    if (entry.method !== 8) return null;
    try {
      await new Promise<void>((resolve, reject) => {
        const inflate = createInflateRaw();
        // A marker split between two chunks: the last bytes of one are kept for the next.
        let carry = Buffer.alloc(0);
        inflate.on('data', (chunk: Buffer) => {
          const joined = Buffer.concat([carry, chunk]);
          count(joined.subarray(0, Math.max(0, joined.byteLength - (marker.byteLength - 1))));
          carry = joined.subarray(Math.max(0, joined.byteLength - (marker.byteLength - 1)));
        });
        inflate.on('end', () => {
          count(carry);
          resolve();
        });
        inflate.on('error', reject);
        inflate.end(data);
      });
    } catch {
      return null;
    }
  }
  return rows;
}

/** An operating system error (`ENOSPC`, `ENOENT`, `EMFILE`, …) rather than a parse error. */
function isSystemError(error: unknown): boolean {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).syscall === 'string' &&
    typeof (error as NodeJS.ErrnoException).code === 'string'
  );
}

/**
 * Reads an XLSX file with exceljs's streaming reader: about twice as fast as loading the whole
 * workbook and with a fraction of its memory (a 20 MB file holds hundreds of thousands of cells).
 * The data sheet is the one named "Data", else the first visible one. The progress counts the
 * rows parsed (of every sheet) out of the rows the sheets hold.
 */
async function readXlsx(content: Uint8Array, onProgress?: ReadProgress): Promise<SpreadsheetRead> {
  const buffer = Buffer.from(content.buffer, content.byteOffset, content.byteLength);
  const totalRows = onProgress ? await xlsxRowCount(buffer) : null;
  function* chunks() {
    for (let offset = 0; offset < buffer.byteLength; offset += xlsxChunkBytes)
      yield buffer.subarray(offset, Math.min(buffer.byteLength, offset + xlsxChunkBytes));
  }
  const input = Readable.from(chunks(), { objectMode: false, highWaterMark: xlsxChunkBytes });
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    // Styles say which number cells are dates.
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  const sheets: ReadWorksheet[] = [];
  let parsed = 0;
  try {
    for await (const worksheet of reader) {
      const sheet = worksheet as unknown as {
        name: string;
        state?: string;
      } & AsyncIterable<ExcelJS.Row>;
      const rows: CellValue[][] = [];
      for await (const row of sheet) {
        const values = row.values as ExcelJS.CellValue[];
        rows[row.number - 1] = Array.from(values.slice(1), (value) => plainCell(value));
        parsed += 1;
        if (totalRows && parsed % 500 === 0) onProgress?.(Math.min(parsed, totalRows), totalRows);
      }
      sheets.push({
        name: sheet.name,
        hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
        rows: Array.from(rows, (row) => row ?? []),
      });
    }
  } catch (error) {
    // A broken file is the user's to fix; the server failing to write or read exceljs's temporary
    // files (a full disk, no temporary directory, too many open files) is not, and must not be
    // reported as an unreadable upload.
    if (isSystemError(error)) throw error;
    return { ok: false, problem: { code: 'unreadable' } };
  }
  if (totalRows) onProgress?.(totalRows, totalRows);
  else onProgress?.(content.byteLength, content.byteLength);
  const order = (reader as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets;
  const position = (name: string) => order?.findIndex((s) => s.name === name) ?? 0;
  const sheet =
    sheets.find((s) => s.name.toLowerCase() === dataSheetName.toLowerCase()) ??
    [...sheets].sort((a, b) => position(a.name) - position(b.name)).find((s) => !s.hidden) ??
    sheets[0];
  if (!sheet) return { ok: false, problem: { code: 'empty_file' } };
  const [headers = [], ...rows] = sheet.rows;
  return { ok: true, kind: 'xlsx', table: { headers, rows } };
}

/** The separator of a CSV text: the one of `;`, `,` and tab that its header line uses most. */
export function detectDelimiter(text: string): ';' | ',' | '\t' {
  let firstLine = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    if (!quoted) firstLine += c;
  }
  const count = (d: string) => firstLine.split(d).length - 1;
  const candidates = [';', ',', '\t'] as const;
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

function readCsv(content: Uint8Array): SpreadsheetRead {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return { ok: false, problem: { code: 'empty_file' } };
  let records: string[][];
  try {
    const parsed: unknown = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
    });
    records = parsed as string[][];
  } catch {
    return { ok: false, problem: { code: 'unreadable' } };
  }
  const [headers = [], ...rows] = records;
  return { ok: true, kind: 'csv', table: { headers, rows } };
}
