import { mergeRefusal, type Unit, type UnitMergeInput } from '@smartcity/domain';
import {
  appendEvents,
  countMergeConflictsOfInterest,
  mergeUnit,
  type UnitMergeMoves,
} from '@smartcity/db';
import type { AuthedContext } from '../../trpc';
import { loadUnit, recordUnitChange } from './unit-event';

/** The answer of `unit.merge`: the merged unit and its successor as they are now, and what moved. */
export type UnitMergeResponse = {
  readonly unit: Unit;
  readonly successor: Unit;
  readonly moved: UnitMergeMoves;
};

/**
 * Merges a unit into its successor (`unit.merge`), in one transaction, after the domain's rules
 * (`mergeRefusal`): the unit's innovations, action items, programme roles and users move to the
 * successor, the unit becomes inactive pointing to it, and the log records the move (one
 * `unit.merged` event, one `innovation.unit_merged` event per moved innovation).
 */
export function mergeUnitInto(
  ctx: AuthedContext,
  input: UnitMergeInput,
): Promise<UnitMergeResponse> {
  return ctx.db.transaction().execute(async (trx) => {
    const source = await loadUnit(trx, input.id);
    const successor = await loadUnit(trx, input.successorId);
    const conflicts = await countMergeConflictsOfInterest(trx, source.id, successor.id);
    const refusal = mergeRefusal(source, successor, conflicts);
    if (refusal) throw refusal;
    const now = ctx.now();
    const { before, after, moves } = await mergeUnit(trx, {
      sourceId: source.id,
      version: input.version,
      successorId: successor.id,
      now,
      actorUserId: ctx.auth.user.id,
    });
    await recordUnitChange(trx, ctx, {
      action: 'unit.merged',
      unit: after,
      before,
      after: {
        successorUnitId: successor.id,
        moved: {
          innovations: moves.innovationIds.length,
          actionItems: moves.actionItemIds.length,
          programmes: moves.programmeIds.length,
          users: moves.userIds.length,
        },
        ...moves,
      },
    });
    const name = (unit: Unit) => ({ unitId: unit.id, unitName: unit.name });
    await appendEvents(
      trx,
      moves.innovationIds.map((id) => ({
        occurredAt: now,
        regionId: source.regionId,
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'innovation',
        entityId: id,
        action: 'innovation.unit_merged',
        before: name(source),
        after: name(successor),
      })),
    );
    return { unit: after, successor, moved: moves };
  });
}
