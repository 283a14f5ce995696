import { randomUUID } from 'node:crypto';
import {
  correctionRefusal,
  scoringRefusal,
  type Evaluation,
  type ScoreSheet,
} from '@smartcity/domain';
import { appendEvent, findCurrentEvaluation, isAssigned, writeEvaluation } from '@smartcity/db';
import type { AuthedContext } from '../../trpc';
import { loadEntry, loadRound } from './round-access';

/** What an evaluator writes: a draft, a submission, or a correction of a submitted sheet. */
export type SheetWrite =
  | { readonly kind: 'draft' | 'submit'; readonly scores: ScoreSheet }
  | { readonly kind: 'correct'; readonly scores: ScoreSheet; readonly reason: string };

/**
 * Saves, submits or corrects the caller's evaluation of an innovation in a round, after the
 * domain's rules (assigned, round open, sheet valid, submitted ones immutable), with its event.
 */
export async function writeSheet(
  ctx: AuthedContext,
  key: { readonly roundId: string; readonly innovationId: string },
  write: SheetWrite,
): Promise<Evaluation> {
  const round = await loadRound(ctx, key.roundId);
  const full = { ...key, evaluatorId: ctx.auth.user.id };
  const [assigned, current] = await Promise.all([
    isAssigned(ctx.db, full),
    findCurrentEvaluation(ctx.db, full),
  ]);
  // Not assigned: refused below, without telling whether the innovation is in the round.
  const entry = assigned
    ? await loadEntry(ctx, key.roundId, key.innovationId)
    : { unitId: '', outcome: null };
  const refusal =
    write.kind === 'correct'
      ? assigned
        ? correctionRefusal({ round, entry, actor: ctx.auth.actor, current, sheet: write.scores })
        : scoringRefusal({
            round,
            entry,
            actor: ctx.auth.actor,
            assigned: false,
            current,
            sheet: write.scores,
            submit: true,
          })
      : scoringRefusal({
          round,
          entry,
          actor: ctx.auth.actor,
          assigned,
          current,
          sheet: write.scores,
          submit: write.kind === 'submit',
        });
  if (refusal) throw refusal;

  const now = ctx.now();
  const status = write.kind === 'draft' ? 'draft' : 'submitted';
  const updatingDraft = write.kind !== 'correct' && current?.status === 'draft';
  const id = updatingDraft ? current.id : randomUUID();
  const sequence = current === null ? 1 : updatingDraft ? current.sequence : current.sequence + 1;
  const supersedes = write.kind === 'correct' ? (current?.id ?? null) : null;
  const correctionReason = write.kind === 'correct' ? write.reason : null;
  await ctx.db.transaction().execute(async (trx) => {
    await writeEvaluation(
      trx,
      {
        id,
        ...full,
        sequence,
        scores: write.scores,
        status,
        supersedes,
        correctionReason,
        at: now,
      },
      updatingDraft ? current.version : null,
    );
    // Drafts are the evaluator's own working state; the log records submissions and corrections.
    if (write.kind !== 'draft') {
      await appendEvent(trx, {
        occurredAt: now,
        actorUserId: ctx.auth.user.id,
        actorAddress: ctx.clientAddress,
        entityType: 'evaluation',
        entityId: id,
        action: write.kind === 'correct' ? 'evaluation.corrected' : 'evaluation.submitted',
        before: write.kind === 'correct' ? { id: supersedes, scores: current?.scores } : undefined,
        after: { ...key, scores: write.scores, reason: correctionReason },
      });
    }
  });
  return {
    id,
    roundId: key.roundId,
    innovationId: key.innovationId,
    evaluatorId: ctx.auth.user.id,
    scores: write.scores,
    status,
    submittedAt: status === 'submitted' ? now.toISOString() : null,
    supersedes,
    correctionReason,
    version: updatingDraft ? current.version + 1 : 1,
  };
}
