import {
  activeStages,
  DomainError,
  unitTypes,
  type ActionItemRecord,
  type Innovation,
  type ProgrammeRecord,
  type StoredActionItem,
  type StoredProgramme,
  type UnitRecord,
  type User,
  type UserRecord,
} from '@smartcity/domain';
import { bulkInsert } from '../adapters/bulk-insert';
import { bulkUpdate, type BulkColumn } from '../adapters/bulk-update';
import { fromJson, toBoolean, toJson, toNumber } from '../adapters/values';
import type { Executor } from '../database';
import { actionColumns, insertActions } from './action-item.repository';
import { checkedSection, findInnovationsByIds, innovationColumns } from './innovation.repository';
import { insertProgrammes, programmeColumns } from './programme.repository';
import { runningRoundEntries } from './round-innovation.repository';
import { toUser } from './user.repository';

/**
 * What an import of a spreadsheet reads and writes: the stored records a plan compares with,
 * loaded in a few queries whatever the number of rows, and the bulk writes of a commit (multi-row
 * statements, in chunks, inside the caller's transaction). Every update names the version it
 * read; a row changed meanwhile fails the whole commit with `CONFLICT`.
 */

/** Values per `in (…)` list when records are looked up by many keys. */
const lookupChunk = 500;
/** Rows per multi-row insert. */
const insertChunk = 500;

const chunks = <T>(items: readonly T[], size: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

const uuidShape = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The refusal of a commit when a record changed between the plan and the write. */
function changedMeanwhile(what: string): DomainError {
  return new DomainError('CONFLICT', `A ${what} was changed meanwhile; check the file again`, {
    reason: 'changed_meanwhile',
  });
}

async function updateAll(
  db: Executor,
  {
    what,
    update,
    rows,
  }: {
    readonly what: string;
    readonly update: Parameters<typeof bulkUpdate>[1];
    readonly rows: readonly Readonly<Record<string, unknown>>[];
  },
): Promise<void> {
  const updated = await bulkUpdate(db, update, rows);
  if (updated !== rows.length) throw changedMeanwhile(what);
}

const text = (name: string): BulkColumn => ({ name, type: 'text' });
const integer = (name: string): BulkColumn => ({ name, type: 'integer' });
const bigint = (name: string): BulkColumn => ({ name, type: 'bigint' });
const boolean = (name: string): BulkColumn => ({ name, type: 'boolean' });
const json = (name: string): BulkColumn => ({ name, type: 'json' });
const timestamp = (name: string): BulkColumn => ({ name, type: 'timestamp' });
const versionGuard = integer('version');

// ---------------------------------------------------------------------------------------------
// Units

/** A stored unit as a spreadsheet record, with its id and version. */
export type StoredUnit = {
  readonly id: string;
  readonly version: number;
  readonly record: UnitRecord;
};

/** Every unit of a region, active or not, as spreadsheet records (one query). */
export async function listExchangeUnits(db: Executor, regionId: string): Promise<StoredUnit[]> {
  const rows = await db
    .selectFrom('units')
    .select(['id', 'code', 'name', 'short_name', 'type', 'active', 'version'])
    .where('region_id', '=', regionId)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    record: {
      code: row.code,
      name: row.name,
      shortName: row.short_name,
      type: (unitTypes as readonly string[]).includes(row.type) ? row.type : 'other',
      active: toBoolean(row.active),
    },
  }));
}

/** Inserts imported units of a region. Call inside a transaction. */
export async function insertImportedUnits(
  db: Executor,
  {
    regionId,
    units,
    now,
  }: {
    readonly regionId: string;
    readonly units: readonly { readonly id: string; readonly record: UnitRecord }[];
    readonly now: Date;
  },
): Promise<void> {
  for (const chunk of chunks(units, insertChunk)) {
    await db
      .insertInto('units')
      .values(
        chunk.map(({ id, record }) => ({
          id,
          region_id: regionId,
          code: record.code,
          name: record.name,
          short_name: record.shortName,
          type: record.type,
          active: record.active,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })),
      )
      .execute();
  }
}

