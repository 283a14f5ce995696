import { router } from '../../trpc';
import { dimensionsProcedure } from './dimensions.procedure';

export const catalogueRouter = router({
  dimensions: dimensionsProcedure,
});
