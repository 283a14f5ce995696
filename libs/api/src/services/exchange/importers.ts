import { randomUUID } from 'node:crypto';
import {
  actionItemExchange,
  actionItemKey,
  actionItemRecordOf,
  changedFields,
  DomainError,
  importedInnovation,
  innovationExchange,
  innovationImportRefusal,
  innovationRecordOf,
  listValue,
  programmeExchange,
  programmeRecordOf,
  textValue,
  unitExchange,
  userExchange,
  userImportRefusal,
  userRecordOf,
  type ActionItemRecord,
  type ExchangeEntity,
  type ExchangeRefs,
  type ImportEntity,
  type ImportPlan,
  type InnovationRecord,
  type PlannedRow,
  type ProgrammeRecord,
  type SheetRead,
  type StoredLookup,
  type UnitRecord,
  type UserRecord,
} from '@smartcity/domain';
import {
  appendEvents,
  deleteSessionsOfUsers,
  findInnovationIdsByCodes,
  findInnovationsByCodes,
  findMasterplan,
  findUsersByEmails,
  insertImportedActionItems,
  insertImportedInnovations,
  insertImportedProgrammes,
  insertImportedUnits,
  insertImportedUsers,
  listExchangeActionItems,
  listExchangeProgrammes,
  listExchangeUnits,
  unusablePasswordHash,
  updateImportedActionItems,
  updateImportedInnovations,
  updateImportedProgrammes,
  updateImportedUnits,
  updateImportedUsers,
  type Executor as Db,
  type NewAuditEvent,
} from '@smartcity/db';

/**
 * One importer per entity: what a plan needs of the stored data (`prepare`: a few queries for
 * the codes the sheet names) and how a commit writes a plan (`write`: bulk statements in batches,
 * an event per imported record). The rules are the domain's (the entity's columns and checks,
 * `planImport`, the refusal hooks); the importers only load and store.
 */

/** Who imports what, where. */
export type ImportScope = { readonly regionId: string; readonly actorUserId: string };

/** What a commit's writes name in their events, and the passwords hashed before it began. */
export type WriteContext = ImportScope & {
  readonly importId: string;
  readonly filename: string;
  readonly actorAddress: string | null;
  readonly now: Date;
  /** The hash of each new user's initial password, by email (computed outside the transaction). */
  readonly passwordHashes: ReadonlyMap<string, string>;
  /** Called after each batch with the rows written so far. */
  readonly onWritten: (written: number) => void;
};

/** What a plan of an entity needs, and what its write needs of the same load. */
export type Prepared<TRecord> = {
  readonly refs: ExchangeRefs;
  readonly stored: StoredLookup<TRecord>;
  /** Writes the plan's creates and updates, with their events. */
  readonly write: (trx: Db, plan: ImportPlan<TRecord>, context: WriteContext) => Promise<void>;
};

/** An entity's importer. */
export type Importer<TRecord> = {
  readonly entity: ExchangeEntity<TRecord>;
  readonly prepare: (db: Db, sheet: SheetRead, scope: ImportScope) => Promise<Prepared<TRecord>>;
  /**
   * The initial passwords of the records a plan creates, by key, to hash before the commit's
   * transaction begins (argon2 is deliberately slow; a transaction must not wait for it).
   */
  readonly passwordsToHash?: (
    plan: ImportPlan<TRecord>,
  ) => readonly { readonly key: string; readonly password: string }[];
};

/** Rows written per batch (progress moves by these steps). */
const batchRows = 1000;

const batches = <T>(items: readonly T[]): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += batchRows) out.push(items.slice(i, i + batchRows));
  return out;
};

/** The texts a column of the sheet's rows holds (codes to look up). */
const columnTexts = (sheet: SheetRead, key: string): string[] =>
  sheet.rows.flatMap((row) => {
    const value = textValue(row.values, key);
    return value === null ? [] : [value];
  });

const noRefs = {
  unit: () => undefined,
  programme: () => undefined,
  innovation: () => undefined,
  period: null,
} satisfies ExchangeRefs;

