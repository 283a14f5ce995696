import { z } from 'zod';
import { activeStages, stages } from './vocabulary-values';

export * from './vocabulary-values';

/** Validates a stage. */
export const stageSchema = z.enum(stages);

/** Validates an active stage. */
export const activeStageSchema = z.enum(activeStages);
