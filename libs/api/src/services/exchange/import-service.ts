import { createHash, randomUUID } from 'node:crypto';
import {
  DomainError,
  hasRole,
  idSchema,
  importEntitySchema,
  importReport,
  maxImportBytes,
  planImportSteps,
  readSheetSteps,
  type FileProblem,
  type ImportEntity,
  type ImportPlan,
  type ImportRefusalReason,
  type ImportReport,
  type ImportStatus,
  type SheetRead,
  type StepProgress,
} from '@smartcity/domain';
import {
  appendEvent,
  findMasterplan,
  listExchangeProgrammes,
  listExchangeUnits,
  findDataImport,
  findFileContent,
  findHomeRegion,
  insertDataImport,
  markDataImportCommitted,
  storeFileContent,
} from '@smartcity/db';
import type { ApiDependencies, AuthState, RequestInfo } from '../../context';
import { isConcurrentChange, type HttpErrorBody } from '../../errors/error-map';
import { requireCsrfHeader, requireUser } from '../auth/request-access';
import { cleanFilename } from '../evidence/evidence-service';
import { importers, type Importer, type ImportScope } from './importers';
import {
  csvContentType,
  renderCsvTemplate,
  renderXlsxTemplate,
  xlsxContentType,
} from './import-template';
import { readSpreadsheet, sniffSpreadsheet, type SpreadsheetKind } from './spreadsheet-reader';

/**
 * Importing spreadsheets (units, users, innovations, masterplan programmes, action items), for
 * coordinators, in two steps shared by the HTTP routes and any other caller:
 *
 * 1. `checkImport`, the dry run: the file is kept in the content store, read by the entity's
 *    columns and planned against the stored data (create, update, unchanged, or what is wrong
 *    by row and column); the import is recorded as `checked` (clean) or `refused`. Nothing else
 *    changes.
 * 2. `commitImport`: the very file the dry run kept is read again and, in one transaction,
 *    planned again against the data as it is now: with any issue the new report is answered and
 *    nothing changes; otherwise every row is written (with an event each) and the import is
 *    marked `committed`. All or nothing; a second commit is refused.
 *
 * Both report their progress (`reading` the file, `checking` its rows, `writing` them) through
 * a callback, which the HTTP layer streams to the browser.
 */

/** What an import is doing. */
export type ImportPhase = 'reading' | 'checking' | 'writing';

/** How far an import has come in its current phase. */
export type ImportProgress = {
  readonly phase: ImportPhase;
  readonly done: number;
  readonly total: number;
};

/** The answer of a dry run or a commit. */
export type ImportAnswer = {
  readonly importId: string;
  readonly entity: ImportEntity;
  readonly filename: string;
  /** Which step answered. */
  readonly step: 'check' | 'commit';
  /**
   * What the step found: a clean dry run (`checked`), issues (`refused`: a dry run with issues,
   * or a commit whose new check found some and so changed nothing), or `committed`.
   */
  readonly outcome: 'checked' | 'refused' | 'committed';
  /** The import's stored status after the step. */
  readonly status: ImportStatus;
  readonly report: ImportReport;
  /** New users created without an initial password: they need an invitation link. */
  readonly usersWithoutPassword: number;
};

/**
 * The lines of an import's NDJSON answer over HTTP (`apps/api`'s import routes): progress lines,
 * then the report, or an error once the stream has begun.
 */
export type ImportStreamLine =
  | ({ readonly type: 'progress' } & ImportProgress)
  | ({ readonly type: 'report' } & ImportAnswer)
  | {
      readonly type: 'error';
      readonly error: HttpErrorBody['error'];
    };

type OnProgress = (progress: ImportProgress) => void;

/** Lets the event loop run (the progress lines go out) between steps of long work. */
const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

const refused = (
  code: 'NOT_ALLOWED' | 'NOT_FOUND' | 'CONFLICT' | 'VALIDATION',
  message: string,
  reason: ImportRefusalReason,
) => new DomainError(code, message, { reason });

/**
 * The coordinator making an import request, or the refusal: `UNAUTHENTICATED` when not logged in,
 * `NOT_ALLOWED` for other roles (and, for uploads and commits, without the CSRF header).
 */
export async function authorizeImport(
  deps: ApiDependencies,
  request: RequestInfo,
  options: { readonly mutation: boolean },
): Promise<AuthState> {
  if (options.mutation) requireCsrfHeader(request);
  const auth = await requireUser(deps, request);
  if (!hasRole(auth.actor, ['coordinator']))
    throw refused('NOT_ALLOWED', 'Only coordinators import data', 'coordinators_only');
  return auth;
}

