import { sql } from 'kysely';
import {
  activeStages,
  hasUnstorableText,
  yearBounds,
  type OutcomeOrNone,
  type QuickWinStatusOrNone,
  DomainError,
  sectionSchemas,
  type ActiveStage,
  type DimensionKey,
  type ElementKey,
  type Innovation,
  type InnovationSort,
  type Jenis,
  type Sections,
  type Stage,
  type Tahapan,
} from '@smartcity/domain';
import { dialectOf } from '../adapters/dialect';
import {
  saveVersioned,
  staleVersionError,
  type StaleVersionDetails,
} from '../adapters/versioned-save';
import { runningRoundEntries } from './round-innovation.repository';
import { innovationTextMatch } from '../adapters/text-search';
import { fromJson, toBoolean, toIsoString, toJson } from '../adapters/values';
import type { InnovationRow, Executor } from '../database';

/** An innovation as lists show it: no sections, with its unit's names. */
export type InnovationSummary = {
  readonly id: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly unitShortName: string | null;
  readonly title: string;
  readonly summary: string;
  readonly dimension: DimensionKey;
  readonly element: ElementKey;
  readonly stage: Stage;
  readonly jenis: Jenis;
  readonly tahapan: Tahapan;
  readonly isPublic: boolean;
  readonly quickWinTargetDate: string | null;
  readonly quickWinStatus: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly lastEventAt: string;
};

/** The filter of {@link listInnovations}, every field optional. */
export type InnovationFilter = {
  readonly unitId?: string | undefined;
  readonly dimension?: DimensionKey | undefined;
  readonly element?: ElementKey | undefined;
  readonly stage?: Stage | undefined;
  readonly jenis?: Jenis | undefined;
  readonly tahapan?: Tahapan | undefined;
  readonly isPublic?: boolean | undefined;
  /** Stale: active stage, last event at or before this instant (the domain's `staleSince`). */
  readonly staleBefore?: Date | undefined;
  /** Quick win (or in evaluation) with a target date before this day (`YYYY-MM-DD`), not done. */
  readonly overdueBefore?: string | undefined;
  /** Registered in this year (UTC). */
  readonly year?: number | undefined;
  /** This evaluation outcome, or `none` for none recorded. */
  readonly outcome?: OutcomeOrNone | undefined;
  /** This quick-win status, or `none` when the section does not say. */
  readonly quickWinStatus?: QuickWinStatusOrNone | undefined;
  /** Only innovations in an active stage (problem to evaluation). */
  readonly active?: boolean | undefined;
  /** Only innovations in no evaluation round still running for them (no outcome yet). */
  readonly notInRunningRound?: boolean | undefined;
  readonly search?: string | undefined;
};

/** A page of innovations: the items, the cursor of the next page, and how many match in all. */
export type InnovationPage = {
  readonly items: InnovationSummary[];
  readonly nextCursor: string | null;
  readonly total: number;
};

function rowToInnovation(row: InnovationRow, sections: Sections): Innovation {
  return {
    id: row.id,
    unitId: row.unit_id,
    title: row.title,
    summary: row.summary,
    dimension: row.dimension,
    element: row.element,
    extraDimensions: (fromJson(row.extra_dimensions) as DimensionKey[] | null) ?? [],
    isPublic: toBoolean(row.is_public),
    jenis: row.jenis,
    bentuk: row.bentuk,
    inisiator: row.inisiator,
    tahapan: row.tahapan,
    tahapanManual: toBoolean(row.tahapan_manual),
    urusan: row.urusan,
    trialDate: row.trial_date,
    implementationDate: row.implementation_date,
    stage: row.stage,
    discontinuedFrom: row.discontinued_from,
    sections,
    version: row.version,
    createdAt: toIsoString(row.created_at),
    createdBy: row.created_by,
    updatedAt: toIsoString(row.updated_at),
    updatedBy: row.updated_by,
  };
}

