import type { Writable } from 'node:stream';
import {
  actionItemExchange,
  actionItemFactCells,
  actionItemRecordOf,
  defaultStaleDays,
  dimensionKeys,
  DomainError,
  exportColumns,
  exportInputSchemas,
  exportListLabels,
  exportListSlugs,
  hasRole,
  innovationExchange,
  innovationFactCells,
  innovationRecordOf,
  isActionOverdue,
  isStale,
  masterplanProgress,
  programmeExchange,
  programmeFactCells,
  programmeRecordOf,
  progressReportExport,
  recordCode,
  roundResultExport,
  rowCells,
  signatureExport,
  toUnitFilter,
  unitExchange,
  unitRecordOf,
  userExchange,
  userFactCells,
  userRecordOf,
  utcDate,
  type Column,
  type ExchangeCodes,
  type ExportFormat,
  type ExportInput,
  type ExportList,
  type OutCell,
  type Role,
  type Unit,
} from '@smartcity/domain';
import {
  findHomeRegion,
  findInnovationExternalCodes,
  findMasterplan,
  findMasterplanExternalCodes,
  listActions,
  listCommitments,
  listInnovationsForExport,
  listProgrammes,
  listProgressReports,
  listUnits,
  listUsers,
} from '@smartcity/db';
import {
  createContext,
  type ApiDependencies,
  type AuthState,
  type Context,
  type RequestInfo,
} from '../../context';
import { slug } from '../documents/document-format';

import { loadRound, roundResultReaders, roundResults } from '../evaluation/round-access';
import { innovationFilterFor } from '../innovation/list-filter';
import { loadReadableInnovation } from '../innovation/load-innovation';
import { userFilterOf, userListReaders } from '../user/user-list';
import { writeCsv, writeXlsx, type SheetSpec, type WrittenColumn } from './spreadsheet-writer';

/**
 * Exports of the lists people see, as XLSX or CSV downloads (plain HTTP routes in `apps/api`).
 * Each export takes the input of the list it mirrors (without paging), checks the same access
 * and reads the same rows through the same repository code, all of them; the innovations in
 * keyset pages of {@link exportPageSize}, so memory stays bounded. The five importable entities
 * are written exactly as `entity.write(record)` over `exportColumns(entity.columns)` (with their
 * export-only facts), so that an export imports again as the same records.
 */

/** Innovations read per page while an export streams. */
export const exportPageSize = 1000;

export const xlsxContentType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const csvContentType = 'text/csv; charset=utf-8';

/** A download ready to stream: its name, its type, and how to write it. */
export type ExportDownload = {
  readonly filename: string;
  readonly contentType: string;
  /** Streams the file to `out` and ends it. */
  readonly write: (out: Writable) => Promise<void>;
};

/** What an export writes: its columns and its rows (read as they are written). */
type ExportTable = {
  readonly columns: readonly Column[];
  readonly rows: AsyncIterable<readonly OutCell[]> | Iterable<readonly OutCell[]>;
  /** A word naming what was exported, for the file name (a round, an innovation). */
  readonly qualifier?: string;
};

/** The logged-in user, or `UNAUTHENTICATED` (saying whether a session ended), as procedures do. */
async function requireAuth(ctx: Context): Promise<AuthState> {
  const lookup = await ctx.session();
  if (lookup.status !== 'valid') {
    const ended = lookup.status === 'ended';
    throw new DomainError('UNAUTHENTICATED', ended ? 'Your session has ended' : 'Not logged in', {
      reason: ended ? 'session_ended' : 'not_logged_in',
    });
  }
  return lookup.auth;
}

/** The logged-in user if their role is one of `allowed` (`NOT_ALLOWED` otherwise). */
async function requireRole(ctx: Context, allowed: readonly Role[]): Promise<AuthState> {
  const auth = await requireAuth(ctx);
  if (!hasRole(auth.actor, allowed)) {
    throw new DomainError('NOT_ALLOWED', 'Your role may not do this', {
      reason: 'role_not_allowed',
      allowed: [...allowed],
    });
  }
  return auth;
}

/** The width of a column in the XLSX file, by what it holds. */
function widthOf(column: Column): number {
  const header = Math.min(40, Math.max(12, column.header.id.length + 2));
  switch (column.format.type) {
    case 'text':
      return column.format.maxLength >= 1000 ? 50 : column.format.maxLength >= 160 ? 36 : header;
    case 'lines':
      return 50;
    case 'date':
    case 'number':
    case 'boolean':
    case 'choice':
    case 'choices':
    case 'reference':
      return header;
  }
}

