import type { OpenDataCatalogue } from '@smartcity/domain';
import { openDataCatalogueFor } from '../../services/exchange/open-data-service';
import { publicProcedure } from '../../trpc';

/**
 * `openData.catalogue`: the open data catalogue (the same as `/data/katalog.json`): each
 * dataset's metadata and files, for the public Data Terbuka page. Anyone may read it.
 */
export const catalogueProcedure = publicProcedure.query(({ ctx }): Promise<OpenDataCatalogue> =>
  openDataCatalogueFor(ctx),
);
