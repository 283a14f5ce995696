import { router } from '../../trpc';
import { byIdProcedure } from './by-id.procedure';
import { listProcedure } from './list.procedure';

/**
 * The history of imports. Importing itself streams a file and its progress, so it is a plain
 * HTTP route (`apps/api/src/import-routes.ts`) over the import service.
 */
export const dataImportRouter = router({
  list: listProcedure,
  byId: byIdProcedure,
});
