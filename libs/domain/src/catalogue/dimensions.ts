import { z } from 'zod';
import { dimensionKeys, elementKeys } from './dimension-values';

export * from './dimension-values';

/** Validates a dimension key. */
export const dimensionKeySchema = z.enum(dimensionKeys);

/** Validates an element key. */
export const elementKeySchema = z.enum(elementKeys);