/** Every unit by id (inactive ones too: old records name them), and their codes. */
async function unitIndex(ctx: Context): Promise<ReadonlyMap<string, Unit>> {
  const units = await listUnits(ctx.db, null, { search: null, type: null, includeInactive: true });
  return new Map(units.items.map((u) => [u.id, u]));
}

/** Codes for writing: units by their code, programmes and innovations as given (else the id). */
function codesOf(
  units: ReadonlyMap<string, Unit>,
  programmes: ReadonlyMap<string, string | null> = new Map(),
  innovations: ReadonlyMap<string, string | null> = new Map(),
): ExchangeCodes {
  return {
    unit: (id) => units.get(id)?.code ?? id,
    programme: (id) => recordCode(id, programmes.get(id) ?? null),
    innovation: (id) => recordCode(id, innovations.get(id) ?? null),
  };
}

async function innovationsTable(
  ctx: Context,
  input: ExportInput<'innovations'>,
): Promise<ExportTable> {
  const { sort, ...filters } = exportInputSchemas.innovations.parse(input);
  const filter = await innovationFilterFor(ctx, filters);
  const units = await unitIndex(ctx);
  const codes = codesOf(units);
  const columns = exportColumns(innovationExchange.columns);
  const now = ctx.now();
  const staleDays = ctx.staleDays ?? defaultStaleDays;
  const pageAfter = (cursor: string | undefined) => {
    const page = listInnovationsForExport(ctx.db, filter, { sort, limit: exportPageSize, cursor });
    // A download stopped early leaves the page read ahead unread: its failure is nobody's.
    page.catch(() => undefined);
    return page;
  };
  async function* rows() {
    let next: ReturnType<typeof pageAfter> | null = pageAfter(undefined);
    while (next) {
      const page: Awaited<ReturnType<typeof pageAfter>> = await next;
      // The next page is read while this one is written (PostgreSQL works meanwhile).
      next = page.nextCursor === null ? null : pageAfter(page.nextCursor);
      for (const item of page.items) {
        yield rowCells(columns, {
          ...innovationExchange.write(
            innovationRecordOf(item.innovation, item.externalCode),
            codes,
          ),
          ...innovationFactCells({
            unitName: item.unitName,
            updatedAt: item.innovation.updatedAt,
            stale: isStale(
              { stage: item.innovation.stage, lastEventAt: item.lastEventAt },
              now,
              staleDays,
            ),
          }),
        });
      }
    }
  }
  return { columns, rows: rows() };
}

async function unitsTable(ctx: Context, input: ExportInput<'units'>): Promise<ExportTable> {
  const units = await listUnits(ctx.db, null, toUnitFilter(exportInputSchemas.units.parse(input)));
  const columns = exportColumns(unitExchange.columns);
  const codes = codesOf(new Map());
  return {
    columns,
    rows: units.items.map((unit) =>
      rowCells(columns, unitExchange.write(unitRecordOf(unit), codes)),
    ),
  };
}

async function usersTable(ctx: Context, input: ExportInput<'users'>): Promise<ExportTable> {
  await requireRole(ctx, userListReaders);
  const users = await listUsers(ctx.db, userFilterOf(exportInputSchemas.users.parse(input)));
  const codes = codesOf(await unitIndex(ctx));
  const columns = exportColumns(userExchange.columns);
  return {
    columns,
    rows: users.map((user) =>
      rowCells(columns, {
        ...userExchange.write(userRecordOf(user), codes),
        ...userFactCells({ lastLoginAt: user.lastLoginAt }),
      }),
    ),
  };
}

/** The masterplan's programmes and action items with the codes to write them by. */
async function masterplanData(ctx: Context) {
  await requireAuth(ctx);
  const plan = await findMasterplan(ctx.db);
  if (!plan) return null;
  const [programmes, actions, external, units] = await Promise.all([
    listProgrammes(ctx.db, plan.id),
    listActions(ctx.db, plan.id),
    findMasterplanExternalCodes(ctx.db, plan.id),
    unitIndex(ctx),
  ]);
  const innovationCodes = await findInnovationExternalCodes(
    ctx.db,
    programmes.flatMap((p) => p.innovationIds),
  );
  return {
    plan,
    programmes,
    actions,
    external,
    units,
    codes: codesOf(units, external.programmes, innovationCodes),
  };
}

