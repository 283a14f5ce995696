import { randomUUID } from 'node:crypto';
import {
  addedUnitIds,
  DomainError,
  inactiveUnitRefusal,
  type ProgrammeCreateInput,
  type ProgrammeUpdateInput,
} from '@smartcity/domain';
import {
  appendEvent,
  findUnitsByIds,
  insertProgrammes,
  saveProgramme,
  unknownReferences,
  type Programme,
} from '@smartcity/db';
import type { Context } from '../../context';
import type { AuthedContext } from '../../trpc';
import { checkProgramme, loadMasterplan, loadProgramme } from './masterplan-access';

/**
 * The units and innovations a programme names must exist, and the units it comes to name (all of
 * them for a new programme; those `current` did not name for a change) must be active.
 */
async function checkReferences(
  ctx: Context,
  input: {
    leadUnitId: string;
    supportingUnitIds: readonly string[];
    innovationIds: readonly string[];
  },
  current: Programme | null,
): Promise<void> {
  const unknown = await unknownReferences(ctx.db, {
    unitIds: [input.leadUnitId, ...input.supportingUnitIds],
    innovationIds: input.innovationIds,
  });
  const [unit] = unknown.unitIds;
  if (unit !== undefined) {
    const field = unit === input.leadUnitId ? 'leadUnitId' : 'supportingUnitIds';
    throw new DomainError('VALIDATION', 'Unknown unit', { field, id: unit });
  }
  const named = (p: { leadUnitId: string; supportingUnitIds: readonly string[] }) => [
    p.leadUnitId,
    ...p.supportingUnitIds,
  ];
  const added = addedUnitIds(current ? named(current) : [], named(input));
  for (const unit of await findUnitsByIds(ctx.db, added)) {
    const field = unit.id === input.leadUnitId ? 'leadUnitId' : 'supportingUnitIds';
    const refusal = inactiveUnitRefusal(unit, field);
    if (refusal) throw refusal;
  }
  const [innovation] = unknown.innovationIds;
  if (innovation !== undefined) {
    throw new DomainError('VALIDATION', 'Unknown innovation', {
      field: 'innovationIds',
      id: innovation,
    });
  }
}

/** Adds a programme to the masterplan, checked against the period (`masterplan.createProgramme`). */
export async function createProgramme(
  ctx: AuthedContext,
  input: ProgrammeCreateInput,
): Promise<Programme> {
  const plan = await loadMasterplan(ctx);
  checkProgramme(plan, input);
  await checkReferences(ctx, input, null);
  const now = ctx.now();
  const programme = { id: randomUUID(), masterplanId: plan.id, ...input };
  await ctx.db.transaction().execute(async (trx) => {
    await insertProgrammes(trx, {
      programmes: [programme],
      at: now,
      actorUserId: ctx.auth.user.id,
    });
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'programme',
      entityId: programme.id,
      action: 'programme.created',
      after: programme,
    });
  });
  return loadProgramme(ctx, programme.id);
}

/** Changes every field of a programme, the linked innovations included (`masterplan.updateProgramme`). */
export async function updateProgramme(
  ctx: AuthedContext,
  input: ProgrammeUpdateInput,
): Promise<Programme> {
  const plan = await loadMasterplan(ctx);
  const current = await loadProgramme(ctx, input.id);
  checkProgramme(plan, input);
  await checkReferences(ctx, input, current);
  const { version, ...fields } = input;
  const next = { ...fields, masterplanId: current.masterplanId };
  const now = ctx.now();
  await ctx.db.transaction().execute(async (trx) => {
    await saveProgramme(trx, {
      programme: next,
      expectedVersion: version,
      at: now,
      actorUserId: ctx.auth.user.id,
    });
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'programme',
      entityId: current.id,
      action: 'programme.updated',
      before: current,
      after: next,
    });
  });
  return loadProgramme(ctx, current.id);
}
