import type { Language, LocalizedText } from '../common/localized-text';
import type { MissingItem } from '../innovation/gates';
import { stageLabels, type Stage } from '../innovation/vocabulary-values';

/**
 * What an import finds wrong, as data: per file, per row, per cell. The messages are written
 * here once, in both languages, so the dry-run report reads the same in the app and in a file.
 */

/** What is wrong with one cell. */
export type CellProblem =
  | { readonly code: 'required' }
  | { readonly code: 'too_long'; readonly max: number }
  | { readonly code: 'not_a_number' }
  | { readonly code: 'not_an_integer' }
  | { readonly code: 'out_of_range'; readonly min: number; readonly max: number }
  | { readonly code: 'not_a_date' }
  | { readonly code: 'not_a_boolean' }
  | {
      readonly code: 'unknown_choice';
      readonly allowed: readonly string[];
      readonly value?: string;
    }
  | { readonly code: 'unknown_reference'; readonly value: string }
  | { readonly code: 'inactive_reference'; readonly value: string }
  | { readonly code: 'bad_line'; readonly line: number; readonly expected: number }
  | { readonly code: 'line_field_required'; readonly line: number; readonly field: string }
  | { readonly code: 'line_not_a_number'; readonly line: number; readonly field: string }
  | { readonly code: 'line_not_a_date'; readonly line: number; readonly field: string }
  /** A rule the domain's schema states (its message is in English: the schema's own). */
  | { readonly code: 'invalid'; readonly message: string };

/** What is wrong with a row as a whole. */
export type RowProblem =
  | { readonly code: 'duplicate_key'; readonly firstRow: number }
  | {
      readonly code: 'gate_not_met';
      readonly stage: Stage;
      readonly missing: readonly MissingItem[];
    }
  | { readonly code: 'locked_in_round' }
  | { readonly code: 'not_allowed'; readonly message: string }
  | { readonly code: 'invalid'; readonly message: string };

/** What is wrong with the file. */
export type FileProblem =
  | { readonly code: 'unsupported_type' }
  | { readonly code: 'unreadable' }
  | { readonly code: 'empty_file' }
  | { readonly code: 'too_large'; readonly maxBytes: number }
  | { readonly code: 'too_many_rows'; readonly max: number }
  | { readonly code: 'missing_column'; readonly header: string }
  | { readonly code: 'unknown_column'; readonly header: string }
  | { readonly code: 'duplicate_column'; readonly header: string };

/** One finding of an import's check. */
export type ImportIssue =
  | { readonly scope: 'file'; readonly problem: FileProblem }
  | { readonly scope: 'row'; readonly row: number; readonly problem: RowProblem }
  | {
      readonly scope: 'cell';
      readonly row: number;
      /** The column's key, and its header as the template names it. */
      readonly column: string;
      readonly header: LocalizedText;
      /** The cell's text as read (cut to 80 characters). */
      readonly value: string;
      readonly problem: CellProblem;
    };

/** The most rows one import takes. */
export const maxImportRows = 20_000;

/** The largest import file, in bytes. */
export const maxImportBytes = 20 * 1024 * 1024;

/** The largest number of issues a report lists (the counts still count every one). */
export const maxReportedIssues = 500;

const list = (values: readonly string[]) =>
  values.length <= 12 ? values.join(', ') : `${values.slice(0, 12).join(', ')}, …`;

function cellMessage(problem: CellProblem, value: string, language: Language): string {
  const id = language === 'id';
  switch (problem.code) {
    case 'required':
      return id ? 'wajib diisi' : 'is required';
    case 'too_long':
      return id
        ? `terlalu panjang (paling banyak ${problem.max} karakter)`
        : `is too long (at most ${problem.max} characters)`;
    case 'not_a_number':
      return id
        ? `'${value}' bukan angka (contoh: 35,5 atau 1.200.000)`
        : `'${value}' is not a number (e.g. 35,5 or 1.200.000)`;
    case 'not_an_integer':
      return id ? `'${value}' harus bilangan bulat` : `'${value}' must be a whole number`;
    case 'out_of_range':
      return id
        ? `'${value}' di luar rentang ${problem.min}–${problem.max}`
        : `'${value}' is outside ${problem.min}–${problem.max}`;
    case 'not_a_date':
      return id
        ? `'${value}' bukan tanggal (contoh: 31/12/2026)`
        : `'${value}' is not a date (e.g. 31/12/2026)`;
    case 'not_a_boolean':
      return id ? `'${value}' harus Ya atau Tidak` : `'${value}' must be Ya (yes) or Tidak (no)`;
    case 'unknown_choice':
      return id
        ? `'${problem.value ?? value}' tidak dikenal; pilihan: ${list(problem.allowed)}`
        : `'${problem.value ?? value}' is not known; choices: ${list(problem.allowed)}`;
    case 'unknown_reference':
      return id
        ? `kode '${problem.value}' tidak ditemukan`
        : `the code '${problem.value}' is not found`;
    case 'inactive_reference':
      return id ? `'${problem.value}' sudah tidak aktif` : `'${problem.value}' is no longer active`;
    case 'bad_line':
      return id
        ? `baris ke-${problem.line} dalam sel memuat lebih dari ${problem.expected} bagian (pisahkan dengan |)`
        : `line ${problem.line} in the cell has more than ${problem.expected} parts (separated by |)`;
    case 'line_field_required':
      return id
        ? `baris ke-${problem.line} dalam sel: '${problem.field}' wajib diisi`
        : `line ${problem.line} in the cell: '${problem.field}' is required`;
    case 'line_not_a_number':
      return id
        ? `baris ke-${problem.line} dalam sel: '${problem.field}' bukan angka`
        : `line ${problem.line} in the cell: '${problem.field}' is not a number`;
    case 'line_not_a_date':
      return id
        ? `baris ke-${problem.line} dalam sel: '${problem.field}' bukan tanggal`
        : `line ${problem.line} in the cell: '${problem.field}' is not a date`;
    case 'invalid':
      return id ? `tidak valid (${problem.message})` : `is not valid (${problem.message})`;
  }
}