/** Updates units from imported records if still at the version read. Call inside a transaction. */
export async function updateImportedUnits(
  db: Executor,
  units: readonly { readonly id: string; readonly version: number; readonly record: UnitRecord }[],
  now: Date,
): Promise<void> {
  await updateAll(db, {
    what: 'unit',
    update: {
      table: 'units',
      keys: [text('id')],
      set: [
        text('name'),
        text('short_name'),
        text('type'),
        boolean('active'),
        integer('version'),
        timestamp('updated_at'),
      ],
      guard: versionGuard,
    },
    rows: units.map(({ id, version, record }) => ({
      id,
      name: record.name,
      short_name: record.shortName,
      type: record.type,
      active: record.active,
      version: version + 1,
      expected_version: version,
      updated_at: now.toISOString(),
    })),
  });
}

// ---------------------------------------------------------------------------------------------
// Users

/** The users with these emails (lower case), in one query per 500 emails. */
export async function findUsersByEmails(db: Executor, emails: readonly string[]): Promise<User[]> {
  const users: User[] = [];
  for (const chunk of chunks([...new Set(emails)], lookupChunk)) {
    const rows = await db.selectFrom('users').selectAll().where('email', 'in', chunk).execute();
    users.push(...rows.map(toUser));
  }
  return users;
}

/** A user an import creates: their record, the password hash and whether they must change it. */
export type NewImportedUser = {
  readonly id: string;
  readonly record: UserRecord;
  /** The argon2 hash of the initial password, or an unusable value (see `unusablePasswordHash`). */
  readonly passwordHash: string;
  readonly mustChangePassword: boolean;
};

/**
 * The password "hash" of an account created without a password: no password verifies against it
 * (it is not an argon2 hash), so the account is usable only once an invitation sets a password.
 */
export const unusablePasswordHash = '!no-password';

/** Inserts imported users. Call inside a transaction. */
export async function insertImportedUsers(
  db: Executor,
  users: readonly NewImportedUser[],
  now: Date,
): Promise<void> {
  for (const chunk of chunks(users, insertChunk)) {
    await db
      .insertInto('users')
      .values(
        chunk.map(({ id, record, passwordHash, mustChangePassword }) => ({
          id,
          name: record.name,
          email: record.email,
          nip: record.nip,
          role: record.role,
          unit_id: record.unitId,
          password_hash: passwordHash,
          active: record.active,
          must_change_password: mustChangePassword,
          created_at: now.toISOString(),
          updated_at: now.toISOString(),
        })),
      )
      .execute();
  }
}

/**
 * Updates users from imported records (name, NIP, role, unit, active; never the email, which is
 * the key, nor the password) if still at the version read. Call inside a transaction.
 */
export async function updateImportedUsers(
  db: Executor,
  users: readonly { readonly id: string; readonly version: number; readonly record: UserRecord }[],
  now: Date,
): Promise<void> {
  await updateAll(db, {
    what: 'user',
    update: {
      table: 'users',
      keys: [text('id')],
      set: [
        text('name'),
        text('nip'),
        text('role'),
        text('unit_id'),
        boolean('active'),
        integer('version'),
        timestamp('updated_at'),
      ],
      guard: versionGuard,
    },
    rows: users.map(({ id, version, record }) => ({
      id,
      name: record.name,
      nip: record.nip,
      role: record.role,
      unit_id: record.unitId,
      active: record.active,
      version: version + 1,
      expected_version: version,
      updated_at: now.toISOString(),
    })),
  });
}

/** Ends every session of these users (their role, unit or access changed). */
export async function deleteSessionsOfUsers(
  db: Executor,
  userIds: readonly string[],
): Promise<void> {
  for (const chunk of chunks([...new Set(userIds)], lookupChunk))
    await db.deleteFrom('sessions').where('user_id', 'in', chunk).execute();
}

// ---------------------------------------------------------------------------------------------
// Innovations

/** A stored innovation as an import finds it: by its external code, or by its id. */
export type StoredInnovation = {
  readonly innovation: Innovation;
  readonly externalCode: string | null;
  /** The evaluation round still running for it, or null (see `runningRoundEntries`). */
  readonly runningRoundId: string | null;
};

