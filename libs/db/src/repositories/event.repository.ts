import { stages, type Stage } from '@smartcity/domain';
import { fromJson, toBoolean, toIsoString, toJson, toNumber } from '../adapters/values';
import type { EventRow, Executor } from '../database';

/** An entry of the append-only event log. */
export type AuditEvent = {
  readonly id: number;
  readonly occurredAt: string;
  readonly regionId: string | null;
  readonly actorUserId: string | null;
  readonly actorAddress: string | null;
  readonly entityType: string;
  readonly entityId: string | null;
  readonly action: string;
  readonly before: unknown;
  readonly after: unknown;
};

/** What a caller supplies to append an event. */
export type NewAuditEvent = {
  readonly occurredAt: Date;
  readonly regionId?: string | null;
  readonly actorUserId?: string | null;
  readonly actorAddress?: string | null;
  readonly entityType: string;
  readonly entityId?: string | null;
  readonly action: string;
  readonly before?: unknown;
  readonly after?: unknown;
};

function toAuditEvent(row: EventRow): AuditEvent {
  return {
    id: toNumber(row.id),
    occurredAt: toIsoString(row.occurred_at),
    regionId: row.region_id,
    actorUserId: row.actor_user_id,
    actorAddress: row.actor_address,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    before: fromJson(row.before),
    after: fromJson(row.after),
  };
}

/** The stage named by an event's `before` or `after` document, if it names one. */
function stageIn(document: unknown): Stage | null {
  if (typeof document !== 'object' || document === null) return null;
  const stage = (document as { readonly stage?: unknown }).stage;
  return stages.find((known) => known === stage) ?? null;
}

/** The `innovation.advanced` events among some, with the stages they name. */
function advancesIn(events: readonly NewAuditEvent[]) {
  const advances = [];
  for (const event of events) {
    if (event.entityType !== 'innovation' || event.action !== 'innovation.advanced') continue;
    const fromStage = stageIn(event.before);
    const toStage = stageIn(event.after);
    if (!event.entityId || fromStage === null || toStage === null) continue;
    advances.push({ innovationId: event.entityId, at: event.occurredAt, fromStage, toStage });
  }
  return advances;
}

/**
 * Writes the projections of some events (call with the events, in their transaction): a row of
 * `innovation_advances` per `innovation.advanced` event, attributed to the innovation's unit and
 * dimension (the dashboard's trend reads it; the log keeps the truth).
 */
async function project(db: Executor, events: readonly NewAuditEvent[]): Promise<void> {
  const advances = advancesIn(events);
  const chunkRows = 1000;
  for (let i = 0; i < advances.length; i += chunkRows) {
    const chunk = advances.slice(i, i + chunkRows);
    const owners = await db
      .selectFrom('innovations')
      .select(['id', 'unit_id', 'dimension', 'is_public'])
      .where('id', 'in', [...new Set(chunk.map((a) => a.innovationId))])
      .execute();
    const ownerOf = new Map(owners.map((row) => [row.id, row]));
    const rows = chunk.flatMap((advance) => {
      const owner = ownerOf.get(advance.innovationId);
      return owner
        ? [
            {
              innovation_id: advance.innovationId,
              occurred_at: advance.at.toISOString(),
              from_stage: advance.fromStage,
              to_stage: advance.toStage,
              unit_id: owner.unit_id,
              dimension: owner.dimension,
              is_public: toBoolean(owner.is_public),
            },
          ]
        : [];
    });
    if (rows.length > 0) await db.insertInto('innovation_advances').values(rows).execute();
  }
}

/**
 * Appends one event (and its projection, for an innovation's advance). Call it inside the
 * transaction that makes the change it records.
 */
export async function appendEvent(db: Executor, event: NewAuditEvent): Promise<void> {
  await project(db, [event]);
  await db
    .insertInto('events')
    .values({
      occurred_at: event.occurredAt.toISOString(),
      region_id: event.regionId ?? null,
      actor_user_id: event.actorUserId ?? null,
      actor_address: event.actorAddress ?? null,
      entity_type: event.entityType,
      entity_id: event.entityId ?? null,
      action: event.action,
      before: toJson(event.before),
      after: toJson(event.after),
    })
    .execute();
}

/**
 * Appends many events in order (ids follow the list), in multi-row statements of at most 1,000
 * rows, with their projections. Call it inside the transaction that makes the changes they record.
 */
export async function appendEvents(db: Executor, events: readonly NewAuditEvent[]): Promise<void> {
  const chunkRows = 1000;
  for (let i = 0; i < events.length; i += chunkRows) {
    await db
      .insertInto('events')
      .values(
        events.slice(i, i + chunkRows).map((event) => ({
          occurred_at: event.occurredAt.toISOString(),
          region_id: event.regionId ?? null,
          actor_user_id: event.actorUserId ?? null,
          actor_address: event.actorAddress ?? null,
          entity_type: event.entityType,
          entity_id: event.entityId ?? null,
          action: event.action,
          before: toJson(event.before),
          after: toJson(event.after),
        })),
      )
      .execute();
  }
  await project(db, events);
}

/** The events of one record (or of a whole entity type), oldest first. */
export async function listEvents(
  db: Executor,
  filter: { readonly entityType: string; readonly entityId?: string },
): Promise<AuditEvent[]> {
  let query = db.selectFrom('events').selectAll().where('entity_type', '=', filter.entityType);
  if (filter.entityId !== undefined) query = query.where('entity_id', '=', filter.entityId);
  const rows = await query.orderBy('id').execute();
  return rows.map(toAuditEvent);
}
