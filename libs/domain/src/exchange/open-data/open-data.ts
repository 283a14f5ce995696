import type { LocalizedText } from '../../common/localized-text';
import type { Innovation } from '../../innovation/innovation';
import { tahapanLabels } from '../../innovation/vocabulary-values';
import type { Region } from '../../region/region';
import { splitList } from '../cell-values';
import type { ChoiceOption, Column } from '../columns';
import type { ExchangeCodes, OutCell } from '../entity';
import {
  innovationColumns,
  innovationExchange,
  innovationFactCells,
  type InnovationFacts,
} from '../entities/innovation-exchange';
import { innovationRecordOf } from '../records';
import { dashboardFigureColumns } from './dashboard-figures';

/**
 * Open data (data terbuka) in the spirit of Satu Data Indonesia (Perpres 39/2019): the published
 * innovations and the public dashboard's figures, each a dataset with its metadata — title,
 * description, publisher (the region), region code, subject (tema), update frequency, licence,
 * last modified and the description of every column, taken from the column definitions.
 */

/** The open datasets, by their stable identifier (also their URL: `/data/<id>.csv|json`). */
export const openDatasets = ['inovasi', 'dasbor'] as const;
/** One of {@link openDatasets}. */
export type OpenDataset = (typeof openDatasets)[number];

/** The formats of each dataset. */
export const openDataFormats = ['csv', 'json'] as const;
/** One of {@link openDataFormats}. */
export type OpenDataFormat = (typeof openDataFormats)[number];

/** The licence of the open data. */
export const openDataLicence = {
  id: 'CC-BY-4.0',
  title: {
    id: 'Creative Commons Atribusi 4.0 Internasional',
    en: 'Creative Commons Attribution 4.0 International',
  },
  url: 'https://creativecommons.org/licenses/by/4.0/deed.id',
} as const;

/**
 * The columns of the published innovations dataset: the innovations sheet's columns that describe
 * what the public may read (identity, IID profile, the problem, the need, the quick win's plan and
 * status, the outcome). Never a user id, a person's name or evaluators' notes; the stage-following
 * IID tahapan is written as it applies.
 */
const openInnovationKeys = [
  'code',
  'unit',
  'unit_name',
  'title',
  'summary',
  'dimension',
  'element',
  'extra_dimensions',
  'jenis',
  'bentuk',
  'inisiator',
  'tahapan',
  'urusan',
  'trial_date',
  'implementation_date',
  'stage',
  'problem_statement',
  'affected_group',
  'problem_source',
  'need_statement',
  'beneficiaries',
  'beneficiary_count',
  'legal_basis',
  'deliverable',
  'qw_start',
  'qw_target',
  'qw_budget',
  'qw_funding',
  'qw_status',
  'outcome',
  'updated_at',
] as const;

/** The columns of the published innovations dataset (see `openInnovationKeys`). */
export const openInnovationColumns: readonly Column[] = openInnovationKeys.map((key) => {
  const column = innovationColumns.find((c) => c.key === key);
  if (!column) throw new Error(`no innovation column ${key}`);
  if (key === 'tahapan') {
    return {
      ...column,
      description: {
        id: 'Tahapan IID: yang ditetapkan, atau yang mengikuti tahap siklus (Masalah–Proses: inisiatif; Quick Win–Evaluasi: uji coba; Berlanjut: penerapan).',
        en: 'The IID stage: as set, or following the lifecycle stage.',
      },
    };
  }
  const { exportOnly: _exportOnly, ...open } = column;
  return open;
});

/**
 * The cells of a published innovation in the open dataset: its export cells (the same as the
 * innovations sheet) with the IID tahapan as it applies. Refuses an unpublished innovation: open
 * data never carries one, whatever the caller selected.
 */
export function openInnovationCells(
  innovation: Innovation,
  {
    externalCode,
    facts,
    codes,
  }: {
    readonly externalCode: string | null;
    readonly facts: InnovationFacts;
    readonly codes: ExchangeCodes;
  },
): Readonly<Record<string, OutCell>> {
  if (!innovation.isPublic) throw new Error(`innovation ${innovation.id} is not published`);
  return {
    ...innovationExchange.write(innovationRecordOf(innovation, externalCode), codes),
    ...innovationFactCells(facts),
    tahapan: tahapanLabels[innovation.tahapan].id,
  };
}

