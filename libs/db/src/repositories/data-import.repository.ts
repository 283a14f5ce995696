import {
  importEntities,
  importStatuses,
  type DataImport,
  type ImportCounts,
  type ImportEntity,
  type ImportIssue,
  type ImportStatus,
} from '@smartcity/domain';
import { fromJson, toIsoString, toJson } from '../adapters/values';
import type { Executor } from '../database';

/**
 * The record of every import (migrations 2026_12_03_0100 and 1300): its dry run and, when that was
 * clean, its commit. The file itself is in the content store (`files`, by SHA-256), so that a
 * commit re-reads the very file its dry run checked.
 */

/** An import with what a commit needs: the file's hash and the issues of its last check. */
export type DataImportDetail = DataImport & {
  readonly sha256: string;
  readonly issues: readonly ImportIssue[];
};

/** What a dry run records. */
export type NewDataImport = {
  readonly id: string;
  readonly entity: ImportEntity;
  readonly filename: string;
  readonly sha256: string;
  readonly status: Exclude<ImportStatus, 'committed'>;
  readonly rowCount: number;
  readonly errorCount: number;
  readonly counts: ImportCounts;
  readonly issues: readonly ImportIssue[];
  readonly createdBy: string;
};

function importQuery(db: Executor) {
  return db
    .selectFrom('data_imports')
    .leftJoin('users', 'users.id', 'data_imports.created_by')
    .select([
      'data_imports.id',
      'data_imports.entity',
      'data_imports.filename',
      'data_imports.sha256',
      'data_imports.status',
      'data_imports.row_count',
      'data_imports.error_count',
      'data_imports.counts',
      'data_imports.created_at',
      'data_imports.created_by',
      'data_imports.committed_at',
      'users.name as creator_name',
    ]);
}

type ImportRow = Awaited<ReturnType<ReturnType<typeof importQuery>['executeTakeFirstOrThrow']>>;

const noCounts: ImportCounts = { create: 0, update: 0, unchanged: 0 };

function toDataImport(row: ImportRow): DataImport {
  const counts = fromJson(row.counts) as Partial<ImportCounts> | null;
  return {
    id: row.id,
    entity: (importEntities as readonly string[]).includes(row.entity) ? row.entity : 'units',
    filename: row.filename,
    status: (importStatuses as readonly string[]).includes(row.status) ? row.status : 'refused',
    rowCount: row.row_count,
    errorCount: row.error_count,
    counts: { ...noCounts, ...counts },
    createdAt: toIsoString(row.created_at),
    createdBy:
      row.created_by && row.creator_name ? { id: row.created_by, name: row.creator_name } : null,
    committedAt: row.committed_at === null ? null : toIsoString(row.committed_at),
  };
}

/** Records a dry run. Call with the file already in the content store (same transaction). */
export async function insertDataImport(
  db: Executor,
  record: NewDataImport,
  now: Date,
): Promise<void> {
  await db
    .insertInto('data_imports')
    .values({
      id: record.id,
      entity: record.entity,
      filename: record.filename,
      sha256: record.sha256,
      status: record.status,
      row_count: record.rowCount,
      error_count: record.errorCount,
      counts: toJson(record.counts),
      issues: toJson(record.issues),
      created_at: now.toISOString(),
      created_by: record.createdBy,
    })
    .execute();
}

/** One import with its file's hash and the issues of its last check, or undefined. */
export async function findDataImport(
  db: Executor,
  id: string,
): Promise<DataImportDetail | undefined> {
  const row = await importQuery(db)
    .select('data_imports.issues')
    .where('data_imports.id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...toDataImport(row),
    sha256: row.sha256,
    issues: (fromJson(row.issues) as ImportIssue[] | null) ?? [],
  };
}

/** The latest imports, newest first, optionally of one entity. */
export async function listDataImports(
  db: Executor,
  filter: { readonly entity?: ImportEntity | undefined; readonly limit: number },
): Promise<DataImport[]> {
  let query = importQuery(db);
  if (filter.entity) query = query.where('data_imports.entity', '=', filter.entity);
  const rows = await query
    .orderBy('data_imports.created_at', 'desc')
    .orderBy('data_imports.id', 'desc')
    .limit(filter.limit)
    .execute();
  return rows.map(toDataImport);
}

/**
 * Marks a checked import committed, with what the commit counted. Answers false when it is not
 * (or no longer) `checked`: a second commit, or a concurrent one, changes nothing. Call inside the
 * commit's transaction, before its writes (on PostgreSQL the row stays locked until the end).
 */
export async function markDataImportCommitted(
  db: Executor,
  {
    id,
    result,
    now,
  }: {
    readonly id: string;
    readonly result: {
      readonly rowCount: number;
      readonly counts: ImportCounts;
    };
    readonly now: Date;
  },
): Promise<boolean> {
  const updated = await db
    .updateTable('data_imports')
    .set({
      status: 'committed',
      row_count: result.rowCount,
      error_count: 0,
      counts: toJson(result.counts),
      issues: toJson([]),
      committed_at: now.toISOString(),
    })
    .where('id', '=', id)
    .where('status', '=', 'checked')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows) > 0;
}