/** The region's units by code (refs) and by id (activity), from one query. */
async function unitLookups(db: Db, regionId: string) {
  const units = await listExchangeUnits(db, regionId);
  const byCode = new Map(units.map((u) => [u.record.code, u]));
  const byId = new Map(units.map((u) => [u.id, u]));
  return {
    units,
    byCode,
    unit: (code: string) => {
      const unit = byCode.get(code.trim().toLowerCase()) ?? byCode.get(code.trim());
      return unit && { id: unit.id, active: unit.record.active };
    },
    unitActive: (id: string) => byId.get(id)?.record.active ?? false,
  };
}

/** The planned rows of an action. */
const rowsOf = <TRecord>(plan: ImportPlan<TRecord>, action: 'create' | 'update') =>
  plan.rows.filter((row): row is PlannedRow<TRecord> => row.action === action);

/** An event per imported record: `<entity>.imported`, naming the import, its file and its row. */
function importEvent(
  context: WriteContext,
  record: { readonly entityType: string; readonly entityId: string; readonly row: number },
  change: { readonly before: unknown; readonly after: unknown } | { readonly created: unknown },
): NewAuditEvent {
  const { entityType, entityId, row } = record;
  const source = { importId: context.importId, filename: context.filename, row };
  return {
    occurredAt: context.now,
    regionId: context.regionId,
    actorUserId: context.actorUserId,
    actorAddress: context.actorAddress,
    entityType,
    entityId,
    action: `${entityType}.imported`,
    before: 'created' in change ? null : change.before,
    after:
      'created' in change
        ? { import: source, action: 'create', data: change.created }
        : { import: source, action: 'update', data: change.after },
  };
}

/** The changed fields of two records, as an event's halves. */
const diff = (before: object, after: object) =>
  changedFields(before as Record<string, unknown>, after as Record<string, unknown>);

/** Writes creates then updates in batches, reporting progress, then their events. */
async function writeInBatches<TCreate, TUpdate>(
  trx: Db,
  context: WriteContext,
  work: {
    readonly creates: readonly TCreate[];
    readonly updates: readonly TUpdate[];
    readonly write: {
      readonly create: (batch: TCreate[]) => Promise<void>;
      readonly update: (batch: TUpdate[]) => Promise<void>;
    };
    readonly events: readonly NewAuditEvent[];
  },
): Promise<void> {
  const { creates, updates, write, events } = work;
  let written = 0;
  for (const batch of batches(creates)) {
    await write.create(batch);
    context.onWritten((written += batch.length));
  }
  for (const batch of batches(updates)) {
    await write.update(batch);
    context.onWritten((written += batch.length));
  }
  await appendEvents(trx, events);
}

const unitImporter: Importer<UnitRecord> = {
  entity: unitExchange,
  prepare: async (db, _sheet, scope) => {
    const { byCode } = await unitLookups(db, scope.regionId);
    return {
      refs: noRefs,
      stored: {
        find: (code) => byCode.get(code),
        unitActive: () => true,
      },
      write: async (trx, plan, context) => {
        const creates = rowsOf(plan, 'create').map((r) => ({ id: randomUUID(), row: r }));
        const updates = rowsOf(plan, 'update').map((r) => {
          const stored = byCode.get(r.record.code);
          if (!stored) throw new Error(`the unit ${r.record.code} planned for update is gone`);
          return { id: stored.id, version: stored.version, record: r.record, row: r, stored };
        });
        const events = [
          ...creates.map((c) =>
            importEvent(
              context,
              { entityType: 'unit', entityId: c.id, row: c.row.row },
              { created: c.row.record },
            ),
          ),
          ...updates.map((u) =>
            importEvent(
              context,
              { entityType: 'unit', entityId: u.id, row: u.row.row },
              diff(u.stored.record, u.record),
            ),
          ),
        ];
        await writeInBatches(trx, context, {
          creates,
          updates,
          write: {
            create: (batch) =>
              insertImportedUnits(trx, {
                regionId: context.regionId,
                units: batch.map((c) => ({ id: c.id, record: c.row.record })),
                now: context.now,
              }),
            update: (batch) => updateImportedUnits(trx, batch, context.now),
          },
          events,
        });
      },
    };
  },
};