/**
 * The ids of the innovations that codes name, by code: an external code, or else an id (an
 * export writes the id of an innovation that has no external code). One query per 500 codes.
 */
export async function findInnovationIdsByCodes(
  db: Executor,
  codes: readonly string[],
): Promise<Map<string, { readonly id: string; readonly externalCode: string | null }>> {
  const found = new Map<string, { readonly id: string; readonly externalCode: string | null }>();
  for (const chunk of chunks([...new Set(codes)], lookupChunk)) {
    const ids = chunk.filter((code) => uuidShape.test(code)).map((code) => code.toLowerCase());
    const rows = await db
      .selectFrom('innovations')
      .select(['id', 'external_code'])
      .where((eb) =>
        ids.length > 0
          ? eb.or([eb('external_code', 'in', chunk), eb('id', 'in', ids)])
          : eb('external_code', 'in', chunk),
      )
      .execute();
    // An external code wins over an id that happens to be written the same way.
    for (const row of rows)
      if (row.external_code !== null && chunk.includes(row.external_code))
        found.set(row.external_code, { id: row.id, externalCode: row.external_code });
    for (const row of rows)
      if (chunk.includes(row.id) && !found.has(row.id))
        found.set(row.id, { id: row.id, externalCode: row.external_code });
  }
  return found;
}

/**
 * The innovations codes name (see {@link findInnovationIdsByCodes}), with their sections and the
 * round running for each, by code: a few queries per 500 codes.
 */
export async function findInnovationsByCodes(
  db: Executor,
  codes: readonly string[],
): Promise<Map<string, StoredInnovation>> {
  const ids = await findInnovationIdsByCodes(db, codes);
  const idList = [...new Set([...ids.values()].map((v) => v.id))];
  const innovations = new Map((await findInnovationsByIds(db, idList)).map((i) => [i.id, i]));
  const running = new Map<string, string>();
  for (const chunk of chunks(idList, lookupChunk)) {
    const rows = await runningRoundEntries(db).where('ri.innovation_id', 'in', chunk).execute();
    for (const row of rows) running.set(row.innovation_id, row.round_id);
  }
  const found = new Map<string, StoredInnovation>();
  for (const [code, { id, externalCode }] of ids) {
    const innovation = innovations.get(id);
    if (innovation)
      found.set(code, { innovation, externalCode, runningRoundId: running.get(id) ?? null });
  }
  return found;
}

/**
 * Inserts imported innovations with their sections and external codes (the tallies, the search
 * index and the monthly activity follow by the triggers), in bulk statements. Call inside a
 * transaction.
 */
export async function insertImportedInnovations(
  db: Executor,
  innovations: readonly { readonly innovation: Innovation; readonly externalCode: string }[],
): Promise<void> {
  await bulkInsert(db, {
    table: 'innovations',
    columns: [
      text('id'),
      ...innovationSet,
      timestamp('created_at'),
      text('created_by'),
      text('external_code'),
    ],
    rows: innovations.map(({ innovation, externalCode }) => ({
      id: innovation.id,
      ...innovationColumns(innovation, innovation.updatedAt),
      created_at: innovation.createdAt,
      created_by: innovation.createdBy,
      external_code: externalCode,
    })),
  });
  await bulkInsert(db, {
    table: 'innovation_sections',
    columns: [text('innovation_id'), text('section'), json('data')],
    rows: innovations.flatMap(({ innovation }) => sectionRows(innovation)),
  });
}

/** The five section rows of an innovation, each validated by its schema. */
const sectionRows = (innovation: Innovation) =>
  activeStages.map((section) => ({
    innovation_id: innovation.id,
    section,
    data: toJson(checkedSection(section, innovation.sections[section])) ?? '{}',
  }));

const innovationSet: readonly BulkColumn[] = [
  text('unit_id'),
  text('title'),
  text('summary'),
  text('dimension'),
  text('element'),
  json('extra_dimensions'),
  boolean('is_public'),
  text('jenis'),
  text('bentuk'),
  text('inisiator'),
  text('tahapan'),
  boolean('tahapan_manual'),
  text('urusan'),
  text('trial_date'),
  text('implementation_date'),
  text('stage'),
  text('discontinued_from'),
  text('problem_statement'),
  text('quick_win_target_date'),
  text('quick_win_status'),
  text('outcome'),
  integer('version'),
  timestamp('updated_at'),
  text('updated_by'),
  timestamp('last_event_at'),
];

