import type { Language, LocalizedText } from '../common/localized-text';
import { booleanOptions, optionLabels, type ChoiceOption, type Column } from './columns';
import type { ExchangeEntity, ImportEntity } from './entity';
import { templateColumns } from './sheet';

/**
 * What an import template says, generated from the entity's columns (never a hand-written copy):
 * the Data sheet's headers, what each column accepts, an example for each, and the lists a
 * spreadsheet offers as drop-downs. The API writes it as XLSX (with the "Petunjuk" sheet and
 * validations) and as CSV.
 */

/** The sheets of an XLSX template. */
export const templateSheets = {
  /** The rows to fill in (the importer reads this sheet, else the first). */
  data: 'Data',
  /** One row per column: what it is, whether it is required, what it accepts, an example. */
  guide: 'Petunjuk',
  /** The allowed values of coded columns, which the Data sheet's drop-downs list (hidden). */
  choices: 'Pilihan',
} as const;

const numberFormat = (language: Language) =>
  new Intl.NumberFormat(language === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 2 });

const both = (id: string, en: string): LocalizedText => ({ id, en });

const referenceNames: Readonly<Record<'unit' | 'programme' | 'innovation', LocalizedText>> = {
  unit: both('Kode perangkat daerah', 'A unit code'),
  programme: both('Kode program rencana induk', 'A masterplan programme code'),
  innovation: both(
    'Kode inovasi (atau ID dari berkas ekspor)',
    'An innovation code (or the ID an export wrote)',
  ),
};

const listed = (options: readonly ChoiceOption[], language: Language) =>
  options.map((o) => o.label[language]).join('; ');

/** What a column accepts, in words: its format and, for coded columns, every allowed value. */
export function columnFormatText(column: Column): LocalizedText {
  const format = column.format;
  switch (format.type) {
    case 'text':
      return both(
        `Teks, paling banyak ${numberFormat('id').format(format.maxLength)} karakter.`,
        `Text, at most ${numberFormat('en').format(format.maxLength)} characters.`,
      );
    case 'number': {
      const range = (language: Language) =>
        `${numberFormat(language).format(format.min)}–${numberFormat(language).format(format.max)}`;
      return format.integer
        ? both(
            `Bilangan bulat ${range('id')}; titik sebagai pemisah ribuan boleh (1.200.000).`,
            `A whole number, ${range('en')}; dots grouping thousands are read (1.200.000).`,
          )
        : both(
            `Angka ${range('id')}; koma desimal (35,5) dan titik ribuan (1.200.000).`,
            `A number, ${range('en')}; a decimal comma (35,5) and thousands dots (1.200.000) are read.`,
          );
    }
    case 'date':
      return both(
        'Tanggal HH/BB/TTTT, mis. 31/12/2026 (sel tanggal juga bisa).',
        'A date as DD/MM/YYYY, e.g. 31/12/2026 (a date cell works too).',
      );
    case 'boolean':
      return both('Ya atau Tidak.', 'Ya (yes) or Tidak (no).');
    case 'choice':
      return both(
        `Salah satu dari: ${listed(format.options, 'id')}.`,
        `One of: ${listed(format.options, 'en')} (the Indonesian labels are read too).`,
      );
    case 'choices':
      return both(
        `Satu atau beberapa, dipisah titik koma: ${listed(format.options, 'id')}.`,
        `One or several, separated by semicolons: ${listed(format.options, 'en')}.`,
      );
    case 'reference': {
      const name = referenceNames[format.to];
      return format.many
        ? both(
            `${name.id}, satu atau beberapa, dipisah titik koma.`,
            `${name.en}, one or several, separated by semicolons.`,
          )
        : both(`${name.id}.`, `${name.en}.`);
    }
    case 'lines': {
      const parts = (language: Language) =>
        format.fields
          .map(
            (f) =>
              `${f.label[language]}${f.required ? '' : language === 'id' ? ' (boleh kosong)' : ' (optional)'}`,
          )
          .join(' | ');
      return both(
        `Satu butir per baris dalam sel (Alt+Enter untuk baris baru), bagian dipisah |: ${parts('id')}.`,
        `One item per line in the cell (Alt+Enter for a new line), parts separated by |: ${parts('en')}.`,
      );
    }
  }
}

/**
 * The values a spreadsheet's drop-down offers for a column (the Indonesian labels the importer
 * reads), or null when the column has none: choices and yes/no. Reference columns take their
 * codes from the database (see the API's template), and several-value columns get no drop-down
 * (a drop-down picks one value).
 */
export function columnChoices(column: Column): readonly string[] | null {
  switch (column.format.type) {
    case 'choice':
      return optionLabels(column.format.options);
    case 'boolean':
      return optionLabels(booleanOptions);
    case 'text':
    case 'number':
    case 'date':
    case 'choices':
    case 'reference':
    case 'lines':
      return null;
  }
}

/**
 * An example row per entity, as a person types it (Indonesian labels, numbers and dates). The
 * examples fit together: the innovation belongs to `dinkes`, the programme links it, the action
 * item belongs to the programme. Tests import a template filled in with them.
 */
