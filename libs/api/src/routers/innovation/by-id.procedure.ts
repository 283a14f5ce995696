import {
  byIdInputSchema,
  canSetPublic,
  DomainError,
  editableSections,
  gate,
  isActiveStage,
  sectionEditRefusal,
  transition,
  type Actor,
  type EditableSection,
  type GateContext,
  type Innovation,
  type MissingItem,
  type TransitionAction,
} from '@smartcity/domain';
import {
  findUnitById,
  listAttachments,
  listInnovationTimeline,
  type Attachment,
  type TimelineEntry,
} from '@smartcity/db';
import { publicProcedure } from '../../trpc';
import { loadInnovation } from './load-innovation';
import { gateContextOf } from './transition';

/** What the caller may do with the innovation now (the SPA shows only these actions). */
export type InnovationPermissions = {
  readonly edit: EditableSection[];
  /** May advance (the gate may still be closed: see `gate`). */
  readonly advance: boolean;
  readonly moveBack: boolean;
  readonly discontinue: boolean;
  readonly reopen: boolean;
  readonly setPublic: boolean;
};

/** The answer of `innovation.byId`. */
export type InnovationDetail = {
  readonly innovation: Innovation;
  readonly unit: { readonly id: string; readonly name: string; readonly shortName: string | null };
  readonly files: Attachment[];
  /** Events, newest first (empty for the public). */
  readonly timeline: TimelineEntry[];
  /** What the current stage still misses before it can move on (empty when open or finished). */
  readonly gate: MissingItem[];
  readonly can: InnovationPermissions;
};

const nobody: InnovationPermissions = {
  edit: [],
  advance: false,
  moveBack: false,
  discontinue: false,
  reopen: false,
  setPublic: false,
};

/** Asks the domain what the actor may do: each move is tried (a closed gate still counts as allowed). */
function permissions(
  innovation: Innovation,
  actor: Actor,
  now: Date,
  context: GateContext,
): InnovationPermissions {
  const permitted = (action: TransitionAction) => {
    const result = transition(innovation, action, actor, now, context);
    return result.ok || result.error.code === 'STAGE_GATE_NOT_MET';
  };
  const reason = 'permission probe';
  return {
    edit: editableSections.filter(
      (section) => sectionEditRefusal(innovation, section, actor) === null,
    ),
    advance: permitted({ type: 'advance' }),
    moveBack:
      innovation.stage !== 'problem' && permitted({ type: 'move_back', to: 'problem', reason }),
    discontinue: permitted({ type: 'discontinue', reason }),
    reopen: permitted({ type: 'reopen' }),
    setPublic: canSetPublic(innovation, actor),
  };
}

/**
 * `innovation.byId`: the innovation with its sections, files, timeline, the current gate, and
 * what the caller may do. The public reads published innovations only (others are NOT_FOUND).
 */
export const byIdProcedure = publicProcedure
  .input(byIdInputSchema)
  .query(async ({ ctx, input }): Promise<InnovationDetail> => {
    const session = await ctx.session();
    const auth = session.status === 'valid' ? session.auth : null;
    const innovation = await loadInnovation(ctx, input.id);
    if (!auth && !innovation.isPublic)
      throw new DomainError('NOT_FOUND', 'Innovation not found', { id: input.id });
    const unit = await findUnitById(ctx.db, innovation.unitId);
    if (!unit) throw new DomainError('NOT_FOUND', 'Unit not found', { id: innovation.unitId });
    const context = await gateContextOf(ctx, innovation);
    return {
      innovation,
      unit: { id: unit.id, name: unit.name, shortName: unit.shortName },
      files: await listAttachments(ctx.db, innovation.id),
      timeline: auth ? await listInnovationTimeline(ctx.db, innovation.id) : [],
      gate: isActiveStage(innovation.stage)
        ? gate(innovation.stage, innovation.sections, context)
        : [],
      can: auth ? permissions(innovation, auth.actor, ctx.now(), context) : nobody,
    };
  });