/** The entity an import names, or `NOT_FOUND`. */
export function importEntityOf(name: string): ImportEntity {
  const entity = importEntitySchema.safeParse(name);
  if (!entity.success)
    throw refused('NOT_FOUND', 'Nothing of that name can be imported', 'unknown_entity');
  return entity.data;
}

/** A file problem as the refusal an upload gets (413, 415 or 400), with the issue to show. */
function fileRefusal(problem: FileProblem): DomainError {
  // The reader refuses only these four; the header problems are a report's issues.
  const reason: ImportRefusalReason =
    problem.code === 'too_large' ||
    problem.code === 'unsupported_type' ||
    problem.code === 'unreadable' ||
    problem.code === 'empty_file'
      ? problem.code
      : 'unreadable';
  const details = { reason, issue: { scope: 'file', problem } };
  switch (problem.code) {
    case 'too_large':
      return new DomainError('TOO_LARGE', 'The file is larger than 20 MB', details);
    case 'unsupported_type':
      return new DomainError('UNSUPPORTED_TYPE', 'The file is not XLSX or CSV', details);
    case 'unreadable':
    case 'empty_file':
    case 'too_many_rows':
    case 'missing_column':
    case 'unknown_column':
    case 'duplicate_column':
      return new DomainError('VALIDATION', 'The file cannot be read as a spreadsheet', details);
  }
}

/** The region imports go to: the deployment's home region (`NOT_FOUND` before the setup). */
async function homeRegionId(deps: ApiDependencies): Promise<string> {
  const region = await findHomeRegion(deps.db);
  if (!region) throw refused('NOT_FOUND', 'Set up the region first', 'no_region');
  return region.id;
}

const mimeTypes: Readonly<Record<SpreadsheetKind, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
};

/**
 * Reads a file into a sheet by the entity's columns: the bytes (phase `reading`), then the cells
 * by their columns (the first half of `checking`). A file that is no spreadsheet is refused.
 */
async function readFile(
  importer: Importer<unknown>,
  content: Uint8Array,
  onProgress: OnProgress,
): Promise<{ readonly kind: SpreadsheetKind; readonly sheet: SheetRead }> {
  const file = await readSpreadsheet(content, (done, total) =>
    onProgress({ phase: 'reading', done, total }),
  );
  if (!file.ok) throw fileRefusal(file.problem);
  await tick();
  const steps = readSheetSteps(importer.entity.columns, file.table);
  let checked = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { kind: file.kind, sheet: step.value };
    checked = step.value.done;
    onProgress({ phase: 'checking', done: checked, total: step.value.total * 2 });
    await tick();
  }
}

/** Plans a read sheet (the second half of `checking`), yielding to the event loop between steps. */
async function plan(
  importer: Importer<unknown>,
  read: {
    readonly sheet: SheetRead;
    readonly prepared: Awaited<ReturnType<Importer<unknown>['prepare']>>;
  },
  onProgress: OnProgress,
): Promise<ImportPlan<unknown>> {
  const { sheet, prepared } = read;
  const total = sheet.rowCount * 2;
  const steps = planImportSteps(importer.entity, {
    sheet,
    refs: prepared.refs,
    stored: prepared.stored,
  });
  for (;;) {
    const step = steps.next();
    if (step.done) {
      onProgress({ phase: 'checking', done: total, total });
      return step.value;
    }
    onProgress({ phase: 'checking', done: sheet.rowCount + planned(step.value, sheet), total });
    await tick();
  }
}

/** Rows planned so far, scaled to the sheet's row count (unreadable rows are not planned). */
const planned = (step: StepProgress, sheet: SheetRead) =>
  step.total === 0 ? sheet.rowCount : Math.round((step.done / step.total) * sheet.rowCount);

/**
 * The dry run of an import: checks the file and records the import with its report. Refuses, before
 * anything is stored, a file over 20 MB (`TOO_LARGE`), one that is not XLSX or CSV by its bytes
 * (`UNSUPPORTED_TYPE`), and an empty or unreadable one (`VALIDATION`). A readable file with
 * issues (a missing column, bad cells, too many rows) is recorded `refused`, with its issues.
 */
