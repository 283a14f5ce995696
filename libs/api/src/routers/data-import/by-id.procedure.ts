import {
  dataImportByIdInputSchema,
  DomainError,
  type DataImport,
  type ImportReport,
} from '@smartcity/domain';
import { findDataImport } from '@smartcity/db';
import { roleProcedure } from '../../trpc';

/** The answer of `dataImport.byId`: the import and the report of its last check (or commit). */
export type DataImportByIdResponse = { readonly import: DataImport; readonly report: ImportReport };

/** `dataImport.byId` (coordinators): one import with its report, issues by row and column. */
export const byIdProcedure = roleProcedure('coordinator')
  .input(dataImportByIdInputSchema)
  .query(async ({ ctx, input }): Promise<DataImportByIdResponse> => {
    const found = await findDataImport(ctx.db, input.id);
    if (!found)
      throw new DomainError('NOT_FOUND', 'Import not found', { reason: 'unknown_import' });
    const { sha256: _sha256, issues, ...summary } = found;
    return {
      import: summary,
      report: {
        rowCount: summary.rowCount,
        counts: summary.counts,
        issueCount: summary.errorCount,
        issues,
      },
    };
  });