/**
 * The columns of an innovation's row (search and filter copies included). Exported within the
 * data layer for the import's bulk update (`exchange.repository.ts`).
 */
export function innovationColumns(innovation: Innovation, lastEventAt: string) {
  return {
    unit_id: innovation.unitId,
    title: innovation.title,
    summary: innovation.summary,
    dimension: innovation.dimension,
    element: innovation.element,
    extra_dimensions: toJson(innovation.extraDimensions) ?? '[]',
    is_public: innovation.isPublic,
    jenis: innovation.jenis,
    bentuk: innovation.bentuk,
    inisiator: innovation.inisiator,
    tahapan: innovation.tahapan,
    tahapan_manual: innovation.tahapanManual,
    urusan: innovation.urusan,
    trial_date: innovation.trialDate,
    implementation_date: innovation.implementationDate,
    stage: innovation.stage,
    discontinued_from: innovation.discontinuedFrom,
    problem_statement: innovation.sections.problem.statement ?? null,
    quick_win_target_date: innovation.sections.quick_win.targetDate ?? null,
    quick_win_status: innovation.sections.quick_win.status ?? null,
    outcome: innovation.sections.evaluation.outcome ?? null,
    version: innovation.version,
    updated_at: innovation.updatedAt,
    updated_by: innovation.updatedBy,
    last_event_at: lastEventAt,
  };
}

/** Validates a section against its schema before it is written (and after it is read). */
export function checkedSection(section: ActiveStage, data: unknown): unknown {
  const parsed = sectionSchemas[section].safeParse(data);
  if (!parsed.success) {
    throw new Error(
      `stored ${section} section is invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}`,
    );
  }
  return parsed.data;
}

/** Inserts a new innovation with its five sections. Call inside a transaction. */
export async function insertInnovation(db: Executor, innovation: Innovation): Promise<void> {
  await db
    .insertInto('innovations')
    .values({
      id: innovation.id,
      ...innovationColumns(innovation, innovation.updatedAt),
      created_at: innovation.createdAt,
      created_by: innovation.createdBy,
    })
    .execute();
  await db
    .insertInto('innovation_sections')
    .values(
      activeStages.map((section) => ({
        innovation_id: innovation.id,
        section,
        data: toJson(checkedSection(section, innovation.sections[section])) ?? '{}',
      })),
    )
    .execute();
}

/** Rows per multi-row insert: well under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const insertChunkRows = 500;

/**
 * Inserts many new innovations with their sections, in multi-row statements of at most 500 rows
 * (the demo data and the list benchmark insert up to 100,000). Sections are validated as in
 * {@link insertInnovation}. Call inside a transaction.
 */
export async function insertInnovations(
  db: Executor,
  innovations: readonly Innovation[],
): Promise<void> {
  for (let i = 0; i < innovations.length; i += insertChunkRows) {
    const chunk = innovations.slice(i, i + insertChunkRows);
    await db
      .insertInto('innovations')
      .values(
        chunk.map((innovation) => ({
          id: innovation.id,
          ...innovationColumns(innovation, innovation.updatedAt),
          created_at: innovation.createdAt,
          created_by: innovation.createdBy,
        })),
      )
      .execute();
    const sections = chunk.flatMap((innovation) =>
      activeStages.map((section) => ({
        innovation_id: innovation.id,
        section,
        data: toJson(checkedSection(section, innovation.sections[section])) ?? '{}',
      })),
    );
    for (let j = 0; j < sections.length; j += insertChunkRows * 2) {
      await db
        .insertInto('innovation_sections')
        .values(sections.slice(j, j + insertChunkRows * 2))
        .execute();
    }
  }
}

