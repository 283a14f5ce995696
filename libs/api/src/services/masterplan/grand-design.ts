import { DomainError, isActionOverdue, masterplanProgress, utcDate } from '@smartcity/domain';
import {
  findMasterplan,
  findUnitById,
  listActions,
  listInnovations,
  listProgrammes,
  type InnovationSummary,
} from '@smartcity/db';
import type { Context } from '../../context';
import type { ActionView, ProgrammeView } from './masterplan-overview';

/** The answer of `masterplan.grandDesign`. */
export type GrandDesign = {
  readonly unitId: string;
  /** Programmes the unit leads or supports, with their progress. */
  readonly programmes: ProgrammeView[];
  /** Action items the unit owns. */
  readonly actions: ActionView[];
  /** The unit's innovations (the quick wins among them by stage). */
  readonly innovations: InnovationSummary[];
};

/** A unit's grand design: its programmes, action items, quick wins and innovations. */
export async function grandDesign(
  ctx: Context,
  input: { readonly id: string },
): Promise<GrandDesign> {
  if (!(await findUnitById(ctx.db, input.id))) {
    throw new DomainError('NOT_FOUND', 'Unit not found', { id: input.id });
  }
  const plan = await findMasterplan(ctx.db);
  const innovations = (
    await listInnovations(ctx.db, { unitId: input.id }, { sort: 'title_asc', limit: 100 })
  ).items;
  if (!plan) return { unitId: input.id, programmes: [], actions: [], innovations };
  const [programmes, allActions] = await Promise.all([
    listProgrammes(ctx.db, plan.id, { unitId: input.id }),
    listActions(ctx.db, plan.id),
  ]);
  const today = utcDate(ctx.now());
  // The unit's programmes' progress counts every item of them, whoever owns it.
  const progress = masterplanProgress(programmes, allActions, []);
  return {
    unitId: input.id,
    programmes: programmes.map((p) => ({
      ...p,
      progress: progress.byProgramme.get(p.id) ?? null,
    })),
    actions: allActions
      .filter((a) => a.ownerUnitId === input.id)
      .map((a) => ({ ...a, overdue: isActionOverdue(a, today) })),
    innovations,
  };
}