/** A dataset's definition: what it is, how often it changes, its columns. */
export type OpenDatasetDefinition = {
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  /** The subject (tema) in Satu Data Indonesia's sense. */
  readonly subject: LocalizedText;
  readonly keywords: readonly string[];
  readonly updateFrequency: LocalizedText;
  readonly columns: readonly Column[];
};

/** The datasets' definitions. */
export const openDatasetDefinitions: Readonly<Record<OpenDataset, OpenDatasetDefinition>> = {
  inovasi: {
    title: { id: 'Inovasi daerah yang dipublikasikan', en: 'Published regional innovations' },
    description: {
      id: 'Inovasi perangkat daerah yang dipublikasikan dalam register inovasi kota cerdas: identitas, profil Indeks Inovasi Daerah, masalah dan kebutuhan yang dijawab, rencana dan status quick win, serta hasil evaluasinya. Inovasi yang tidak dipublikasikan tidak termasuk.',
      en: 'The innovations of the regional work units published in the smart city innovation register: identity, Indeks Inovasi Daerah profile, the problem and need addressed, the quick win’s plan and status, and the evaluation outcome. Unpublished innovations are not included.',
    },
    subject: { id: 'Pemerintahan dan Inovasi Daerah', en: 'Government and regional innovation' },
    keywords: ['inovasi daerah', 'kota cerdas', 'smart city', 'indeks inovasi daerah'],
    updateFrequency: {
      id: 'Dinamis: diperbarui setiap kali inovasi yang dipublikasikan berubah',
      en: 'Continuous: updated whenever a published innovation changes',
    },
    columns: openInnovationColumns,
  },
  dasbor: {
    title: { id: 'Angka dasbor inovasi publik', en: 'Public innovation dashboard figures' },
    description: {
      id: 'Angka dasbor pemantauan atas inovasi yang dipublikasikan: jumlah per dimensi, elemen, tahap, hasil evaluasi, status quick win dan perangkat daerah; perangkat daerah yang berinovasi; inovasi tidak aktif dan quick win terlambat; tren bulanan. Satu baris per angka.',
      en: 'The monitoring dashboard’s figures over published innovations: counts by dimension, element, stage, evaluation outcome, quick win status and unit; units that innovate; stale innovations and overdue quick wins; the monthly trend. One row per figure.',
    },
    subject: { id: 'Pemerintahan dan Inovasi Daerah', en: 'Government and regional innovation' },
    keywords: ['inovasi daerah', 'kota cerdas', 'dasbor', 'statistik'],
    updateFrequency: {
      id: 'Dinamis: dihitung ulang dari data terkini pada setiap permintaan',
      en: 'Continuous: computed from the current data on every request',
    },
    columns: dashboardFigureColumns,
  },
};

/** A column as the metadata describes it. */
export type OpenColumnMetadata = {
  readonly key: string;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  readonly type: 'text' | 'number' | 'date' | 'boolean' | 'code' | 'codes';
  /** For coded columns: the codes and their labels (JSON carries the code, and `<key>_label`). */
  readonly codes?: readonly ChoiceOption[];
};

function columnMetadata(column: Column): OpenColumnMetadata {
  const base = { key: column.key, title: column.header, description: column.description };
  const format = column.format;
  switch (format.type) {
    case 'text':
    case 'reference':
    case 'lines':
      return { ...base, type: 'text' };
    case 'number':
      return { ...base, type: 'number' };
    case 'date':
      return { ...base, type: 'date' };
    case 'boolean':
      return { ...base, type: 'boolean' };
    case 'choice':
      return { ...base, type: 'code', codes: format.options };
    case 'choices':
      return { ...base, type: 'codes', codes: format.options };
  }
}

/** One way to download a dataset. */
export type OpenDistribution = {
  readonly format: 'CSV' | 'JSON';
  readonly mediaType: string;
  /** The path on this server, e.g. `/data/inovasi.csv`. */
  readonly path: string;
};

