import { dimensions, type Dimension } from '@smartcity/domain';
import { publicProcedure } from '../../trpc';

/** The answer of `catalogue.dimensions`: the six dimensions with their elements and labels. */
export type DimensionsResponse = readonly Dimension[];

/** `catalogue.dimensions`: the fixed catalogue. Public: it is the same for everyone. */
export const dimensionsProcedure = publicProcedure.query((): DimensionsResponse => dimensions);
