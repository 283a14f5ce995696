import type { ExchangeEntity, ExchangeRefs } from './entity';
import { maxReportedIssues, type ImportIssue, type RowProblem } from './issues';
import {
  cellIssue,
  drain,
  headerOf,
  rowIssue,
  rowsPerStep,
  type SheetRead,
  type StepProgress,
} from './sheet';

/** What an import does with a row. */
export type RowAction = 'create' | 'update' | 'unchanged';

/** A row that passed every check, with what the import will do with it. */
export type PlannedRow<TRecord> = {
  readonly row: number;
  readonly record: TRecord;
  readonly action: RowAction;
  /** The stored record's id, for an update or an unchanged row. */
  readonly existingId: string | null;
};

/** How many rows an import creates, updates and leaves unchanged. */
export type ImportCounts = {
  readonly create: number;
  readonly update: number;
  readonly unchanged: number;
};

/** An import's plan: every row's action, or what is wrong. Commit only when `issues` is empty. */
export type ImportPlan<TRecord> = {
  readonly rowCount: number;
  readonly rows: readonly PlannedRow<TRecord>[];
  readonly counts: ImportCounts;
  readonly issues: readonly ImportIssue[];
};

/** What the plan needs to know of what is stored. */
export type StoredLookup<TRecord> = {
  /** The stored record a key matches, with its id. */
  readonly find: (key: string) => { readonly id: string; readonly record: TRecord } | undefined;
  /** Whether a unit is active. */
  readonly unitActive: (unitId: string) => boolean;
  /**
   * Why a stored record may not be changed by this import, or null (e.g. an innovation in a
   * running evaluation round, see `innovationImportRefusal`; a coordinator's own role, see
   * `userImportRefusal`). Asked only for rows that would update a record.
   */
  readonly refusal?: (
    existing: { readonly id: string; readonly record: TRecord },
    record: TRecord,
  ) => RowProblem | null;
};

/**
 * Whether two values are the same as stored data: plain objects compared key by key (a key that
 * is undefined counts as absent, whatever the order of the keys), arrays item by item, the rest
 * by identity. Without building strings: a re-import compares thousands of large records.
 */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const xKeys = keys(x);
  if (xKeys.length !== keys(y).length) return false;
  return xKeys.every((k) => Object.prototype.hasOwnProperty.call(y, k) && sameValue(x[k], y[k]));
}

/** Whether two records are the same as far as storing them goes. */
export function sameRecord<TRecord>(
  entity: ExchangeEntity<TRecord>,
  a: TRecord,
  b: TRecord,
): boolean {
  return sameValue(entity.comparable(a), entity.comparable(b));
}

/** {@link planImportSteps} run to its end, without progress: the plan at once. */
export function planImport<TRecord>(
  entity: ExchangeEntity<TRecord>,
  {
    sheet,
    refs,
    stored,
  }: {
    readonly sheet: SheetRead;
    readonly refs: ExchangeRefs;
    readonly stored: StoredLookup<TRecord>;
  },
): ImportPlan<TRecord> {
  return drain(planImportSteps(entity, { sheet, refs, stored }));
}

/**
 * Plans an import from a read sheet: turns each row into a record (resolving its codes), refuses
 * a key that appears twice, matches each record to the stored one with its key, and decides
 * create, update or unchanged. A record created or changed may not name an inactive unit. The
 * plan is all or nothing: a commit proceeds only when it has no issue at all.
 *
 * It works in steps: it yields its progress every `every` rows and returns the plan, so that a
 * caller can report progress while a large sheet is checked ({@link drain} runs it to its end).
 */
export function* planImportSteps<TRecord>(
  entity: ExchangeEntity<TRecord>,
  {
    sheet,
    refs,
    stored,
    every = rowsPerStep,
  }: {
    readonly sheet: SheetRead;
    readonly refs: ExchangeRefs;
    readonly stored: StoredLookup<TRecord>;
    readonly every?: number;
  },
): Generator<StepProgress, ImportPlan<TRecord>> {
  const issues: ImportIssue[] = [...sheet.issues];
  const rows: PlannedRow<TRecord>[] = [];
  const firstRowOf = new Map<string, number>();
  const total = sheet.rows.length;
  for (const [index, read] of sheet.rows.entries()) {
    if (index > 0 && index % every === 0) yield { done: index, total };
    const result = entity.read(read, refs);
    if (!result.ok) {
      issues.push(...result.issues);
      continue;
    }
    const key = entity.keyOf(result.record);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      issues.push(rowIssue(read.row, { code: 'duplicate_key', firstRow: first }));
      continue;
    }
    firstRowOf.set(key, read.row);
    const existing = stored.find(key);
    const action: RowAction = !existing
      ? 'create'
      : sameRecord(entity, existing.record, result.record)
        ? 'unchanged'
        : 'update';
    if (action !== 'unchanged') {
      const inactive = entity
        .unitsOf(result.record)
        .filter(({ unitId }) => !stored.unitActive(unitId));
      if (inactive.length > 0) {
        for (const { column } of inactive)
          issues.push(
            cellIssue({
              row: read.row,
              column: { key: column, header: headerOf(entity.columns, column) },
              value: '',
              problem: {
                code: 'inactive_reference',
                value: headerOf(entity.columns, column).id,
              },
            }),
          );
        continue;
      }
    }
    const refusal =
      existing && action === 'update' ? stored.refusal?.(existing, result.record) : null;
    if (refusal) {
      issues.push(rowIssue(read.row, refusal));
      continue;
    }
    rows.push({ row: read.row, record: result.record, action, existingId: existing?.id ?? null });
  }
  yield { done: total, total };
  const counts = { create: 0, update: 0, unchanged: 0 };
  for (const row of rows) counts[row.action] += 1;
  return {
    rowCount: sheet.rowCount,
    rows,
    counts,
    issues: issues.sort((a, b) => rowOf(a) - rowOf(b)),
  };
}

const rowOf = (issue: ImportIssue) => (issue.scope === 'file' ? 0 : issue.row);

/** The report of a dry run or a commit, as the API answers it. */
export type ImportReport = {
  readonly rowCount: number;
  readonly counts: ImportCounts;
  /** How many issues the check found in all. */
  readonly issueCount: number;
  /** The first {@link maxReportedIssues} of them, by row. */
  readonly issues: readonly ImportIssue[];
};

/** The report of a plan (its issues cut to what a page can show). */
export function importReport(plan: ImportPlan<unknown>): ImportReport {
  return {
    rowCount: plan.rowCount,
    counts: plan.counts,
    issueCount: plan.issues.length,
    issues: plan.issues.slice(0, maxReportedIssues),
  };
}
