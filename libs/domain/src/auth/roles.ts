import { z } from 'zod';
import { roles } from './role-values';

export * from './role-values';

/** Validates a role. */
export const roleSchema = z.enum(roles);