async function programmesTable(ctx: Context): Promise<ExportTable> {
  const data = await masterplanData(ctx);
  const columns = exportColumns(programmeExchange.columns);
  if (!data) return { columns, rows: [] };
  const progress = masterplanProgress(data.programmes, data.actions, dimensionKeys);
  return {
    columns,
    rows: data.programmes.map((p) =>
      rowCells(columns, {
        ...programmeExchange.write(
          programmeRecordOf({
            id: p.id,
            externalCode: data.external.programmes.get(p.id) ?? null,
            dimension: p.dimension,
            element: p.element,
            name: p.name,
            description: p.description,
            horizon: p.horizon,
            leadUnitId: p.leadUnitId,
            supportingUnitIds: p.supportingUnitIds,
            startYear: p.startYear,
            endYear: p.endYear,
            budget: p.budget,
            fundingSource: p.fundingSource,
            reference: p.reference,
            innovationIds: p.innovationIds,
          }),
          data.codes,
        ),
        ...programmeFactCells({ progress: progress.byProgramme.get(p.id) ?? null }),
      }),
    ),
  };
}

async function actionItemsTable(
  ctx: Context,
  input: ExportInput<'action_items'>,
): Promise<ExportTable> {
  const { programmeId } = exportInputSchemas.action_items.parse(input) ?? {};
  const data = await masterplanData(ctx);
  const columns = exportColumns(actionItemExchange.columns);
  if (!data) return { columns, rows: [] };
  const today = utcDate(ctx.now());
  // The list the Rencana Induk pages show: every action item, or one programme's (its drawer).
  const actions =
    programmeId === undefined
      ? data.actions
      : await listActions(ctx.db, data.plan.id, { programmeId });
  return {
    columns,
    rows: actions.map((a) =>
      rowCells(columns, {
        ...actionItemExchange.write(
          actionItemRecordOf({
            id: a.id,
            externalCode: data.external.actions.get(a.id) ?? null,
            programmeId: a.programmeId,
            activity: a.activity,
            year: a.year,
            ownerUnitId: a.ownerUnitId,
            outputTarget: a.outputTarget,
            budget: a.budget,
            status: a.status,
            progressPercent: a.progressPercent,
          }),
          data.codes,
        ),
        ...actionItemFactCells({ overdue: isActionOverdue(a, today) }),
      }),
    ),
  };
}

async function progressReportsTable(
  ctx: Context,
  input: ExportInput<'progress_reports'>,
): Promise<ExportTable> {
  const { innovationId } = exportInputSchemas.progress_reports.parse(input);
  const innovation = await loadReadableInnovation(ctx, innovationId);
  const loggedIn = (await ctx.session()).status === 'valid';
  const [reports, external] = await Promise.all([
    listProgressReports(ctx.db, innovation.id),
    findInnovationExternalCodes(ctx.db, [innovation.id]),
  ]);
  const codes = codesOf(new Map(), new Map(), external);
  const sheet = progressReportExport;
  return {
    columns: sheet.columns,
    qualifier: innovation.title,
    rows: reports.map((report) =>
      rowCells(
        sheet.columns,
        sheet.write(
          {
            innovationId: innovation.id,
            innovationTitle: innovation.title,
            reportDate: report.reportDate,
            progressPercent: report.progressPercent,
            status: report.status,
            narrative: report.narrative,
            kpiActuals: report.kpiActuals,
            decreaseReason: report.decreaseReason,
            // Names of the region's staff are for logged-in users only.
            reportedBy: loggedIn ? report.createdByName : null,
            recordedAt: report.createdAt,
          },
          codes,
        ),
      ),
    ),
  };
}

async function roundResultsTable(
  ctx: Context,
  input: ExportInput<'round_results'>,
): Promise<ExportTable> {
  const { id } = exportInputSchemas.round_results.parse(input);
  await requireRole(ctx, roundResultReaders);
  const round = await loadRound(ctx, id);
  const [entries, units] = await Promise.all([roundResults(ctx, round), unitIndex(ctx)]);
  const external = await findInnovationExternalCodes(
    ctx.db,
    entries.map((e) => e.innovationId),
  );
  const codes = codesOf(units, new Map(), external);
  const sheet = roundResultExport(round.rubric);
  return {
    columns: sheet.columns,
    qualifier: round.name,
    rows: entries.map((entry, index) =>
      rowCells(
        sheet.columns,
        sheet.write(
          {
            // The results table's rank: its place in the ranked order, for scored entries.
            rank: entry.result.score === null ? null : index + 1,
            innovationId: entry.innovationId,
            title: entry.title,
            unitId: entry.unitId,
            unitName: entry.unitName,
            stage: entry.stage,
            assigned: entry.assignments.length,
            submitted: entry.result.evaluators,
            score: entry.result.score,
            verdict: entry.result.verdict,
            disagreement: entry.result.disagreement,
            criterionMeans: Object.fromEntries(
              entry.result.criteria.map((c) => [c.criterion, c.mean]),
            ),
            outcome: entry.outcome,
            recordedAt: entry.recordedAt,
          },
          codes,
        ),
      ),
    ),
  };
}

