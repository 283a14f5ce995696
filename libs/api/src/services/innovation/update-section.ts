import {
  applySectionUpdate,
  profileOf,
  sectionEditRefusal,
  type Innovation,
  type UpdateSectionInput,
} from '@smartcity/domain';
import { appendEvent, saveInnovation } from '@smartcity/db';
import type { AuthedContext } from '../../trpc';
import { assertCurrentVersion, assertNoRunningRound } from './load-innovation';

/**
 * Replaces one section (or the profile) of an innovation (`innovation.updateSection`;
 * `ctx.record` is the innovation). A stale version answers `CONFLICT` naming who changed the
 * innovation and when, and changes nothing.
 */
export async function updateSection(
  ctx: AuthedContext & { readonly record: Innovation },
  input: UpdateSectionInput,
): Promise<Innovation> {
  const innovation = ctx.record;
  await assertCurrentVersion(ctx, innovation, input.version);
  const refusal = sectionEditRefusal(innovation, input.section, ctx.auth.actor);
  if (refusal) throw refusal;
  // While a round runs, its evaluation section is the round's to write (the recorded outcome).
  if (input.section === 'evaluation') await assertNoRunningRound(ctx, innovation);
  const now = ctx.now();
  const next = applySectionUpdate(innovation, input, { actorUserId: ctx.auth.user.id, now });
  const before =
    input.section === 'profile' ? profileOf(innovation) : innovation.sections[input.section];
  const after = input.section === 'profile' ? profileOf(next) : next.sections[input.section];
  await ctx.db.transaction().execute(async (trx) => {
    await saveInnovation(trx, {
      next,
      expectedVersion: innovation.version,
      sections: input.section === 'profile' ? [] : [input.section],
    });
    await appendEvent(trx, {
      occurredAt: now,
      actorUserId: ctx.auth.user.id,
      actorAddress: ctx.clientAddress,
      entityType: 'innovation',
      entityId: innovation.id,
      action: 'innovation.section_updated',
      before: { section: input.section, data: before },
      after: { section: input.section, data: after },
    });
  });
  return next;
}