export async function checkImport(
  deps: ApiDependencies,
  request: RequestInfo,
  params: {
    readonly entity: string;
    readonly filename: string;
    readonly content: Uint8Array;
    readonly onProgress?: OnProgress;
  },
): Promise<ImportAnswer> {
  const { onProgress = () => undefined } = params;
  const auth = await authorizeImport(deps, request, { mutation: true });
  const entity = importEntityOf(params.entity);
  const { content } = params;
  if (content.byteLength > maxImportBytes)
    throw fileRefusal({ code: 'too_large', maxBytes: maxImportBytes });
  if (content.byteLength === 0) throw fileRefusal({ code: 'empty_file' });
  const sniffed = sniffSpreadsheet(content);
  if (sniffed !== 'xlsx' && sniffed !== 'csv') throw fileRefusal({ code: 'unsupported_type' });
  const scope: ImportScope = { regionId: await homeRegionId(deps), actorUserId: auth.user.id };
  const importer = importers[entity];

  const { kind, sheet } = await readFile(importer, content, onProgress);
  const prepared = await importer.prepare(deps.db, sheet, scope);
  const result = await plan(importer, { sheet, prepared }, onProgress);
  const report = importReport(result);
  const status = report.issueCount === 0 ? 'checked' : 'refused';
  const id = randomUUID();
  const filename = cleanFilename(params.filename);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const now = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    await storeFileContent(trx, { sha256, mimeType: mimeTypes[kind], content }, now);
    await insertDataImport(
      trx,
      {
        id,
        entity,
        filename,
        sha256,
        status,
        rowCount: report.rowCount,
        errorCount: report.issueCount,
        counts: report.counts,
        issues: report.issues,
        createdBy: auth.user.id,
      },
      now,
    );
    await appendEvent(trx, {
      occurredAt: now,
      regionId: scope.regionId,
      actorUserId: auth.user.id,
      actorAddress: request.clientAddress,
      entityType: 'data_import',
      entityId: id,
      action: 'data_import.checked',
      after: {
        entity,
        filename,
        sha256,
        status,
        rowCount: report.rowCount,
        counts: report.counts,
        issueCount: report.issueCount,
      },
    });
  });
  return {
    importId: id,
    entity,
    filename,
    step: 'check',
    outcome: status,
    status,
    report,
    usersWithoutPassword: 0,
  };
}

/** Thrown inside the commit's transaction to undo it when the new check found issues. */
class CommitRefused extends Error {
  constructor(readonly plan: ImportPlan<unknown>) {
    super('the import has issues now');
  }
}

/** Hashes passwords a few at a time (argon2 runs on the thread pool), reporting each one done. */
async function hashAll(
  deps: ApiDependencies,
  passwords: readonly { readonly key: string; readonly password: string }[],
  onHashed: () => void,
): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    while (next < passwords.length) {
      const item = passwords[next++];
      if (!item) break;
      hashes.set(item.key, await deps.passwords.hash(item.password));
      onHashed();
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, passwords.length) }, worker));
  return hashes;
}

/**
 * Commits a checked import: re-reads its file and, in one transaction, plans it against the
 * current data and writes it all, or nothing. `NOT_FOUND` for an unknown import; `CONFLICT` for
 * one already committed (`already_committed`) or whose dry run had issues (`not_checked`), and
 * when a record changed between the check and the write (`changed_meanwhile`). When the new check
 * finds issues the answer is `refused` with the new report, and nothing changes.
 */