function rowMessage(problem: RowProblem, language: Language): string {
  const id = language === 'id';
  switch (problem.code) {
    case 'duplicate_key':
      return id
        ? `kodenya sama dengan baris ${problem.firstRow}`
        : `has the same code as row ${problem.firstRow}`;
    case 'gate_not_met': {
      const fields = problem.missing.map((m) => m.field).join(', ');
      return id
        ? `tahap ${stageLabels[problem.stage].id} belum lengkap: ${fields}`
        : `the ${stageLabels[problem.stage].en} stage is not complete: ${fields}`;
    }
    case 'locked_in_round':
      return id
        ? 'inovasi ini sedang dinilai dalam periode penilaian yang berjalan'
        : 'this innovation is being scored in a running evaluation round';
    case 'not_allowed':
    case 'invalid':
      return id ? `tidak valid (${problem.message})` : `is not valid (${problem.message})`;
  }
}

function fileMessage(problem: FileProblem, language: Language): string {
  const id = language === 'id';
  switch (problem.code) {
    case 'unsupported_type':
      return id
        ? 'Berkas bukan XLSX atau CSV. Unduh templat dan simpan sebagai .xlsx atau .csv.'
        : 'The file is not XLSX or CSV. Download the template and save it as .xlsx or .csv.';
    case 'unreadable':
      return id
        ? 'Berkas tidak dapat dibaca (rusak atau dilindungi kata sandi).'
        : 'The file cannot be read (damaged or password-protected).';
    case 'empty_file':
      return id ? 'Berkas tidak berisi baris data.' : 'The file holds no data rows.';
    case 'too_large':
      return id
        ? `Berkas terlalu besar (paling besar ${Math.round(problem.maxBytes / 1024 / 1024)} MB).`
        : `The file is too large (at most ${Math.round(problem.maxBytes / 1024 / 1024)} MB).`;
    case 'too_many_rows':
      return id
        ? `Berkas memuat lebih dari ${problem.max.toLocaleString('id-ID')} baris; bagi menjadi beberapa berkas.`
        : `The file has more than ${problem.max.toLocaleString('en-US')} rows; split it into several files.`;
    case 'missing_column':
      return id
        ? `Kolom '${problem.header}' tidak ada (mungkin diganti namanya). Gunakan judul kolom dari templat.`
        : `The column '${problem.header}' is missing (renamed?). Use the template's headers.`;
    case 'unknown_column':
      return id
        ? `Kolom '${problem.header}' tidak dikenal. Gunakan judul kolom dari templat.`
        : `The column '${problem.header}' is not known. Use the template's headers.`;
    case 'duplicate_column':
      return id
        ? `Kolom '${problem.header}' muncul lebih dari sekali.`
        : `The column '${problem.header}' appears more than once.`;
  }
}

/**
 * One issue as a sentence in the user's language, e.g.
 * "Baris 14, kolom Dimensi: 'Smart Gov' tidak dikenal; pilihan: Smart Governance, …".
 */
export function describeImportIssue(issue: ImportIssue, language: Language): string {
  const id = language === 'id';
  switch (issue.scope) {
    case 'file':
      return fileMessage(issue.problem, language);
    case 'row':
      return `${id ? 'Baris' : 'Row'} ${issue.row}: ${rowMessage(issue.problem, language)}`;
    case 'cell':
      return `${id ? 'Baris' : 'Row'} ${issue.row}, ${id ? 'kolom' : 'column'} ${issue.header[language]}: ${cellMessage(issue.problem, issue.value, language)}`;
  }
}