/** How many innovations the units of a region own. */
export async function countInnovationsInRegion(db: Executor, regionId: string): Promise<number> {
  const row = await db
    .selectFrom('innovations')
    .innerJoin('units', 'units.id', 'innovations.unit_id')
    .where('units.region_id', '=', regionId)
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** The innovation with this id and its sections (validated on read), or undefined. */
export async function findInnovationById(
  db: Executor,
  id: string,
): Promise<Innovation | undefined> {
  const row = await db
    .selectFrom('innovations')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const rows = await db
    .selectFrom('innovation_sections')
    .selectAll()
    .where('innovation_id', '=', id)
    .execute();
  const byName = new Map(rows.map((r) => [r.section, fromJson(r.data)]));
  const sections = Object.fromEntries(
    activeStages.map((section) => [section, checkedSection(section, byName.get(section) ?? {})]),
  ) as unknown as Sections;
  return rowToInnovation(row, sections);
}

/** Ids per query when many innovations are read by id (well under both engines' limits). */
const readChunkIds = 500;

/**
 * The innovations with these ids and their sections (validated on read), in two queries per 500
 * ids; unknown ids are left out. In no particular order.
 */
export async function findInnovationsByIds(
  db: Executor,
  ids: readonly string[],
): Promise<Innovation[]> {
  const found: Innovation[] = [];
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += readChunkIds) {
    const chunk = unique.slice(i, i + readChunkIds);
    const rows = await db.selectFrom('innovations').selectAll().where('id', 'in', chunk).execute();
    if (rows.length === 0) continue;
    const sectionRows = await db
      .selectFrom('innovation_sections')
      .selectAll()
      .where(
        'innovation_id',
        'in',
        rows.map((r) => r.id),
      )
      .execute();
    const byInnovation = new Map<string, Map<string, unknown>>();
    for (const r of sectionRows) {
      let sections = byInnovation.get(r.innovation_id);
      if (!sections) byInnovation.set(r.innovation_id, (sections = new Map<string, unknown>()));
      sections.set(r.section, fromJson(r.data));
    }
    for (const row of rows) {
      const byName = byInnovation.get(row.id) ?? new Map<string, unknown>();
      const sections = Object.fromEntries(
        activeStages.map((section) => [
          section,
          checkedSection(section, byName.get(section) ?? {}),
        ]),
      ) as unknown as Sections;
      found.push(rowToInnovation(row, sections));
    }
  }
  return found;
}

/** The unit an innovation belongs to, or undefined when there is no such innovation. */
export async function findInnovationUnitId(db: Executor, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('innovations')
    .select('unit_id')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.unit_id;
}

/**
 * The external codes of innovations by id (null for those without one): how an export names the
 * innovations a record refers to. Unknown ids are left out.
 */
export async function findInnovationExternalCodes(
  db: Executor,
  ids: readonly string[],
): Promise<Map<string, string | null>> {
  const codes = new Map<string, string | null>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += insertChunkRows) {
    const rows = await db
      .selectFrom('innovations')
      .select(['id', 'external_code'])
      .where('id', 'in', unique.slice(i, i + insertChunkRows))
      .execute();
    for (const row of rows) codes.set(row.id, row.external_code);
  }
  return codes;
}

/** Who last changed an innovation and when: what a `CONFLICT` answer names. */
export async function lastChangeOf(
  db: Executor,
  id: string,
): Promise<{ version: number; updatedAt: string; updatedByName: string | null } | undefined> {
  const row = await db
    .selectFrom('innovations')
    .leftJoin('users', 'users.id', 'innovations.updated_by')
    .select(['innovations.version', 'innovations.updated_at', 'users.name'])
    .where('innovations.id', '=', id)
    .executeTakeFirst();
  return (
    row && { version: row.version, updatedAt: toIsoString(row.updated_at), updatedByName: row.name }
  );
}

/**
 * Writes a changed innovation if its row is still at `expectedVersion` (optimistic concurrency),
 * with the sections named in `sections`. Throws `CONFLICT` (naming who changed it and when) when
 * someone else wrote first, and then changes nothing. Call inside a transaction.
 */
