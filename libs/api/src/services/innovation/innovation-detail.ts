import {
  DomainError,
  gate,
  innovationPermissions,
  isActiveStage,
  noInnovationPermissions,
  type Innovation,
  type InnovationPermissions,
  type MissingItem,
} from '@smartcity/domain';
import {
  findUnitById,
  listAttachments,
  listInnovationTimeline,
  type Attachment,
  type TimelineEntry,
} from '@smartcity/db';
import type { Context } from '../../context';
import { canReadInnovation } from '../auth/request-access';
import { loadInnovation } from './load-innovation';
import { gateContextOf } from './transition';

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

/**
 * The innovation with its sections, files, timeline, the current gate, and what the caller may
 * do (`innovation.byId`). The public reads published innovations only (others are NOT_FOUND).
 */
export async function innovationDetail(
  ctx: Context,
  input: { readonly id: string },
): Promise<InnovationDetail> {
  const session = await ctx.session();
  const auth = session.status === 'valid' ? session.auth : null;
  const innovation = await loadInnovation(ctx, input.id);
  if (!canReadInnovation(session, innovation))
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
    can: auth
      ? innovationPermissions(innovation, { actor: auth.actor, now: ctx.now(), context })
      : noInnovationPermissions,
  };
}