/** A user record as the event log keeps it: never a password. */
const loggedUser = ({ initialPassword: _password, ...user }: UserRecord) => user;

const userImporter: Importer<UserRecord> = {
  entity: userExchange,
  passwordsToHash: (plan) =>
    rowsOf(plan, 'create').flatMap((r) =>
      r.record.initialPassword === null
        ? []
        : [{ key: r.record.email, password: r.record.initialPassword }],
    ),
  prepare: async (db, sheet, scope) => {
    const units = await unitLookups(db, scope.regionId);
    const emails = columnTexts(sheet, 'email').map((e) => e.trim().toLowerCase());
    const users = new Map((await findUsersByEmails(db, emails)).map((u) => [u.email, u]));
    return {
      refs: { ...noRefs, unit: units.unit },
      stored: {
        find: (email) => {
          const user = users.get(email);
          return user && { id: user.id, record: userRecordOf(user) };
        },
        unitActive: units.unitActive,
        refusal: userImportRefusal(scope.actorUserId),
      },
      write: async (trx, plan, context) => {
        const creates = rowsOf(plan, 'create').map((r) => {
          const password = r.record.initialPassword;
          const hash =
            password === null ? unusablePasswordHash : context.passwordHashes.get(r.record.email);
          // The hashes were computed before the transaction, for the users new at that time.
          if (hash === undefined)
            throw new DomainError('CONFLICT', 'The users changed meanwhile; commit again', {
              reason: 'changed_meanwhile',
            });
          return {
            id: randomUUID(),
            record: r.record,
            passwordHash: hash,
            mustChangePassword: password !== null,
            row: r,
          };
        });
        const updates = rowsOf(plan, 'update').map((r) => {
          const user = users.get(r.record.email);
          if (!user) throw new Error(`the user ${r.record.email} planned for update is gone`);
          return { id: user.id, version: user.version, record: r.record, row: r, user };
        });
        const accessChanged = updates
          .filter(
            (u) =>
              u.user.role !== u.record.role ||
              u.user.unitId !== u.record.unitId ||
              (u.user.active && !u.record.active),
          )
          .map((u) => u.id);
        const events = [
          ...creates.map((c) =>
            importEvent(
              context,
              { entityType: 'user', entityId: c.id, row: c.row.row },
              { created: loggedUser(c.record) },
            ),
          ),
          ...updates.map((u) =>
            importEvent(
              context,
              { entityType: 'user', entityId: u.id, row: u.row.row },
              diff(loggedUser(userRecordOf(u.user)), loggedUser(u.record)),
            ),
          ),
        ];
        await writeInBatches(trx, context, {
          creates,
          updates,
          write: {
            create: (batch) => insertImportedUsers(trx, batch, context.now),
            update: (batch) => updateImportedUsers(trx, batch, context.now),
          },
          events,
        });
        // A change of role, unit or access takes effect at once, as on the Pengguna page.
        await deleteSessionsOfUsers(trx, accessChanged);
      },
    };
  },
};