export async function saveInnovation(
  db: Executor,
  {
    next,
    expectedVersion,
    sections,
  }: {
    readonly next: Innovation;
    readonly expectedVersion: number;
    readonly sections: readonly ActiveStage[];
  },
): Promise<void> {
  // The stored version becomes `expectedVersion + 1`, which is `next.version` (the domain bumps it).
  const { version: _next, ...columns } = innovationColumns(next, next.updatedAt);
  await saveVersioned(db, {
    table: 'innovations',
    id: next.id,
    expectedVersion,
    set: columns,
    messages: innovationMessages,
  });
  for (const section of sections) {
    await db
      .updateTable('innovation_sections')
      .set({ data: toJson(checkedSection(section, next.sections[section])) ?? '{}' })
      .where('innovation_id', '=', next.id)
      .where('section', '=', section)
      .execute();
  }
}

const innovationMessages = {
  conflict: ({ updatedBy, updatedAt }: StaleVersionDetails) =>
    `Changed by ${updatedBy ?? 'someone else'} at ${updatedAt}: reload and try again`,
  notFound: 'Innovation not found',
};

/** The `CONFLICT` of a stale write, naming who changed the innovation last and when. */
export async function conflictError(db: Executor, id: string): Promise<DomainError> {
  return staleVersionError(db, { table: 'innovations', id }, innovationMessages);
}

/** Marks that something happened to an innovation without changing it (an attachment). */
export async function touchInnovation(db: Executor, id: string, at: Date): Promise<void> {
  await db
    .updateTable('innovations')
    .set({ last_event_at: at.toISOString() })
    .where('id', '=', id)
    .execute();
}

type Cursor = { readonly k: string; readonly id: string };

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(value: string): Cursor {
  try {
    const parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as Partial<Cursor>;
    // Text PostgreSQL cannot store (NUL, lone surrogates) cannot be a key either: refused here
    // rather than failing in the database.
    if (
      typeof parsed.k === 'string' &&
      typeof parsed.id === 'string' &&
      !hasUnstorableText(parsed.k) &&
      !hasUnstorableText(parsed.id)
    )
      return { k: parsed.k, id: parsed.id };
  } catch {
    // falls through to the error below
  }
  throw new DomainError('VALIDATION', 'Invalid cursor', { field: 'cursor' });
}

/**
 * The key of a cursor of a sort by time: an ISO instant as the lists write them. Anything else
 * (a cursor of the title order, a forged one) would reach PostgreSQL as a malformed timestamp.
 */
function timeKey(cursor: Cursor): string {
  const time = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(cursor.k)
    ? Date.parse(cursor.k)
    : Number.NaN;
  if (Number.isNaN(time) || new Date(time).toISOString() !== cursor.k) {
    throw new DomainError('VALIDATION', 'Invalid cursor', { field: 'cursor' });
  }
  return cursor.k;
}

/**
 * The innovations matching a filter: the one place the filters are written, used by the list
 * (`listInnovations`) and by exports (`listInnovationsForExport`), so a download holds exactly
 * what the list shows.
 */
