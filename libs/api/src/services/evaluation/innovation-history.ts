import {
  hasRole,
  resultsVisibleToUnit,
  type Criterion,
  type Outcome,
  type RoundResult,
  type RoundStatus,
} from '@smartcity/domain';
import { listRoundsOfInnovation } from '@smartcity/db';
import type { AuthedContext } from '../../trpc';
import { loadInnovation } from '../innovation/load-innovation';
import { roundResults } from './round-access';

/** An innovation's part in one round, as `evaluation.history` shows it. */
export type HistoryEntry = {
  readonly roundId: string;
  readonly roundName: string;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly roundStatus: RoundStatus;
  readonly rubric: readonly Criterion[];
  /** False while the round runs, for everyone but coordinators and leaders. */
  readonly visible: boolean;
  readonly outcome: Outcome | null;
  readonly notes: string | null;
  readonly lessonsLearned: string | null;
  readonly reconciliationNote: string | null;
  readonly recordedAt: string | null;
  readonly result: RoundResult | null;
  /** The submitted sheets; evaluators are named only to coordinators and leaders. */
  readonly sheets: readonly {
    readonly evaluator: string;
    readonly corrected: boolean;
    readonly scores: readonly { criterion: string; score: number; comment: string }[];
  }[];
};

/**
 * The rounds an innovation was evaluated in, newest first (`evaluation.history`). Scores, notes
 * and outcomes show once the round is closed; coordinators and leaders see them as the round runs.
 */
export async function innovationHistory(
  ctx: AuthedContext,
  input: { readonly id: string },
): Promise<HistoryEntry[]> {
  const innovation = await loadInnovation(ctx, input.id);
  const oversees = hasRole(ctx.auth.actor, ['coordinator', 'leader']);
  const rounds = await listRoundsOfInnovation(ctx.db, innovation.id);
  const entries: HistoryEntry[] = [];
  for (const round of rounds) {
    const visible = oversees || resultsVisibleToUnit(round);
    const [entry] = visible ? await roundResults(ctx, round, innovation.id) : [];
    entries.push({
      roundId: round.id,
      roundName: round.name,
      periodStart: round.periodStart,
      periodEnd: round.periodEnd,
      roundStatus: round.status,
      rubric: round.rubric,
      visible,
      outcome: entry?.outcome ?? null,
      notes: entry?.notes ?? null,
      lessonsLearned: entry?.lessonsLearned ?? null,
      reconciliationNote: entry?.reconciliationNote ?? null,
      recordedAt: entry?.recordedAt ?? null,
      result: entry?.result ?? null,
      sheets: (entry?.sheets ?? []).map((sheet, index) => ({
        evaluator: oversees ? sheet.evaluatorName : `#${index + 1}`,
        corrected: sheet.corrected,
        scores: sheet.scores,
      })),
    });
  }
  return entries;
}
