import { z } from 'zod';
import { idSchema } from '../common/id';
import type { RefusalReason } from '../errors/refusal-reason';
import { importEntities, type ImportEntity } from './entity';
import type { ImportCounts } from './plan';

/** Validates an importable entity's name (`units`, `users`, …). */
export const importEntitySchema = z.enum(importEntities);

/** Where an import stands: checked (a clean dry run), refused (it had issues), committed. */
export const importStatuses = ['checked', 'refused', 'committed'] as const;

/** One of {@link importStatuses}. */
export type ImportStatus = (typeof importStatuses)[number];

/** Input of `dataImport.list` (coordinators): the latest imports, optionally of one entity. */
export const dataImportListInputSchema = z
  .strictObject({
    entity: importEntitySchema.optional(),
    limit: z.int().min(1).max(100).optional(),
  })
  .optional();

/** The parsed input of `dataImport.list`. */
export type DataImportListInput = z.infer<typeof dataImportListInputSchema>;

/** Input of `dataImport.byId`. */
export const dataImportByIdInputSchema = z.strictObject({ id: idSchema });

/** One import as its history lists it (the file itself stays in the content store). */
export type DataImport = {
  readonly id: string;
  readonly entity: ImportEntity;
  readonly filename: string;
  readonly status: ImportStatus;
  readonly rowCount: number;
  /** How many issues its last check (or its commit) found. */
  readonly errorCount: number;
  readonly counts: ImportCounts;
  readonly createdAt: string;
  /** Who checked it (null when that account is gone). */
  readonly createdBy: { readonly id: string; readonly name: string } | null;
  readonly committedAt: string | null;
};

/**
 * Why an import request may be refused (the refusal's `reason`): a subset of the domain's
 * {@link RefusalReason}s, which the SPA's import messages are keyed by.
 */
export const importRefusalReasons = [
  'csrf',
  'coordinators_only',
  'unknown_entity',
  'unknown_import',
  'no_region',
  'already_committed',
  'not_checked',
  'changed_meanwhile',
  'too_large',
  'unsupported_type',
  'unreadable',
  'empty_file',
] as const satisfies readonly RefusalReason[];

/** One of {@link importRefusalReasons}. */
export type ImportRefusalReason = (typeof importRefusalReasons)[number];
