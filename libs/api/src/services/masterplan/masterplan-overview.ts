import {
  dimensionKeys,
  masterplanProgress,
  utcDate,
  isActionOverdue,
  type DimensionKey,
} from '@smartcity/domain';
import {
  findMasterplan,
  listActions,
  listCommitments,
  listProgrammes,
  listStrategies,
  listUnits,
  type ActionItem,
  type Commitment,
  type Masterplan,
  type Programme,
  type Strategy,
} from '@smartcity/db';
import type { Context } from '../../context';

/** A programme with its progress (null without action items). */
export type ProgrammeView = Programme & { readonly progress: number | null };

/** An action item with whether it is overdue. */
export type ActionView = ActionItem & { readonly overdue: boolean };

/** The answer of `masterplan.overview`. */
export type MasterplanOverview = {
  readonly masterplan: Masterplan | null;
  readonly strategies: Strategy[];
  readonly programmes: ProgrammeView[];
  readonly actions: ActionView[];
  readonly progressByDimension: Record<DimensionKey, number | null>;
  /** Standing and withdrawn signatures, and which active units have a standing one. */
  readonly commitments: {
    readonly all: Commitment[];
    readonly signedUnitIds: string[];
    readonly unitCount: number;
  };
};

/**
 * The whole masterplan for the Rencana Induk pages (`masterplan.overview`): the plan, the
 * strategies, programmes with their progress (the budget-weighted mean of their action items),
 * action items (with the overdue ones marked), progress per dimension, and the commitments.
 */
export async function masterplanOverview(ctx: Context): Promise<MasterplanOverview> {
  const masterplan = (await findMasterplan(ctx.db)) ?? null;
  if (!masterplan) {
    return {
      masterplan: null,
      strategies: [],
      programmes: [],
      actions: [],
      progressByDimension: masterplanProgress([], [], dimensionKeys).byDimension,
      commitments: { all: [], signedUnitIds: [], unitCount: 0 },
    };
  }
  const [strategies, programmes, actions, commitments, units] = await Promise.all([
    listStrategies(ctx.db, masterplan.id),
    listProgrammes(ctx.db, masterplan.id),
    listActions(ctx.db, masterplan.id),
    listCommitments(ctx.db, masterplan.id),
    listUnits(ctx.db, masterplan.regionId, { search: null, type: null, includeInactive: false }),
  ]);
  const progress = masterplanProgress(programmes, actions, dimensionKeys);
  const today = utcDate(ctx.now());
  const activeUnitIds = new Set(units.items.map((u) => u.id));
  return {
    masterplan,
    strategies,
    programmes: programmes.map((p) => ({
      ...p,
      progress: progress.byProgramme.get(p.id) ?? null,
    })),
    actions: actions.map((a) => ({ ...a, overdue: isActionOverdue(a, today) })),
    progressByDimension: progress.byDimension,
    commitments: {
      all: commitments,
      signedUnitIds: [
        ...new Set(
          commitments
            .filter((c) => c.withdrawnAt === null && activeUnitIds.has(c.unitId))
            .map((c) => c.unitId),
        ),
      ],
      unitCount: activeUnitIds.size,
    },
  };
}
