/**
 * Reading and writing the values of spreadsheet cells the way Indonesian offices type them:
 * numbers as `35,5` or `1.200.000`, dates as `31/12/2026`, yes/no as `Ya`/`Tidak`. Pure: the
 * readers of XLSX and CSV files hand cells in as text, numbers, booleans or dates.
 */

/** A cell as a spreadsheet reader hands it over. XLSX date cells arrive as `Date` (UTC). */
export type CellValue = string | number | boolean | Date | null | undefined;

/** The characters that make a spreadsheet read a cell as a formula (formula injection). */
const formulaStart = /^[=+\-@\t\r]/;
/** A plain number, which a spreadsheet reads as a number even with a sign. */
const plainNumber = /^[+-]?\d+(\.\d+)?$/;

/**
 * Neutralises text for a spreadsheet cell: text that a spreadsheet would run as a formula
 * (starting with `=`, `+`, `-`, `@`, a tab or a carriage return) gets a leading apostrophe, as
 * does text that already starts with one (so that {@link restoreText} reads every text back
 * exactly). Plain numbers such as `-5` are left alone.
 */
export function neutraliseText(text: string): string {
  if (text.startsWith("'")) return `'${text}`;
  if (formulaStart.test(text) && !plainNumber.test(text)) return `'${text}`;
  return text;
}

/** Reads back text written by {@link neutraliseText}: one leading apostrophe is dropped. */
export function restoreText(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/** The text of a cell, trimmed, with the neutralising apostrophe dropped; '' when empty. */
export function cellText(cell: CellValue): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : isoDateOf(cell);
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  if (typeof cell === 'boolean') return cell ? 'Ya' : 'Tidak';
  return restoreText(cell.replace(/\r\n?/g, '\n').trim()).trim();
}

/** True when a cell holds nothing (empty, or only spaces). */
export function isBlankCell(cell: CellValue): boolean {
  return cellText(cell) === '';
}

/** `YYYY-MM-DD` of a date's UTC calendar day (XLSX dates carry no time zone). */
function isoDateOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const thousandsDots = /^[+-]?\d{1,3}(\.\d{3})+(,\d+)?$/;
const thousandsCommas = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const decimalComma = /^[+-]?\d+(,\d+)?$/;
const decimalDot = /^[+-]?\d+(\.\d+)?$/;

/**
 * A number from a cell. Number cells pass as they are. Text follows Indonesian usage first: `.`
 * groups thousands and `,` marks decimals (`1.200.000`, `35,5`, `1.250,75`); a single dot with
 * other than three digits after it is a decimal point (`35.5`), and `1,200,000.50` is read too.
 * Spaces, a leading `Rp` and a trailing `%` are ignored. Null when it is not a number.
 */
export function parseNumberCell(cell: CellValue): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell !== 'string') return null;
  const text = restoreText(cell.trim())
    .replace(/^rp\.?\s*/i, '')
    .replace(/\s*%$/, '')
    .replace(/[\s\u00a0]/g, '');
  if (text === '') return null;
  let normal: string | null = null;
  if (thousandsDots.test(text)) normal = text.replace(/\./g, '').replace(',', '.');
  else if (decimalComma.test(text)) normal = text.replace(',', '.');
  else if (decimalDot.test(text)) normal = text;
  else if (thousandsCommas.test(text)) normal = text.replace(/,/g, '');
  if (normal === null) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** The last day of a month (1–12) of a year. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return null;
  if (day < 1 || day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days from 1899-12-30 (Excel's day 0, with its 1900 leap-year quirk) to 1970-01-01. */
const excelEpochOffset = 25_569;

/**
 * A calendar date (`YYYY-MM-DD`) from a cell: a date cell; an Excel serial number; or text as
 * `31/12/2026`, `31-12-2026`, `31.12.2026` (day first, as Indonesia writes dates) or
 * `2026-12-31`. Null when it is not a real calendar date.
 */
export function parseDateCell(cell: CellValue): string | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : isoDateOf(cell);
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return null;
    return isoDateOf(new Date((cell - excelEpochOffset) * 86_400_000));
  }
  if (typeof cell !== 'string') return null;
  const text = restoreText(cell.trim());
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dayFirst) return isoDate(Number(dayFirst[3]), Number(dayFirst[2]), Number(dayFirst[1]));
  return null;
}

/** Formats a `YYYY-MM-DD` date the Indonesian way, `31/12/2026`. */
export function formatDateId(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

const yes = new Set(['ya', 'y', 'yes', 'true', '1', 'benar', 'aktif']);
const no = new Set(['tidak', 't', 'no', 'n', 'false', '0', 'salah', 'nonaktif']);

/** Yes or no from a cell: `Ya`/`Tidak` (and yes/no, true/false, 1/0). Null otherwise. */
export function parseBooleanCell(cell: CellValue): boolean | null {
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : null;
  const text = cellText(cell).toLowerCase();
  if (yes.has(text)) return true;
  if (no.has(text)) return false;
  return null;
}

/**
 * How a choice is compared: lower case, accents and punctuation dropped, spaces collapsed, so
 * that "Smart  governance" and "smart-governance" match "Smart Governance".
 */
export function choiceKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9%]+/g, ' ')
    .trim();
}

/** Splits a cell holding several values (`Dinkes; Diskominfo`), by `;` or new lines. */
export function splitList(text: string): string[] {
  return text
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Joins several values into one cell, as {@link splitList} reads them back. */
export function joinList(items: readonly string[]): string {
  return items.join('; ');
}

/**
 * Structured lines in one cell: one record per line, its fields separated by ` | `, e.g. a KPI
 * `Cakupan imunisasi | % | 60 | 95 | 2026-12-31`. A `|`, a line break or a backslash inside a
 * field is written `\|`, `\n`, `\\`.
 */
export function encodeLines(records: readonly (readonly string[])[]): string {
  const escape = (field: string) =>
    field.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '\\n');
  return records.map((fields) => fields.map(escape).join(' | ')).join('\n');
}

/** Reads back what {@link encodeLines} wrote (and hand-typed lines of the same shape). */
export function decodeLines(text: string): string[][] {
  const lines: string[][] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const fields: string[] = [];
    let current = '';
    for (let i = 0; i < line.length; i += 1) {
      const c = line[i];
      if (c === '\\' && i + 1 < line.length) {
        const next = line[i + 1];
        current += next === 'n' ? '\n' : next;
        i += 1;
      } else if (c === '|') {
        fields.push(current.trim());
        current = '';
      } else {
        current += c;
      }
    }
    fields.push(current.trim());
    lines.push(fields);
  }
  return lines;
}
