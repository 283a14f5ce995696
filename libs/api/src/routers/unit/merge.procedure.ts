import { mergeRefusal, unitManagerRoles, unitMergeInputSchema, type Unit } from '@smartcity/domain';
import {
  appendEvents,
  countMergeConflictsOfInterest,
  mergeUnit,
  type UnitMergeMoves,
} from '@smartcity/db';
import { roleProcedure } from '../../trpc';
import { loadUnit, recordUnitChange } from '../../services/unit/unit-event';

/** The answer of `unit.merge`: the merged unit and its successor as they are now, and what moved. */
export type UnitMergeResponse = {
  readonly unit: Unit;
  readonly successor: Unit;
  readonly moved: UnitMergeMoves;
};

/**
 * `unit.merge` (coordinators): a regency reorganises its offices, so a unit is merged into its
 * successor. In one transaction, after the domain's rules (`mergeRefusal`: not into itself, into
 * an active unit of the same region, once, and without creating conflicts of interest in a round
 * that is not closed), the unit's innovations, action items, programme roles and users move to
 * the successor, the unit becomes inactive pointing to it, and the log records the move: one
 * `unit.merged` event with the ids and counts, and one `innovation.unit_merged` event on each
 * moved innovation's timeline. Signed commitments stay with the merged unit, as history.
 */
export const mergeProcedure = roleProcedure(...unitManagerRoles)
  .input(unitMergeInputSchema)
  .mutation(({ ctx, input }): Promise<UnitMergeResponse> =>
    ctx.db.transaction().execute(async (trx) => {
      const source = await loadUnit(trx, input.id);
      const successor = await loadUnit(trx, input.successorId);
      const conflicts = await countMergeConflictsOfInterest(trx, source.id, successor.id);
      const refusal = mergeRefusal(source, successor, conflicts);
      if (refusal) throw refusal;
      const now = ctx.now();
      const { before, after, moves } = await mergeUnit(
        trx,
        source.id,
        input.version,
        successor.id,
        now,
        ctx.auth.user.id,
      );
      await recordUnitChange(trx, ctx, 'unit.merged', after, {
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
    }),
  );
