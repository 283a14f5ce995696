import { dataImportListInputSchema, type DataImport } from '@smartcity/domain';
import { listDataImports } from '@smartcity/db';
import { roleProcedure } from '../../trpc';

/** The answer of `dataImport.list`. */
export type DataImportListResponse = { readonly items: DataImport[] };

/** `dataImport.list` (coordinators): the history of imports, newest first (20 unless asked). */
export const listProcedure = roleProcedure('coordinator')
  .input(dataImportListInputSchema)
  .query(async ({ ctx, input }): Promise<DataImportListResponse> => ({
    items: await listDataImports(ctx.db, { entity: input?.entity, limit: input?.limit ?? 20 }),
  }));
