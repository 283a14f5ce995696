import {
  exportListSlugs,
  type ExportFormat,
  type ExportInput,
  type ExportList,
} from '@smartcity/domain';

/**
 * The URL of a list's export (`/exports/inovasi.xlsx?input=…`): the list's own input, as the page
 * passes it to the list's query, in JSON (as tRPC's GET takes it) — so the file holds exactly the
 * rows the page shows. Empty and unset filters are left out.
 */
export function exportUrl<L extends ExportList>(
  list: L,
  format: ExportFormat,
  input?: ExportInput<L>,
): string {
  const base = `/exports/${exportListSlugs[list]}.${format}`;
  if (input === undefined || input === null) return base;
  const kept = Object.fromEntries(
    Object.entries(input as Record<string, unknown>).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  );
  return Object.keys(kept).length === 0
    ? base
    : `${base}?input=${encodeURIComponent(JSON.stringify(kept))}`;
}