export const templateExamples: Readonly<Record<ImportEntity, Readonly<Record<string, string>>>> = {
  units: {
    code: 'dinkes',
    name: 'Dinas Kesehatan',
    short_name: 'Dinkes',
    type: 'Dinas',
    active: 'Ya',
  },
  users: {
    email: 'operator.dinkes@sumedangkab.go.id',
    name: 'Dewi Lestari',
    nip: '19750312 200501 2 004',
    role: 'Staf perangkat daerah',
    unit: 'dinkes',
    active: 'Ya',
    initial_password: 'Sandi-Awal-2026',
  },
  innovations: {
    code: 'INV-001',
    unit: 'dinkes',
    title: 'SIMPATI: pemantauan stunting terpadu',
    summary:
      'Kader posyandu mencatat pengukuran balita; dasbor menunjukkan desa yang perlu intervensi.',
    dimension: 'Smart Living',
    element: 'Kesehatan',
    extra_dimensions: 'Smart Society; Smart Governance',
    public: 'Ya',
    jenis: 'Digital',
    bentuk: 'Pelayanan publik',
    inisiator: 'Perangkat daerah',
    tahapan: '',
    urusan: 'Kesehatan',
    trial_date: '01/03/2026',
    implementation_date: '',
    stage: 'Quick Win',
    discontinued_from: '',
    problem_statement:
      'Data pengukuran balita tercatat di buku posyandu dan baru terkumpul tiga bulan kemudian, sehingga intervensi stunting terlambat.',
    affected_group: 'Balita dan ibu hamil di 270 desa',
    problem_evidence: 'Prevalensi stunting 27,6 % (SSGI 2022)',
    problem_source: 'Isu strategis RPJMD',
    need_statement: 'Data pengukuran yang masuk pada hari yang sama dan terlihat per desa.',
    beneficiaries: 'Keluarga dengan balita',
    beneficiary_count: '12.000',
    indicators: 'Cakupan pengukuran bulanan | % | 60 | 95 | 31/12/2026',
    as_is: 'Kader | mencatat di buku posyandu |\nPuskesmas | merekap tiap triwulan | Excel',
    to_be: 'Kader | mencatat di aplikasi | SIMPATI\nDinkes | memantau dasbor harian | SIMPATI',
    needs_application: 'Ya',
    application_justification: 'Pencatatan harian oleh 1.500 kader tidak bisa lewat kertas.',
    legal_basis: 'Perbup Sumedang No. 27 Tahun 2022',
    deliverable: 'Aplikasi pencatatan dan dasbor desa',
    responsible_person: 'Kepala Bidang Kesehatan Masyarakat',
    qw_start: '01/02/2026',
    qw_target: '31/12/2026',
    qw_budget: '150.000.000',
    qw_funding: 'APBD',
    qw_status: 'Berjalan',
    outcome: '',
    evaluation_notes: '',
    lessons_learned: '',
  },
  programmes: {
    code: 'PRG-LIV-01',
    dimension: 'Smart Living',
    element: 'Kesehatan',
    name: 'Layanan kesehatan terpadu berbasis data',
    description: 'Puskesmas dan posyandu terhubung dalam satu data kesehatan.',
    horizon: 'Jangka pendek (≤ 3 tahun)',
    lead_unit: 'dinkes',
    supporting_units: 'diskominfosanditik; bapppeda',
    start_year: '2025',
    end_year: '2027',
    budget: '1.200.000.000',
    funding_source: 'APBD',
    reference: 'RPJMD 2023–2028 Misi 2',
    innovations: 'INV-001',
  },
  action_items: {
    programme: 'PRG-LIV-01',
    code: 'RA-01',
    activity: 'Pelatihan kader posyandu',
    year: '2026',
    owner_unit: 'dinkes',
    output_target: '1.500 kader terlatih',
    budget: '75.000.000',
    status: 'Berjalan',
    progress: '35',
  },
};

/** One row of a template's instructions: a column of the Data sheet. */
export type TemplateGuideRow = {
  readonly key: string;
  readonly header: LocalizedText;
  readonly required: boolean;
  readonly description: LocalizedText;
  /** What the column accepts: its format, or every allowed value. */
  readonly accepted: LocalizedText;
  readonly example: string;
};

/** The instructions of an entity's template: one row per column of its Data sheet, in order. */
export function templateGuide<TRecord>(entity: ExchangeEntity<TRecord>): TemplateGuideRow[] {
  const examples = templateExamples[entity.entity];
  return templateColumns(entity.columns).map((column) => ({
    key: column.key,
    header: column.header,
    required: column.required,
    description: column.description,
    accepted: columnFormatText(column),
    example: examples[column.key] ?? '',
  }));
}

/** A sensible width (in characters) of a column of the Data sheet. */
export function templateColumnWidth(column: Column): number {
  const header = column.header.id.length + 4;
  const format = column.format;
  const content =
    format.type === 'text'
      ? Math.min(50, Math.max(14, format.maxLength / 8))
      : format.type === 'lines'
        ? 50
        : format.type === 'choice' || format.type === 'choices'
          ? Math.max(...format.options.map((o) => o.label.id.length)) + 4
          : format.type === 'date'
            ? 14
            : 12;
  return Math.round(Math.min(60, Math.max(header, content)));
}