async function signaturesTable(ctx: Context): Promise<ExportTable> {
  await requireAuth(ctx);
  const sheet = signatureExport;
  const plan = await findMasterplan(ctx.db);
  if (!plan) return { columns: sheet.columns, rows: [] };
  const [commitments, units] = await Promise.all([
    listCommitments(ctx.db, plan.id),
    unitIndex(ctx),
  ]);
  const codes = codesOf(units);
  return {
    columns: sheet.columns,
    rows: commitments.map((c) =>
      rowCells(
        sheet.columns,
        sheet.write({ ...c, unitName: units.get(c.unitId)?.name ?? c.unitId }, codes),
      ),
    ),
  };
}

/** The table of a list for a caller, after the list's own access checks. */
function tableOf(ctx: Context, list: ExportList, input: unknown): Promise<ExportTable> {
  switch (list) {
    case 'innovations':
      return innovationsTable(ctx, input as ExportInput<'innovations'>);
    case 'units':
      return unitsTable(ctx, input as ExportInput<'units'>);
    case 'users':
      return usersTable(ctx, input as ExportInput<'users'>);
    case 'programmes':
      return programmesTable(ctx);
    case 'action_items':
      return actionItemsTable(ctx, input as ExportInput<'action_items'>);
    case 'progress_reports':
      return progressReportsTable(ctx, input as ExportInput<'progress_reports'>);
    case 'round_results':
      return roundResultsTable(ctx, input as ExportInput<'round_results'>);
    case 'signatures':
      return signaturesTable(ctx);
  }
}

/** The file name of an export: the list, what it is of, the region and the day, in ASCII. */
export function exportFilename(name: {
  readonly list: ExportList;
  readonly format: ExportFormat;
  readonly regionName: string | null;
  readonly day: string;
  readonly qualifier?: string | undefined;
}): string {
  const { list, format, regionName, day, qualifier } = name;
  const parts = [
    exportListSlugs[list],
    qualifier === undefined ? null : slug(qualifier, '').slice(0, 40).replace(/-+$/, ''),
    slug(regionName ?? '', 'daerah'),
    day,
  ].filter((part): part is string => part !== null && part !== '');
  return `${parts.join('-')}.${format}`;
}

/**
 * Prepares the export of a list for a request: validates the input against the list's schema
 * (`VALIDATION` with `reason: 'invalid_export_input'`), checks access as the list does
 * (`UNAUTHENTICATED`, `NOT_ALLOWED`, or `NOT_FOUND` for what the caller may not see), and answers
 * the download, whose rows are read only while it is written.
 */
export async function prepareExport(
  deps: ApiDependencies,
  request: RequestInfo,
  asked: { readonly list: ExportList; readonly format: ExportFormat; readonly input: unknown },
): Promise<ExportDownload> {
  const { list, format, input } = asked;
  const parsed = exportInputSchemas[list].safeParse(input);
  if (!parsed.success) {
    throw new DomainError('VALIDATION', 'The export’s filters are not valid', {
      reason: 'invalid_export_input',
      issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    });
  }
  const ctx = createContext(deps, request);
  const table = await tableOf(ctx, list, parsed.data);
  const region = await findHomeRegion(ctx.db);
  const filename = exportFilename({
    list,
    format,
    regionName: region?.name ?? null,
    day: utcDate(ctx.now()),
    qualifier: table.qualifier,
  });
  const columns: WrittenColumn[] = table.columns.map((c) => ({
    header: c.header.id,
    width: widthOf(c),
  }));
  const spec: SheetSpec = { name: exportListLabels[list].id, columns, rows: table.rows };
  return format === 'xlsx'
    ? { filename, contentType: xlsxContentType, write: (out) => writeXlsx(out, [spec], ctx.now()) }
    : { filename, contentType: csvContentType, write: (out) => writeCsv(out, spec) };
}
