import { router } from '../../trpc';
import { catalogueProcedure } from './catalogue.procedure';

/** Open data (Data Terbuka): the catalogue of the published datasets. */
export const openDataRouter = router({
  catalogue: catalogueProcedure,
});
