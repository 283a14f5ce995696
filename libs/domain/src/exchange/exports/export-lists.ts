import { z } from 'zod';
import { byIdInputSchema, idSchema } from '../../common/id';
import type { LocalizedText } from '../../common/localized-text';
import { innovationListInputSchema } from '../../innovation/inputs';
import { progressListInputSchema } from '../../progress/progress-report';
import { unitListInputSchema } from '../../unit/unit';
import { userListInputSchema } from '../../user/user';
import type { Column } from '../columns';
import type { ExchangeCodes, OutCell } from '../entity';

/**
 * Every list a person sees can be downloaded (DOMAIN "data in and out"): the lists, their file
 * names, and the input each takes — the same input as the list it mirrors, without paging, so a
 * download holds exactly the rows the list shows, all of them.
 */

/** The lists that can be exported. */
export const exportLists = [
  'innovations',
  'units',
  'users',
  'programmes',
  'action_items',
  'progress_reports',
  'round_results',
  'signatures',
] as const;

/** One of {@link exportLists}. */
export type ExportList = (typeof exportLists)[number];

/** The file formats of an export. */
export const exportFormats = ['xlsx', 'csv'] as const;
/** One of {@link exportFormats}. */
export type ExportFormat = (typeof exportFormats)[number];

/** The ASCII name of each list in URLs and file names (`/exports/inovasi.xlsx`). */
export const exportListSlugs: Readonly<Record<ExportList, string>> = {
  innovations: 'inovasi',
  units: 'perangkat-daerah',
  users: 'pengguna',
  programmes: 'program-rencana-induk',
  action_items: 'rencana-aksi',
  progress_reports: 'laporan-kemajuan',
  round_results: 'hasil-penilaian',
  signatures: 'komitmen-bersama',
};

/** Labels of the lists (an XLSX sheet is named by its Indonesian label). */
export const exportListLabels: Readonly<Record<ExportList, LocalizedText>> = {
  innovations: { id: 'Inovasi', en: 'Innovations' },
  units: { id: 'Perangkat daerah', en: 'Work units' },
  users: { id: 'Pengguna', en: 'Users' },
  programmes: { id: 'Program rencana induk', en: 'Masterplan programmes' },
  action_items: { id: 'Rencana aksi', en: 'Action items' },
  progress_reports: { id: 'Laporan kemajuan', en: 'Progress reports' },
  round_results: { id: 'Hasil penilaian', en: 'Evaluation results' },
  signatures: { id: 'Komitmen bersama', en: 'Joint commitment' },
};

/** The list a URL slug names, or undefined. */
export function exportListOfSlug(slug: string): ExportList | undefined {
  return exportLists.find((list) => exportListSlugs[list] === slug);
}

/** `innovation.list`'s input without the page (cursor and size): filters, search and order. */
export const innovationExportInputSchema = innovationListInputSchema
  .unwrap()
  .omit({ cursor: true, limit: true })
  .default({ sort: 'updated_desc' });
/** The filter of an innovation export, as {@link innovationExportInputSchema} accepts it. */
export type InnovationExportInput = z.input<typeof innovationExportInputSchema>;

/** The input of each export: the list's own input (paging left out). */
export const exportInputSchemas = {
  innovations: innovationExportInputSchema,
  units: unitListInputSchema,
  users: userListInputSchema,
  /** The masterplan's programmes, as the Rencana Induk page lists them. */
  programmes: z.strictObject({}).optional(),
  /** The masterplan's action items, or one programme's (its drawer). */
  action_items: z.strictObject({ programmeId: idSchema.optional() }).optional(),
  progress_reports: progressListInputSchema,
  round_results: byIdInputSchema,
  signatures: z.strictObject({}).optional(),
} as const satisfies Record<ExportList, z.ZodType>;

/** What the export of a list takes, as a caller writes it. */
export type ExportInput<L extends ExportList> = z.input<(typeof exportInputSchemas)[L]>;

/**
 * A sheet of an export-only list (one that is never imported): its columns, defined once, and how
 * a record is written into them. The importable entities are `ExchangeEntity`s instead.
 */
export type ExportSheet<TRecord> = {
  readonly columns: readonly Column[];
  /** The cells of a record, by column key. */
  readonly write: (record: TRecord, codes: ExchangeCodes) => Readonly<Record<string, OutCell>>;
};

/** The cells of a row in column order, as the writers take them. */
export function rowCells(
  columns: readonly Column[],
  cells: Readonly<Record<string, OutCell>>,
): OutCell[] {
  return columns.map((column) => cells[column.key] ?? null);
}