function filteredInnovations(db: Executor, filter: InnovationFilter) {
  // The equality filters also narrow the full-text match (SQLite); the column filters stay.
  const textMatch = filter.search
    ? innovationTextMatch(dialectOf(db), filter.search, filter)
    : null;
  let query = db.selectFrom('innovations');
  if (filter.unitId) query = query.where('innovations.unit_id', '=', filter.unitId);
  if (filter.dimension) query = query.where('innovations.dimension', '=', filter.dimension);
  if (filter.element) query = query.where('innovations.element', '=', filter.element);
  if (filter.stage) query = query.where('innovations.stage', '=', filter.stage);
  if (filter.jenis) query = query.where('innovations.jenis', '=', filter.jenis);
  if (filter.tahapan) query = query.where('innovations.tahapan', '=', filter.tahapan);
  if (filter.isPublic !== undefined)
    query = query.where('innovations.is_public', '=', filter.isPublic);
  if (filter.staleBefore) {
    query = query
      .where('innovations.stage', 'in', [...activeStages])
      .where('innovations.last_event_at', '<=', filter.staleBefore.toISOString());
  }
  if (filter.overdueBefore) {
    query = query
      .where('innovations.stage', 'in', ['quick_win', 'evaluation'])
      .where('innovations.quick_win_target_date', '<', filter.overdueBefore)
      .where((eb) =>
        eb.or([
          eb('innovations.quick_win_status', 'is', null),
          eb('innovations.quick_win_status', '<>', 'done'),
        ]),
      );
  }
  if (filter.year !== undefined) {
    const { from, to } = yearBounds(filter.year);
    query = query
      .where('innovations.created_at', '>=', from)
      .where('innovations.created_at', '<', to);
  }
  if (filter.outcome !== undefined) {
    query =
      filter.outcome === 'none'
        ? query.where('innovations.outcome', 'is', null)
        : query.where('innovations.outcome', '=', filter.outcome);
  }
  if (filter.quickWinStatus !== undefined) {
    query =
      filter.quickWinStatus === 'none'
        ? query.where('innovations.quick_win_status', 'is', null)
        : query.where('innovations.quick_win_status', '=', filter.quickWinStatus);
  }
  if (filter.active !== undefined) {
    query = filter.active
      ? query.where('innovations.stage', 'in', [...activeStages])
      : query.where('innovations.stage', 'not in', [...activeStages]);
  }
  if (filter.notInRunningRound) {
    query = query.where((eb) =>
      eb.not(
        eb.exists(runningRoundEntries(db).where('ri.innovation_id', '=', eb.ref('innovations.id'))),
      ),
    );
  }
  if (textMatch) query = query.where(textMatch);
  // Text that has no words (only punctuation) matches nothing rather than everything.
  if (filter.search && !textMatch) query = query.where(sql<boolean>`1 = 0`);
  return query;
}

/** Every column of an innovation's row (see {@link InnovationRow}), qualified. */
const innovationRowColumns = [
  'innovations.id',
  'innovations.unit_id',
  'innovations.title',
  'innovations.summary',
  'innovations.dimension',
  'innovations.element',
  'innovations.extra_dimensions',
  'innovations.is_public',
  'innovations.jenis',
  'innovations.bentuk',
  'innovations.inisiator',
  'innovations.tahapan',
  'innovations.tahapan_manual',
  'innovations.urusan',
  'innovations.trial_date',
  'innovations.implementation_date',
  'innovations.stage',
  'innovations.discontinued_from',
  'innovations.problem_statement',
  'innovations.quick_win_target_date',
  'innovations.quick_win_status',
  'innovations.quick_win_progress',
  'innovations.outcome',
  'innovations.external_code',
  'innovations.version',
  'innovations.created_at',
  'innovations.created_by',
  'innovations.updated_at',
  'innovations.updated_by',
  'innovations.last_event_at',
] as const satisfies readonly `innovations.${keyof InnovationRow}`[];

/** A page's order and place: the sort, the page size, and the cursor of the previous page. */
type PageRequest = {
  readonly sort: InnovationSort;
  readonly limit: number;
  readonly cursor?: string | undefined;
};

/**
 * An innovation's five sections as one JSON object, looked up by the row's id: a correlated
 * subquery that both engines answer from the primary key, one row per innovation — whatever the
 * statistics say (an `IN` list of a thousand ids is planned as a full scan by PostgreSQL when the
 * sections table was not analysed yet). SQLite joins the stored JSON texts as they are (the
 * section names are plain words) rather than parsing them again.
 */
function sectionsObject(db: Executor) {
  return dialectOf(db) === 'postgres'
    ? sql<unknown>`(select json_object_agg(s.section, s.data) from innovation_sections s where s.innovation_id = innovations.id)`
    : sql<unknown>`(select '{' || group_concat('"' || s.section || '":' || s.data, ',') || '}' from innovation_sections s where s.innovation_id = innovations.id)`;
}

