import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  columnChoices,
  maxImportRows,
  templateColumns,
  templateColumnWidth,
  templateGuide,
  templateSheets,
  type Column,
  type ExchangeEntity,
} from '@smartcity/domain';
import { writeCsv } from './spreadsheet-writer';

/**
 * The import templates, generated from the entity's columns: an XLSX workbook with the Data sheet
 * to fill in (Indonesian headers with the column's description as a note, widths, the header
 * frozen, text columns formatted as text so that codes and NIPs stay as typed, drop-down lists
 * for coded columns), the "Petunjuk" sheet explaining every column, and the hidden "Pilihan"
 * sheet the drop-downs read; or a CSV file with the header row (UTF-8 with a BOM).
 */

/** The codes a template's reference columns offer (read from the database when it is asked for). */
export type TemplateReferences = {
  /** The codes of the region's active units. */
  readonly unitCodes: readonly string[];
  /** The codes of the masterplan's programmes (external code, else id). */
  readonly programmeCodes: readonly string[];
};

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const csvContentType = 'text/csv; charset=utf-8';

/** The spreadsheet column name of a 1-based index (1 → A, 27 → AA). */
function columnLetter(index: number): string {
  let n = index;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The rows the validations cover: every row an import takes. */
const lastRow = maxImportRows + 1;

type Validations = { add: (address: string, validation: ExcelJS.DataValidation) => void };

/** The values a column's drop-down offers: its choices, or the database's codes. */
function dropDownValues(column: Column, references: TemplateReferences): readonly string[] | null {
  const choices = columnChoices(column);
  if (choices) return choices;
  if (column.format.type === 'reference' && !column.format.many) {
    if (column.format.to === 'unit') return references.unitCodes;
    if (column.format.to === 'programme') return references.programmeCodes;
  }
  return null;
}

/** Renders an entity's XLSX template. */
export async function renderXlsxTemplate<TRecord>(
  entity: ExchangeEntity<TRecord>,
  references: TemplateReferences,
): Promise<Buffer> {
  const columns = templateColumns(entity.columns);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Smart City';
  const data = workbook.addWorksheet(templateSheets.data, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const guide = workbook.addWorksheet(templateSheets.guide);
  const lists = workbook.addWorksheet(templateSheets.choices, { state: 'hidden' });

  data.columns = columns.map((column) => ({
    key: column.key,
    width: templateColumnWidth(column),
    style:
      column.format.type === 'date'
        ? { numFmt: 'dd/mm/yyyy' }
        : column.format.type === 'number' || column.format.type === 'boolean'
          ? {}
          : // Text, so that a code such as 1.02.01 or an 18-digit NIP stays as it is typed.
            { numFmt: '@' },
  }));
  const header = data.addRow(columns.map((c) => c.header.id));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell, index) => {
    const column = columns[index - 1];
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE8F5' } };
    if (column) cell.note = `${column.required ? 'Wajib. ' : ''}${column.description.id}`;
  });

  const validations = (data as unknown as { dataValidations: Validations }).dataValidations;
  let listColumn = 0;
  columns.forEach((column, index) => {
    const range = `${columnLetter(index + 1)}2:${columnLetter(index + 1)}${lastRow}`;
    const values = dropDownValues(column, references);
    if (values && values.length > 0) {
      listColumn += 1;
      const letter = columnLetter(listColumn);
      lists.getCell(`${letter}1`).value = column.header.id;
      values.forEach((value, i) => {
        lists.getCell(`${letter}${i + 2}`).value = value;
      });
      validations.add(range, {
        type: 'list',
        allowBlank: true,
        formulae: [`'${templateSheets.choices}'!$${letter}$2:$${letter}$${values.length + 1}`],
        showErrorMessage: true,
        // A warning, not a refusal: the importer reads the English labels and other spellings too.
        errorStyle: 'warning',
        errorTitle: column.header.id.slice(0, 32),
        error: 'Nilai tidak ada dalam daftar pilihan (lihat lembar Petunjuk).',
      });
      return;
    }
    const format = column.format;
    if (format.type === 'number') {
      validations.add(range, {
        type: format.integer ? 'whole' : 'decimal',
        operator: 'between',
        allowBlank: true,
        formulae: [format.min, format.max],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: column.header.id.slice(0, 32),
        error: `Isi angka ${format.min}–${format.max} (lihat lembar Petunjuk).`,
      });
    } else if (format.type === 'text') {
      validations.add(range, {
        type: 'textLength',
        operator: 'lessThanOrEqual',
        allowBlank: true,
        formulae: [format.maxLength],
        showErrorMessage: true,
        errorStyle: 'warning',
        errorTitle: column.header.id.slice(0, 32),
        error: `Paling banyak ${format.maxLength} karakter.`,
      });
    }
  });

  guide.columns = [
    { header: 'Kolom', key: 'header', width: 30 },
    { header: 'Wajib', key: 'required', width: 8 },
    { header: 'Keterangan', key: 'description', width: 60 },
    { header: 'Isian yang diterima', key: 'accepted', width: 60 },
    { header: 'Contoh', key: 'example', width: 40 },
    { header: 'Column (English)', key: 'headerEn', width: 30 },
    { header: 'Description (English)', key: 'descriptionEn', width: 60 },
    { header: 'Accepted values (English)', key: 'acceptedEn', width: 60 },
  ];
  guide.getRow(1).font = { bold: true };
  guide.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of templateGuide(entity)) {
    const added = guide.addRow({
      header: row.header.id,
      required: row.required ? 'Ya' : 'Tidak',
      description: row.description.id,
      accepted: row.accepted.id,
      example: row.example,
      headerEn: row.header.en,
      descriptionEn: row.description.en,
      acceptedEn: row.accepted.en,
    });
    added.alignment = { vertical: 'top', wrapText: true };
    added.getCell('example').numFmt = '@';
  }
  guide.addRow([]);
  for (const [id, en] of generalNotes) {
    guide.addRow({ header: id, headerEn: en }).alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The notes under the columns of the instructions sheet (Indonesian, English). */
const generalNotes: readonly (readonly [string, string])[] = [
  [
    `Isi lembar "Data" mulai baris 2, satu baris per catatan (paling banyak ${maxImportRows.toLocaleString('id-ID')} baris). Jangan ubah judul kolom.`,
    `Fill in the "Data" sheet from row 2, one row per record (at most ${maxImportRows.toLocaleString('en-GB')} rows). Do not change the headers.`,
  ],
  [
    'Impor dimulai dengan pemeriksaan (tanpa mengubah data); terapkan hanya bila tidak ada masalah. Semua baris diterapkan bersama, atau tidak sama sekali.',
    'An import starts with a check that changes nothing; apply it once it has no issue. All rows are applied together, or none.',
  ],
  [
    'Impor ulang dengan kode yang sama memperbarui catatan tersebut; baris yang sama persis tidak mengubah apa pun.',
    'Re-importing with the same codes updates those records; identical rows change nothing.',
  ],
  [
    'Berkas CSV (UTF-8) boleh dipisah koma, titik koma, atau tab.',
    'CSV files (UTF-8) may be separated by commas, semicolons or tabs.',
  ],
];

/** Renders an entity's CSV template: the header row, UTF-8 with a BOM. */
export async function renderCsvTemplate<TRecord>(entity: ExchangeEntity<TRecord>): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await writeCsv(out, {
    name: templateSheets.data,
    columns: templateColumns(entity.columns).map((c) => ({ header: c.header.id })),
    rows: [],
  });
  return Buffer.concat(chunks);
}