export async function commitImport(
  deps: ApiDependencies,
  request: RequestInfo,
  params: { readonly importId: string; readonly onProgress?: OnProgress },
): Promise<ImportAnswer> {
  const { importId, onProgress = () => undefined } = params;
  const auth = await authorizeImport(deps, request, { mutation: true });
  const id = idSchema.safeParse(importId);
  const record = id.success ? await findDataImport(deps.db, id.data) : undefined;
  if (!record) throw refused('NOT_FOUND', 'Import not found', 'unknown_import');
  if (record.status === 'committed')
    throw refused('CONFLICT', 'This import is already committed', 'already_committed');
  if (record.status !== 'checked')
    throw refused('CONFLICT', 'Only a clean dry run can be committed', 'not_checked');
  const content = (await findFileContent(deps.db, record.sha256))?.content;
  if (!content) throw refused('NOT_FOUND', 'The file of this import is gone', 'unknown_import');
  const scope: ImportScope = { regionId: await homeRegionId(deps), actorUserId: auth.user.id };
  const importer = importers[record.entity];
  const answer = (
    outcome: 'refused' | 'committed',
    result: ImportPlan<unknown>,
    usersWithoutPassword = 0,
  ): ImportAnswer => ({
    importId: record.id,
    entity: record.entity,
    filename: record.filename,
    step: 'commit',
    outcome,
    status: outcome === 'committed' ? 'committed' : record.status,
    report: importReport(result),
    usersWithoutPassword,
  });

  const { sheet } = await readFile(importer, content, onProgress);
  // Passwords are hashed before the transaction (argon2 is deliberately slow), for the users the
  // plan creates now; the transaction plans again and refuses if that changed meanwhile.
  let hashes = new Map<string, string>();
  if (importer.passwordsToHash) {
    const before = await importer.prepare(deps.db, sheet, scope);
    const prePlan = await plan(importer, { sheet, prepared: before }, () => undefined);
    if (prePlan.issues.length > 0) return answer('refused', prePlan);
    const passwords = importer.passwordsToHash(prePlan);
    let hashed = 0;
    hashes = await hashAll(deps, passwords, () =>
      onProgress({
        phase: 'writing',
        done: ++hashed,
        total: passwords.length + prePlan.counts.create + prePlan.counts.update,
      }),
    );
  }
  const now = deps.now();
  try {
    return await deps.db.transaction().execute(async (trx) => {
      const prepared = await importer.prepare(trx, sheet, scope);
      const result = await plan(importer, { sheet, prepared }, onProgress);
      if (result.issues.length > 0) throw new CommitRefused(result);
      if (
        !(await markDataImportCommitted(trx, {
          id: record.id,
          result: { rowCount: result.rowCount, counts: result.counts },
          now,
        }))
      )
        throw refused('CONFLICT', 'This import is already committed', 'already_committed');
      const toWrite = result.counts.create + result.counts.update;
      const offset = hashes.size;
      onProgress({ phase: 'writing', done: offset, total: offset + toWrite });
      await prepared.write(trx, result, {
        ...scope,
        importId: record.id,
        filename: record.filename,
        actorAddress: request.clientAddress,
        now,
        passwordHashes: hashes,
        onWritten: (written) => {
          onProgress({ phase: 'writing', done: offset + written, total: offset + toWrite });
        },
      });
      await appendEvent(trx, {
        occurredAt: now,
        regionId: scope.regionId,
        actorUserId: auth.user.id,
        actorAddress: request.clientAddress,
        entityType: 'data_import',
        entityId: record.id,
        action: 'data_import.committed',
        before: { status: record.status },
        after: {
          status: 'committed',
          entity: record.entity,
          filename: record.filename,
          counts: result.counts,
        },
      });
      const withoutPassword = result.rows.filter(
        (row) =>
          row.action === 'create' &&
          record.entity === 'users' &&
          (row.record as { initialPassword: string | null }).initialPassword === null,
      ).length;
      return answer('committed', result, withoutPassword);
    });
  } catch (error) {
    if (error instanceof CommitRefused) return answer('refused', error.plan);
    // A unique key taken by someone else between the check and the write.
    if (isConcurrentChange(error))
      throw refused(
        'CONFLICT',
        'The data changed meanwhile; check the file again',
        'changed_meanwhile',
      );
    throw error;
  }
}

/** The file names of the templates, by entity (Indonesian, as users keep them). */
const templateNames: Readonly<Record<ImportEntity, string>> = {
  units: 'perangkat-daerah',
  users: 'pengguna',
  innovations: 'inovasi',
  programmes: 'program-rencana-induk',
  action_items: 'rencana-aksi',
};

/** A generated template, ready to send as a download. */
export type ImportTemplate = {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Buffer;
};

/**
 * The template of an entity for coordinators, as XLSX (with the instructions and drop-down lists;
 * reference columns list the region's active units and the masterplan's programmes as they are
 * now) or as CSV (the header row).
 */
export async function importTemplate(
  deps: ApiDependencies,
  request: RequestInfo,
  asked: { readonly entity: string; readonly format: 'xlsx' | 'csv' },
): Promise<ImportTemplate> {
  const { entity: entityName, format } = asked;
  await authorizeImport(deps, request, { mutation: false });
  const entity = importEntityOf(entityName);
  const { entity: exchange } = importers[entity];
  const filename = `templat-${templateNames[entity]}.${format}`;
  if (format === 'csv')
    return { filename, contentType: csvContentType, content: await renderCsvTemplate(exchange) };
  const region = await findHomeRegion(deps.db);
  const units = region ? await listExchangeUnits(deps.db, region.id) : [];
  const masterplan = await findMasterplan(deps.db);
  const programmes = masterplan ? await listExchangeProgrammes(deps.db, masterplan.id) : [];
  const content = await renderXlsxTemplate(exchange, {
    unitCodes: units
      .filter((u) => u.record.active)
      .map((u) => u.record.code)
      .sort(),
    programmeCodes: programmes.map((p) => p.externalCode ?? p.id).sort(),
  });
  return { filename, contentType: xlsxContentType, content };
}