/** A dataset's metadata, as the catalogue and its JSON file carry it. */
export type OpenDatasetMetadata = {
  readonly identifier: OpenDataset;
  readonly title: LocalizedText;
  readonly description: LocalizedText;
  /** The region that publishes the data. */
  readonly publisher: string;
  /** The Kemendagri region code, e.g. `32.11`; null until the region sets it. */
  readonly regionCode: string | null;
  readonly subject: LocalizedText;
  readonly keywords: readonly string[];
  readonly updateFrequency: LocalizedText;
  readonly licence: typeof openDataLicence;
  /** The latest change among the published innovations (ISO), null when none is published. */
  readonly modified: string | null;
  readonly language: readonly string[];
  readonly columns: readonly OpenColumnMetadata[];
  readonly distributions: readonly OpenDistribution[];
};

/** The path of a dataset's file. */
export function openDataPath(dataset: OpenDataset, format: OpenDataFormat): string {
  return `/data/${dataset}.${format}`;
}

/** The path of the catalogue. */
export const openDataCataloguePath = '/data/katalog.json';

/** The metadata of a dataset for a region, given when its data last changed. */
export function openDatasetMetadata(
  dataset: OpenDataset,
  region: Pick<Region, 'name' | 'code'>,
  modified: string | null,
): OpenDatasetMetadata {
  const definition = openDatasetDefinitions[dataset];
  return {
    identifier: dataset,
    title: definition.title,
    description: definition.description,
    publisher: region.name,
    regionCode: region.code,
    subject: definition.subject,
    keywords: definition.keywords,
    updateFrequency: definition.updateFrequency,
    licence: openDataLicence,
    modified,
    language: ['id'],
    columns: definition.columns.map(columnMetadata),
    distributions: [
      { format: 'CSV', mediaType: 'text/csv', path: openDataPath(dataset, 'csv') },
      { format: 'JSON', mediaType: 'application/json', path: openDataPath(dataset, 'json') },
    ],
  };
}

/** The open data catalogue (`/data/katalog.json`): the publisher and every dataset. */
export type OpenDataCatalogue = {
  readonly title: LocalizedText;
  readonly publisher: string;
  readonly regionCode: string | null;
  readonly licence: typeof openDataLicence;
  readonly modified: string | null;
  readonly datasets: readonly OpenDatasetMetadata[];
};

/** The catalogue of a region's open data, given when the published data last changed. */
export function openDataCatalogue(
  region: Pick<Region, 'name' | 'code'>,
  modified: string | null,
): OpenDataCatalogue {
  return {
    title: { id: `Data terbuka ${region.name}`, en: `Open data of ${region.name}` },
    publisher: region.name,
    regionCode: region.code,
    licence: openDataLicence,
    modified,
    datasets: openDatasets.map((dataset) => openDatasetMetadata(dataset, region, modified)),
  };
}

/** A JSON value of an open data record. */
export type OpenValue = string | number | boolean | readonly string[] | null;

function optionOfLabel(options: readonly ChoiceOption[], label: string): ChoiceOption | undefined {
  return options.find((o) => o.label.id === label);
}

/**
 * A row as JSON: the written cells by column key, with coded values as their codes and the
 * Indonesian label beside them (`dimension: "governance", dimension_label: "Smart Governance"`),
 * yes/no as booleans, dates as `YYYY-MM-DD`, lists as arrays.
 */
export function openRecordOf(
  columns: readonly Column[],
  cells: Readonly<Record<string, OutCell>>,
): Record<string, OpenValue> {
  const record: Record<string, OpenValue> = {};
  for (const column of columns) {
    const cell = cells[column.key] ?? null;
    const text = cell === null ? null : typeof cell === 'object' ? cell.date : cell;
    const format = column.format;
    switch (format.type) {
      case 'choice': {
        const option = typeof text === 'string' ? optionOfLabel(format.options, text) : undefined;
        record[column.key] = option?.value ?? text;
        record[`${column.key}_label`] = option?.label.id ?? text;
        break;
      }
      case 'choices': {
        const items = typeof text === 'string' ? splitList(text) : [];
        const options = items.map((item) => optionOfLabel(format.options, item));
        record[column.key] = options.map((o, i) => o?.value ?? items[i] ?? '');
        record[`${column.key}_label`] = options.map((o, i) => o?.label.id ?? items[i] ?? '');
        break;
      }
      case 'boolean':
        record[column.key] = text === null ? null : text === 'Ya';
        break;
      case 'reference':
        record[column.key] =
          format.many && typeof text === 'string' ? splitList(text) : (text ?? null);
        break;
      case 'text':
      case 'lines':
      case 'number':
      case 'date':
        record[column.key] = text;
        break;
    }
  }
  return record;
}
