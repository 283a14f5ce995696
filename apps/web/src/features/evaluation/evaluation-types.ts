import type { AppRouter } from '@smartcity/api';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>['evaluation'];

/** A round with its progress, as `evaluation.rounds` answers it. */
export type RoundSummaryDto = Outputs['rounds'][number];

/** The answer of `evaluation.round`: the round and its innovations ranked by score. */
export type RoundDetailDto = Outputs['round'];

/** A round as the SPA receives it. */
export type RoundDto = RoundDetailDto['round'];

/** An innovation of a round: assignments, outcome, aggregated result and submitted sheets. */
export type RoundEntryDto = RoundDetailDto['entries'][number];

/** An assignment in the evaluator's inbox. */
export type InboxItemDto = Outputs['inbox'][number];

/** An evaluator the coordinator may assign. */
export type EvaluatorDto = Outputs['evaluators'][number];

/** An innovation a coordinator may add to a round. */
export type CandidateDto = Outputs['candidates'][number];

/** The evaluator's sheet: the round's rubric and their own evaluation. */
export type SheetDto = Outputs['sheet'];

/** An innovation's part in one round, as `evaluation.history` answers it. */
export type HistoryEntryDto = Outputs['history'][number];