/**
 * Writes changed innovations (profile, sections, stage, publication, unit; `last_event_at` now)
 * if each is still at the version read: one statement per 1,000 innovations and one per 1,200
 * sections. Call inside a transaction.
 */
export async function updateImportedInnovations(
  db: Executor,
  rows: readonly { readonly next: Innovation; readonly expectedVersion: number }[],
  now: Date,
): Promise<void> {
  await updateAll(db, {
    what: 'innovation',
    update: { table: 'innovations', keys: [text('id')], set: innovationSet, guard: versionGuard },
    rows: rows.map(({ next, expectedVersion }) => ({
      id: next.id,
      ...innovationColumns(next, now.toISOString()),
      expected_version: expectedVersion,
    })),
  });
  await updateAll(db, {
    what: 'innovation section',
    update: {
      table: 'innovation_sections',
      keys: [text('innovation_id'), text('section')],
      set: [json('data')],
    },
    rows: rows.flatMap(({ next }) => sectionRows(next)),
  });
}

// ---------------------------------------------------------------------------------------------
// Programmes and action items

/** A stored programme with its version. */
export type VersionedProgramme = StoredProgramme & { readonly version: number };

/** The programmes of a masterplan as an import compares them, with their links (two queries). */
export async function listExchangeProgrammes(
  db: Executor,
  masterplanId: string,
): Promise<VersionedProgramme[]> {
  const rows = await db
    .selectFrom('programmes')
    .selectAll()
    .where('masterplan_id', '=', masterplanId)
    .orderBy('id')
    .execute();
  if (rows.length === 0) return [];
  const links = new Map<string, string[]>();
  for (const chunk of chunks(
    rows.map((r) => r.id),
    lookupChunk,
  )) {
    const found = await db
      .selectFrom('programme_innovations')
      .select(['programme_id', 'innovation_id'])
      .where('programme_id', 'in', chunk)
      .orderBy('programme_id')
      .orderBy('innovation_id')
      .execute();
    for (const link of found) {
      const list = links.get(link.programme_id) ?? [];
      list.push(link.innovation_id);
      links.set(link.programme_id, list);
    }
  }
  return rows.map((row) => ({
    id: row.id,
    externalCode: row.external_code,
    version: row.version,
    dimension: row.dimension,
    element: row.element,
    name: row.name,
    description: row.description,
    horizon: row.horizon,
    leadUnitId: row.lead_unit_id,
    supportingUnitIds: (fromJson(row.supporting_unit_ids) as string[] | null) ?? [],
    startYear: row.start_year,
    endYear: row.end_year,
    budget: toNumber(row.budget),
    fundingSource: row.funding_source,
    reference: row.reference,
    innovationIds: links.get(row.id) ?? [],
  }));
}

/** Inserts imported programmes of a masterplan with their links. Call inside a transaction. */
export async function insertImportedProgrammes(
  db: Executor,
  {
    masterplanId,
    programmes,
    now,
    actorUserId,
  }: {
    readonly masterplanId: string;
    readonly programmes: readonly { readonly id: string; readonly record: ProgrammeRecord }[];
    readonly now: Date;
    readonly actorUserId: string;
  },
): Promise<void> {
  await insertProgrammes(db, {
    programmes: programmes.map(({ id, record: { code: _code, ...fields } }) => ({
      id,
      masterplanId,
      ...fields,
    })),
    at: now,
    actorUserId,
    options: { externalCodes: new Map(programmes.map((p) => [p.id, p.record.code])) },
  });
}

/**
 * Updates programmes from imported records if still at the version read, and replaces their
 * linked innovations. Call inside a transaction.
 */