/**
 * One keyset page of the filtered innovations (with their unit's code and names), in the order
 * asked for, after the cursor; and the cursor of the next page (null on the last).
 */
async function keysetPage(
  db: Executor,
  query: ReturnType<typeof filteredInnovations>,
  { page, withSections = false }: { readonly page: PageRequest; readonly withSections?: boolean },
) {
  const cursor = page.cursor ? decodeCursor(page.cursor) : null;
  let rowsQuery = query
    .innerJoin('units', 'units.id', 'innovations.unit_id')
    // The row's columns by name: `innovations.*` would also carry PostgreSQL's search vector.
    .select(innovationRowColumns)
    .select((withSections ? sectionsObject(db) : sql<unknown>`null`).as('sections'))
    .select([
      'units.code as unit_code',
      'units.name as unit_name',
      'units.short_name as unit_short_name',
    ])
    // The title key as the database computes it: SQLite's lower() folds ASCII only, so a key
    // computed in JavaScript would not match the order and pages would skip rows.
    .select(sql<string>`lower(innovations.title)`.as('title_key'));
  let keyOf: (row: InnovationRow & { readonly title_key: string }) => string;
  switch (page.sort) {
    case 'updated_desc':
    case 'created_desc': {
      // Newest first by a timestamp, the id breaking ties (the same keyset for both orders).
      const column =
        page.sort === 'updated_desc' ? 'innovations.updated_at' : 'innovations.created_at';
      // A row-value comparison, so that both engines seek the (time, id) index to the cursor
      // (with `a < k or (a = k and id < i)` SQLite scans the index from its start: every page
      // costs more than the one before, which an export of every page makes quadratic).
      if (cursor) {
        const k = timeKey(cursor);
        rowsQuery = rowsQuery.where((eb) =>
          eb(eb.refTuple(column, 'innovations.id'), '<', eb.tuple(k, cursor.id)),
        );
      }
      rowsQuery = rowsQuery.orderBy(column, 'desc').orderBy('innovations.id', 'desc');
      keyOf = (row) => toIsoString(page.sort === 'updated_desc' ? row.updated_at : row.created_at);
      break;
    }
    case 'title_asc':
      if (cursor) {
        rowsQuery = rowsQuery.where(
          sql<boolean>`(lower(innovations.title), innovations.id) > (${cursor.k}, ${cursor.id})`,
        );
      }
      rowsQuery = rowsQuery.orderBy(sql`lower(innovations.title)`).orderBy('innovations.id');
      keyOf = (row) => row.title_key;
      break;
  }
  const rows = await rowsQuery.limit(page.limit + 1).execute();
  const more = rows.length > page.limit;
  const pageRows = more ? rows.slice(0, page.limit) : rows;
  const last = pageRows.at(-1);
  return {
    rows: pageRows,
    nextCursor: more && last ? encodeCursor({ k: keyOf(last), id: last.id }) : null,
  };
}

/**
 * One page of innovations matching a filter, in the given order, after the cursor; with the
 * total matching the filter. Cursors are opaque strings (keyset pagination: stable while rows
 * change, fast on any page).
 */
export async function listInnovations(
  db: Executor,
  filter: InnovationFilter,
  page: PageRequest,
): Promise<InnovationPage> {
  const query = filteredInnovations(db, filter);
  const totalRow = await query
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .executeTakeFirstOrThrow();
  const { rows, nextCursor } = await keysetPage(db, query, { page });
  return {
    items: rows.map((row) => ({
      id: row.id,
      unitId: row.unit_id,
      unitName: row.unit_name,
      unitShortName: row.unit_short_name,
      title: row.title,
      summary: row.summary,
      dimension: row.dimension,
      element: row.element,
      stage: row.stage,
      jenis: row.jenis,
      tahapan: row.tahapan,
      isPublic: toBoolean(row.is_public),
      quickWinTargetDate: row.quick_win_target_date,
      quickWinStatus: row.quick_win_status,
      createdAt: toIsoString(row.created_at),
      updatedAt: toIsoString(row.updated_at),
      lastEventAt: toIsoString(row.last_event_at),
    })),
    nextCursor,
    total: Number(totalRow.count),
  };
}

