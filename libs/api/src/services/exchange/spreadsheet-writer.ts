import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { neutraliseText, type OutCell } from '@smartcity/domain';
import { ZipWriter } from './zip-writer';

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

/** The text a CSV file holds for an output cell. */
export function csvValue(cell: OutCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  if (typeof cell === 'string') return neutraliseText(cell);
  return cell.date;
}

// The XLSX is SpreadsheetML written by hand into a streamed ZIP (exceljs's streaming writer keeps
// a whole sheet in memory and takes several times longer): inline strings (no shared-string
// table to hold), three styles (normal, bold header, dd/mm/yyyy dates), a frozen header row.

const mainNs = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const relNs = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const xmlHead = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Style ids of `styles.xml`. */
const headerStyle = 1;
const dateStyle = 2;

const stylesXml = `${xmlHead}<styleSheet xmlns="${mainNs}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/**
 * Text as XML character data: markup escaped, a carriage return kept as a reference (a parser
 * would turn a literal one into a line feed), and the control characters XML 1.0 cannot carry at
 * all replaced by U+FFFD.
 */
function xmlText(text: string): string {
  return text.replace(/[&<>"\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      case '\r':
        return '&#13;';
      default:
        return '\ufffd';
    }
  });
}

/** The letters of a column (0 → A, 25 → Z, 26 → AA). */
function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Serial numbers already computed: exports repeat the same days over and over. */
const serials = new Map<string, number>();

/** Excel's serial day number of a `YYYY-MM-DD` date (1900 date system). */
function excelSerial(date: string): number {
  let serial = serials.get(date);
  if (serial === undefined) {
    const [y, m, d] = date.split('-').map(Number);
    serial = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / 86_400_000 + 25_569;
    if (serials.size < 100_000) serials.set(date, serial);
  }
  return serial;
}

const isSpace = (code: number) =>
  code === 32 || code === 9 || code === 10 || code === 13 || code === 160;

/**
 * Whether a spreadsheet would change the text's whitespace: space at an end, doubled spaces, a tab
 * or a line break. (Plain string searches: this runs for every text cell.)
 */
function keepsSpace(text: string): boolean {
  if (text === '') return false;
  if (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1))) return true;
  return text.includes('  ') || text.includes('\n') || text.includes('\t') || text.includes('\r');
}

/** The XML of one cell, or '' for an empty one. */
function cellXml(ref: string, cell: OutCell, style?: number): string {
  if (cell === null) return '';
  const s = style === undefined ? '' : ` s="${style}"`;
  if (typeof cell === 'number')
    return Number.isFinite(cell) ? `<c r="${ref}"${s}><v>${cell}</v></c>` : '';
  if (typeof cell === 'string') {
    const text = neutraliseText(cell);
    // Excel trims and folds whitespace unless told to keep it: said only where it matters.
    const space = keepsSpace(text) ? ' xml:space="preserve"' : '';
    return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${xmlText(text)}</t></is></c>`;
  }
  return `<c r="${ref}" s="${dateStyle}"><v>${excelSerial(cell.date)}</v></c>`;
}

/** A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique in the workbook. */
function sheetNames(specs: readonly SheetSpec[]): string[] {
  const names: string[] = [];
  for (const [i, spec] of specs.entries()) {
    const base =
      spec.name
        .replace(/[[\]:*?/\\]/g, ' ')
        .trim()
        .slice(0, 31) || `Sheet${i + 1}`;
    let name = base;
    for (let n = 2; names.some((other) => other.toLowerCase() === name.toLowerCase()); n += 1)
      name = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
    names.push(name);
  }
  return names;
}

/** Characters collected before a piece of a sheet is handed to the compressor. */
const flushChars = 64 * 1024;

async function writeSheetXml(
  write: (text: string) => Promise<void>,
  spec: SheetSpec,
): Promise<void> {
  const letters = spec.columns.map((_, i) => columnLetters(i));
  const cols = spec.columns
    .map((c, i) => {
      const width = c.width ?? Math.min(60, Math.max(12, c.header.length + 2));
      return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>`;
    })
    .join('');
  let buffer =
    `${xmlHead}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>` +
    `<row r="1">${spec.columns.map((c, i) => cellXml(`${letters[i]}1`, c.header, headerStyle)).join('')}</row>`;
  let rowNumber = 1;
  for await (const cells of spec.rows) {
    rowNumber += 1;
    let row = `<row r="${rowNumber}">`;
    for (let i = 0; i < cells.length; i += 1) {
      row += cellXml(`${letters[i] ?? columnLetters(i)}${rowNumber}`, cells[i] ?? null);
    }
    buffer += `${row}</row>`;
    if (buffer.length >= flushChars) {
      await write(buffer);
      buffer = '';
    }
  }
  await write(`${buffer}</sheetData></worksheet>`);
}

/**
 * Streams an XLSX workbook of the sheets to `out` (which it ends). Dates are date cells shown as
 * `31/12/2026`; the header row is bold and frozen. Rows are read as they are written, so an
 * asynchronous source is read no faster than the output takes them.
 */
export async function writeXlsx(
  out: Writable,
  sheets: readonly SheetSpec[],
  modified: Date = new Date(),
): Promise<void> {
  const zip = new ZipWriter(out, modified);
  const names = sheetNames(sheets);
  const text = (xml: string) => (write: (t: string) => Promise<void>) => write(xml);
  const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;
  const sheetPaths = names.map((_, i) => sheetPath(i));
  await zip.entry(
    '[Content_Types].xml',
    text(
      `${xmlHead}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheetPaths.map((path) => `<Override PartName="/${path}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    ),
  );
  await zip.entry(
    '_rels/.rels',
    text(
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
  );
  await zip.entry(
    'xl/workbook.xml',
    text(
      `${xmlHead}<workbook xmlns="${mainNs}" xmlns:r="${relNs}"><bookViews><workbookView/></bookViews><sheets>${names.map((name, i) => `<sheet name="${xmlText(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
  );
  await zip.entry(
    'xl/_rels/workbook.xml.rels',
    text(
      `${xmlHead}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheetPaths.map((path, i) => `<Relationship Id="rId${i + 1}" Type="${relNs}/worksheet" Target="${path.slice(3)}"/>`).join('')}<Relationship Id="rId${names.length + 1}" Type="${relNs}/styles" Target="styles.xml"/></Relationships>`,
    ),
  );
  await zip.entry('xl/styles.xml', text(stylesXml));
  for (const [i, spec] of sheets.entries()) {
    await zip.entry(sheetPath(i), (write) => writeSheetXml(write, spec));
  }
  await zip.finish();
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