const innovationImporter: Importer<InnovationRecord> = {
  entity: innovationExchange,
  prepare: async (db, sheet, scope) => {
    const units = await unitLookups(db, scope.regionId);
    const found = await findInnovationsByCodes(db, columnTexts(sheet, 'code'));
    const runningRoundOf = new Map(
      [...found.values()].map((s) => [s.innovation.id, s.runningRoundId] as const),
    );
    return {
      refs: { ...noRefs, unit: units.unit },
      stored: {
        find: (code) => {
          const stored = found.get(code);
          // The record carries the code the sheet matched it by (its external code, or its id).
          return (
            stored && {
              id: stored.innovation.id,
              record: { ...innovationRecordOf(stored.innovation, stored.externalCode), code },
            }
          );
        },
        unitActive: units.unitActive,
        refusal: innovationImportRefusal((id) => runningRoundOf.get(id) ?? null),
      },
      write: async (trx, plan, context) => {
        const meta = { actorUserId: context.actorUserId, now: context.now };
        const creates = rowsOf(plan, 'create').map((r) => ({
          innovation: importedInnovation(r.record, null, { ...meta, id: randomUUID() }),
          externalCode: r.record.code,
          row: r,
        }));
        const updates = rowsOf(plan, 'update').map((r) => {
          const stored = found.get(r.record.code);
          if (!stored)
            throw new Error(`the innovation ${r.record.code} planned for update is gone`);
          return {
            next: importedInnovation(r.record, stored.innovation, {
              ...meta,
              id: stored.innovation.id,
            }),
            expectedVersion: stored.innovation.version,
            before: {
              ...innovationRecordOf(stored.innovation, stored.externalCode),
              code: r.record.code,
            },
            row: r,
          };
        });
        const events = [
          ...creates.map((c) =>
            importEvent(
              context,
              { entityType: 'innovation', entityId: c.innovation.id, row: c.row.row },
              {
                created: c.row.record,
              },
            ),
          ),
          ...updates.map((u) =>
            importEvent(
              context,
              { entityType: 'innovation', entityId: u.next.id, row: u.row.row },
              diff(u.before, u.row.record),
            ),
          ),
        ];
        await writeInBatches(trx, context, {
          creates,
          updates,
          write: {
            create: (batch) => insertImportedInnovations(trx, batch),
            update: (batch) => updateImportedInnovations(trx, batch, context.now),
          },
          events,
        });
      },
    };
  },
};

/** The home masterplan, or refusals for every row when there is none yet. */
async function masterplanOf(db: Db) {
  const plan = await findMasterplan(db);
  return plan ? { id: plan.id, startYear: plan.startYear, endYear: plan.endYear } : null;
}

/** A stored record without its version (which is not part of what a sheet carries). */
const unversioned = <T extends { readonly version: number }>({ version: _version, ...rest }: T) =>
  rest;

/** Finds stored records by their external code, else by their id. */
function byCodeOrId<T extends { readonly id: string; readonly externalCode: string | null }>(
  items: readonly T[],
): (code: string) => T | undefined {
  const byCode = new Map<string, T>();
  for (const item of items) if (item.externalCode !== null) byCode.set(item.externalCode, item);
  const byId = new Map(items.map((item) => [item.id, item]));
  return (code) => byCode.get(code) ?? byId.get(code.toLowerCase());
}

const programmeImporter: Importer<ProgrammeRecord> = {
  entity: programmeExchange,
  prepare: async (db, sheet, scope) => {
    const units = await unitLookups(db, scope.regionId);
    const masterplan = await masterplanOf(db);
    const programmes = masterplan ? await listExchangeProgrammes(db, masterplan.id) : [];
    const find = byCodeOrId(programmes);
    const linked = sheet.rows.flatMap((row) => listValue(row.values, 'innovations'));
    const innovations = await findInnovationIdsByCodes(db, linked);
    return {
      refs: {
        ...noRefs,
        unit: units.unit,
        innovation: (code) => innovations.get(code),
        period: masterplan,
      },
      stored: {
        find: (code) => {
          const stored = find(code);
          return (
            stored && { id: stored.id, record: { ...programmeRecordOf(unversioned(stored)), code } }
          );
        },
        unitActive: units.unitActive,
      },
      write: async (trx, plan, context) => {
        if (!masterplan) return;
        const creates = rowsOf(plan, 'create').map((r) => ({
          id: randomUUID(),
          record: r.record,
          row: r,
        }));
        const updates = rowsOf(plan, 'update').map((r) => {
          const stored = find(r.record.code);
          if (!stored) throw new Error(`the programme ${r.record.code} planned for update is gone`);
          return { id: stored.id, version: stored.version, record: r.record, row: r, stored };
        });
        const events = [
          ...creates.map((c) =>
            importEvent(
              context,
              { entityType: 'programme', entityId: c.id, row: c.row.row },
              { created: c.record },
            ),
          ),
          ...updates.map((u) =>
            importEvent(
              context,
              { entityType: 'programme', entityId: u.id, row: u.row.row },
              diff({ ...programmeRecordOf(unversioned(u.stored)), code: u.record.code }, u.record),
            ),
          ),
        ];
        await writeInBatches(trx, context, {
          creates,
          updates,
          write: {
            create: (batch) =>
              insertImportedProgrammes(trx, {
                masterplanId: masterplan.id,
                programmes: batch,
                now: context.now,
                actorUserId: context.actorUserId,
              }),
            update: (batch) =>
              updateImportedProgrammes(trx, {
                programmes: batch,
                now: context.now,
                actorUserId: context.actorUserId,
              }),
          },
          events,
        });
      },
    };
  },
};