/** An innovation as an export writes it: the whole record, its external code and its unit. */
export type InnovationExportItem = {
  readonly innovation: Innovation;
  readonly externalCode: string | null;
  readonly unitCode: string;
  readonly unitName: string;
  readonly lastEventAt: string;
};

/**
 * One page of whole innovations (with their sections) matching a filter, in the list's order,
 * after the cursor — the same filter and keyset as {@link listInnovations}, without the count.
 * Exports read every matching innovation this way, page after page, so memory stays bounded.
 */
export async function listInnovationsForExport(
  db: Executor,
  filter: InnovationFilter,
  page: PageRequest,
): Promise<{ readonly items: InnovationExportItem[]; readonly nextCursor: string | null }> {
  const { rows, nextCursor } = await keysetPage(db, filteredInnovations(db, filter), {
    page,
    withSections: true,
  });
  return {
    items: rows.map((row) => {
      const stored = (fromJson(row.sections) as Record<string, unknown> | null) ?? {};
      const sections = Object.fromEntries(
        activeStages.map((section) => [section, checkedSection(section, stored[section] ?? {})]),
      ) as unknown as Sections;
      return {
        innovation: rowToInnovation(row, sections),
        externalCode: row.external_code,
        unitCode: row.unit_code,
        unitName: row.unit_name,
        lastEventAt: toIsoString(row.last_event_at),
      };
    }),
    nextCursor,
  };
}

/**
 * Where the published innovations stand: how many there are and their latest change, and the
 * latest change of any innovation or unit (an innovation unpublished changes the latter only). Open
 * data's metadata and cache validators are computed from it.
 */
export async function publishedInnovationsState(db: Executor): Promise<{
  readonly count: number;
  readonly lastPublishedChange: string | null;
  readonly lastChange: string | null;
}> {
  const [published, all, units] = await Promise.all([
    db
      .selectFrom('innovations')
      .where('is_public', '=', true)
      .select((eb) => [
        eb.fn.countAll<number | string>().as('count'),
        eb.fn.max('updated_at').as('last'),
      ])
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('innovations')
      .select((eb) => eb.fn.max('updated_at').as('last'))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('units')
      .select((eb) => eb.fn.max('updated_at').as('last'))
      .executeTakeFirstOrThrow(),
  ]);
  const iso = (value: unknown) =>
    value === null || value === undefined ? null : toIsoString(value as string | Date);
  const lastInnovation = iso(all.last);
  const lastUnit = iso(units.last);
  return {
    count: Number(published.count),
    lastPublishedChange: iso(published.last),
    lastChange:
      lastInnovation === null || (lastUnit !== null && lastUnit > lastInnovation)
        ? lastUnit
        : lastInnovation,
  };
}

/** One entry of an innovation's timeline: an event with the actor's name. */
export type TimelineEntry = {
  readonly id: number;
  readonly occurredAt: string;
  readonly action: string;
  readonly actorName: string | null;
  readonly before: unknown;
  readonly after: unknown;
};

/** The events of an innovation, newest first, with who made them. */
export async function listInnovationTimeline(
  db: Executor,
  id: string,
  limit = 200,
): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('events')
    .leftJoin('users', 'users.id', 'events.actor_user_id')
    .select([
      'events.id',
      'events.occurred_at',
      'events.action',
      'events.before',
      'events.after',
      'users.name',
    ])
    .where('events.entity_type', '=', 'innovation')
    .where('events.entity_id', '=', id)
    .orderBy('events.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    occurredAt: toIsoString(r.occurred_at),
    action: r.action,
    actorName: r.name,
    before: fromJson(r.before),
    after: fromJson(r.after),
  }));
}