export async function updateImportedProgrammes(
  db: Executor,
  {
    programmes,
    now,
    actorUserId,
  }: {
    readonly programmes: readonly {
      readonly id: string;
      readonly version: number;
      readonly record: ProgrammeRecord;
    }[];
    readonly now: Date;
    readonly actorUserId: string;
  },
): Promise<void> {
  await updateAll(db, {
    what: 'programme',
    update: {
      table: 'programmes',
      keys: [text('id')],
      set: [
        text('dimension'),
        text('element'),
        text('name'),
        text('description'),
        text('horizon'),
        text('lead_unit_id'),
        json('supporting_unit_ids'),
        integer('start_year'),
        integer('end_year'),
        bigint('budget'),
        text('funding_source'),
        text('reference'),
        integer('version'),
        timestamp('updated_at'),
        text('updated_by'),
      ],
      guard: versionGuard,
    },
    rows: programmes.map(
      ({ id, version, record: { code: _code, innovationIds: _links, ...fields } }) => ({
        id,
        ...programmeColumns(fields),
        version: version + 1,
        expected_version: version,
        updated_at: now.toISOString(),
        updated_by: actorUserId,
      }),
    ),
  });
  for (const chunk of chunks(
    programmes.map((p) => p.id),
    lookupChunk,
  ))
    await db.deleteFrom('programme_innovations').where('programme_id', 'in', chunk).execute();
  const links = programmes.flatMap((p) =>
    [...new Set(p.record.innovationIds)].map((innovationId) => ({
      programme_id: p.id,
      innovation_id: innovationId,
    })),
  );
  for (const chunk of chunks(links, insertChunk))
    await db.insertInto('programme_innovations').values(chunk).execute();
}

/** A stored action item with its version. */
export type VersionedActionItem = StoredActionItem & { readonly version: number };

/** The action items of a masterplan's programmes as an import compares them (one query). */
export async function listExchangeActionItems(
  db: Executor,
  masterplanId: string,
): Promise<VersionedActionItem[]> {
  const rows = await db
    .selectFrom('action_items')
    .innerJoin('programmes', 'programmes.id', 'action_items.programme_id')
    .selectAll('action_items')
    .where('programmes.masterplan_id', '=', masterplanId)
    .orderBy('action_items.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    externalCode: row.external_code,
    version: row.version,
    programmeId: row.programme_id,
    activity: row.activity,
    year: row.year,
    ownerUnitId: row.owner_unit_id,
    outputTarget: row.output_target,
    budget: toNumber(row.budget),
    status: row.status,
    progressPercent: row.progress_percent,
  }));
}

/** Inserts imported action items. Call inside a transaction. */
export async function insertImportedActionItems(
  db: Executor,
  {
    actions,
    now,
    actorUserId,
  }: {
    readonly actions: readonly { readonly id: string; readonly record: ActionItemRecord }[];
    readonly now: Date;
    readonly actorUserId: string;
  },
): Promise<void> {
  await insertActions(db, {
    actions: actions.map(({ id, record: { code: _code, ...fields } }) => ({ id, ...fields })),
    at: now,
    actorUserId,
    options: { externalCodes: new Map(actions.map((a) => [a.id, a.record.code])) },
  });
}

/** Updates action items from imported records if still at the version read. */
export async function updateImportedActionItems(
  db: Executor,
  {
    actions,
    now,
    actorUserId,
  }: {
    readonly actions: readonly {
      readonly id: string;
      readonly version: number;
      readonly record: ActionItemRecord;
    }[];
    readonly now: Date;
    readonly actorUserId: string;
  },
): Promise<void> {
  await updateAll(db, {
    what: 'action item',
    update: {
      table: 'action_items',
      keys: [text('id')],
      set: [
        text('programme_id'),
        text('activity'),
        integer('year'),
        text('owner_unit_id'),
        text('output_target'),
        bigint('budget'),
        text('status'),
        integer('progress_percent'),
        integer('version'),
        timestamp('updated_at'),
        text('updated_by'),
      ],
      guard: versionGuard,
    },
    rows: actions.map(({ id, version, record: { code: _code, programmeId, ...fields } }) => ({
      id,
      programme_id: programmeId,
      ...actionColumns(fields),
      version: version + 1,
      expected_version: version,
      updated_at: now.toISOString(),
      updated_by: actorUserId,
    })),
  });
}