const actionItemImporter: Importer<ActionItemRecord> = {
  entity: actionItemExchange,
  prepare: async (db, _sheet, scope) => {
    const units = await unitLookups(db, scope.regionId);
    const masterplan = await masterplanOf(db);
    const programmes = masterplan ? await listExchangeProgrammes(db, masterplan.id) : [];
    const findProgramme = byCodeOrId(programmes);
    const actions = masterplan ? await listExchangeActionItems(db, masterplan.id) : [];
    const byKey = new Map<string, (typeof actions)[number]>();
    // By the programme and the item's id, then by its external code (which wins).
    for (const a of actions) byKey.set(actionItemKey(a.programmeId, a.id), a);
    for (const a of actions)
      if (a.externalCode !== null) byKey.set(actionItemKey(a.programmeId, a.externalCode), a);
    const stored = (record: ActionItemRecord) =>
      byKey.get(actionItemKey(record.programmeId, record.code)) ??
      byKey.get(actionItemKey(record.programmeId, record.code.toLowerCase()));
    return {
      refs: {
        ...noRefs,
        unit: units.unit,
        programme: (code) => {
          const programme = findProgramme(code);
          return (
            programme && {
              id: programme.id,
              startYear: programme.startYear,
              endYear: programme.endYear,
            }
          );
        },
      },
      stored: {
        find: (key) => {
          const action = byKey.get(key);
          if (!action) return undefined;
          const code = key.slice(key.indexOf('\u0000') + 1);
          return { id: action.id, record: { ...actionItemRecordOf(unversioned(action)), code } };
        },
        unitActive: units.unitActive,
      },
      write: async (trx, plan, context) => {
        const creates = rowsOf(plan, 'create').map((r) => ({
          id: randomUUID(),
          record: r.record,
          row: r,
        }));
        const updates = rowsOf(plan, 'update').map((r) => {
          const action = stored(r.record);
          if (!action) throw new Error('an action item planned for update is gone');
          return { id: action.id, version: action.version, record: r.record, row: r, action };
        });
        const events = [
          ...creates.map((c) =>
            importEvent(
              context,
              { entityType: 'action_item', entityId: c.id, row: c.row.row },
              { created: c.record },
            ),
          ),
          ...updates.map((u) =>
            importEvent(
              context,
              { entityType: 'action_item', entityId: u.id, row: u.row.row },
              diff({ ...actionItemRecordOf(unversioned(u.action)), code: u.record.code }, u.record),
            ),
          ),
        ];
        await writeInBatches(trx, context, {
          creates,
          updates,
          write: {
            create: (batch) =>
              insertImportedActionItems(trx, {
                actions: batch,
                now: context.now,
                actorUserId: context.actorUserId,
              }),
            update: (batch) =>
              updateImportedActionItems(trx, {
                actions: batch,
                now: context.now,
                actorUserId: context.actorUserId,
              }),
          },
          events,
        });
      },
    };
  },
};

/** The importer of each entity (their records' types differ; the service handles them alike). */
export const importers: Readonly<Record<ImportEntity, Importer<unknown>>> = {
  units: unitImporter as unknown as Importer<unknown>,
  users: userImporter as unknown as Importer<unknown>,
  innovations: innovationImporter as unknown as Importer<unknown>,
  programmes: programmeImporter as unknown as Importer<unknown>,
  action_items: actionItemImporter as unknown as Importer<unknown>,
};
