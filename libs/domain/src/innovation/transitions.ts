import { canActForUnit, type Actor } from '../auth/actor';
import { DomainError, type DomainErrorDetails } from '../errors/domain-error';
import { gate, type GateContext } from './gates';
import type { Innovation } from './innovation';
import {
  activeStages,
  defaultTahapan,
  isActiveStage,
  stageIndex,
  type ActiveStage,
  type Outcome,
  type Stage,
} from './vocabulary';

/** A move in the lifecycle. */
export type TransitionAction =
  | { readonly type: 'advance' }
  | { readonly type: 'move_back'; readonly to: ActiveStage; readonly reason: string }
  | { readonly type: 'discontinue'; readonly reason: string }
  | { readonly type: 'reopen' };

/** The shortest reason accepted for moving back or discontinuing. */
export const minReasonLength = 10;

/** What a transition records in the event log. */
export type TransitionEvent = {
  readonly action:
    | 'innovation.advanced'
    | 'innovation.moved_back'
    | 'innovation.discontinued'
    | 'innovation.reopened';
  readonly innovationId: string;
  readonly from: Stage;
  readonly to: Stage;
  readonly reason: string | null;
  readonly outcome: Outcome | null;
  readonly actorUserId: string;
  readonly at: string;
};

/** The result of a transition: the new state and its event, or why it was refused. */
export type TransitionResult =
  | { readonly ok: true; readonly innovation: Innovation; readonly event: TransitionEvent }
  | { readonly ok: false; readonly error: DomainError };

/** Whether a move clears the recorded evaluation outcome (see `transition`). */
function clearsOutcome(action: TransitionAction, from: Stage, to: Stage): boolean {
  if (action.type === 'reopen') return true;
  if (action.type !== 'advance') return false;
  return to === 'evaluation' || (from === 'evaluation' && to === 'quick_win');
}

/** Where an evaluation outcome sends the innovation. */
export function stageAfterOutcome(outcome: Outcome): Stage {
  switch (outcome) {
    case 'impactful':
      return 'sustained';
    case 'needs_improvement':
      return 'quick_win';
    case 'not_impactful':
      return 'discontinued';
  }
}

const refuse = (
  code: DomainError['code'],
  message: string,
  details?: DomainErrorDetails,
): TransitionResult => ({
  ok: false,
  error: new DomainError(code, message, details),
});

/** Whether the actor may make this move on this innovation (roles and unit). */
function allowed(innovation: Innovation, action: TransitionAction, actor: Actor): boolean {
  if (actor.role === 'coordinator') return true;
  if (!canActForUnit(actor, innovation.unitId)) return false;
  switch (action.type) {
    case 'advance':
      // Submitting to evaluation is the unit head's; recording the outcome is the coordinator's.
      if (innovation.stage === 'quick_win') return actor.role === 'unit_head';
      return innovation.stage !== 'evaluation';
    case 'move_back':
      return innovation.stage !== 'evaluation';
    case 'discontinue':
      return actor.role === 'unit_head';
    case 'reopen':
      return false;
  }
}

/**
 * The lifecycle's one transition function. Given an innovation, a move, who makes it and when,
 * returns the new state and the event to record, or a domain error:
 *
 * - `advance`: one stage forward, only when the current stage's gate is open
 *   (`STAGE_GATE_NOT_MET` lists what is missing). From evaluation, the recorded outcome decides:
 *   impactful → sustained, needs improvement → back to quick win, not impactful → discontinued.
 * - `move_back`: to any earlier active stage, with a reason; section content is kept.
 * - `discontinue`: from any active stage, with a reason (unit head or coordinator).
 * - `reopen`: a discontinued innovation goes back to the stage it left (coordinator).
 *
 * Unit roles act only on their own unit's innovations (`NOT_ALLOWED` otherwise); coordinators on
 * all. A move the lifecycle does not have is `INVALID_TRANSITION`. The tahapan follows the stage
 * unless a user chose it. Pure: the time comes in as `now`.
 */
export function transition(
  innovation: Innovation,
  action: TransitionAction,
  actor: Actor,
  now: Date,
  context: GateContext,
): TransitionResult {
  const from = innovation.stage;

  // Is the move one the lifecycle has, from here?
  switch (action.type) {
    case 'advance':
    case 'discontinue':
      if (!isActiveStage(from))
        return refuse('INVALID_TRANSITION', `An innovation that is ${from} cannot do this`, {
          from,
        });
      break;
    case 'move_back':
      if (
        !isActiveStage(from) ||
        !isActiveStage(action.to) ||
        stageIndex(action.to) >= stageIndex(from)
      ) {
        return refuse(
          'INVALID_TRANSITION',
          'An innovation can only move back to an earlier stage',
          { from, to: action.to },
        );
      }
      break;
    case 'reopen':
      if (from !== 'discontinued')
        return refuse('INVALID_TRANSITION', 'Only a discontinued innovation can be reopened', {
          from,
        });
      break;
  }

  if (!allowed(innovation, action, actor)) {
    return refuse('NOT_ALLOWED', 'You may not make this move on this innovation', {
      action: action.type,
      from,
    });
  }

  if (
    (action.type === 'move_back' || action.type === 'discontinue') &&
    action.reason.trim().length < minReasonLength
  ) {
    return refuse('VALIDATION', `A reason of at least ${minReasonLength} characters is required`, {
      field: 'reason',
    });
  }

  let to: Stage;
  let outcome: Outcome | null = null;
  switch (action.type) {
    case 'advance': {
      const current = from as ActiveStage;
      const missing = gate(current, innovation.sections, context);
      if (missing.length > 0) {
        return refuse('STAGE_GATE_NOT_MET', 'The stage is not complete yet', {
          stage: current,
          missing,
        });
      }
      if (current === 'evaluation') {
        outcome = innovation.sections.evaluation.outcome ?? null;
        to = outcome ? stageAfterOutcome(outcome) : 'evaluation';
      } else {
        // Every active stage but the evaluation (handled above) has a next one.
        const next = activeStages[stageIndex(current) + 1];
        if (next === undefined) throw new Error(`there is no stage after ${current}`);
        to = next;
      }
      break;
    }
    case 'move_back':
      to = action.to;
      break;
    case 'discontinue':
      to = 'discontinued';
      break;
    case 'reopen':
      to = innovation.discontinuedFrom ?? 'problem';
      break;
  }

  const at = now.toISOString();
  const next: Innovation = {
    ...innovation,
    stage: to,
    discontinuedFrom: to === 'discontinued' ? (from as ActiveStage) : null,
    // Keeps a chosen tahapan; a discontinued innovation keeps the one it had.
    tahapan:
      innovation.tahapanManual || to === 'discontinued' ? innovation.tahapan : defaultTahapan(to),
    // An outcome belongs to one evaluation: it is cleared when a quick win is sent back to be
    // improved, when an innovation is submitted again, and when it is reopened, so that no
    // old verdict can carry a resubmission to `sustained`. Sustained and discontinued keep it.
    sections: clearsOutcome(action, from, to)
      ? {
          ...innovation.sections,
          evaluation: { ...innovation.sections.evaluation, outcome: undefined },
        }
      : innovation.sections,
    version: innovation.version + 1,
    updatedAt: at,
    updatedBy: actor.userId,
  };
  const reason =
    action.type === 'move_back' || action.type === 'discontinue' ? action.reason.trim() : null;
  return {
    ok: true,
    innovation: next,
    event: {
      action:
        action.type === 'advance'
          ? 'innovation.advanced'
          : action.type === 'move_back'
            ? 'innovation.moved_back'
            : action.type === 'discontinue'
              ? 'innovation.discontinued'
              : 'innovation.reopened',
      innovationId: innovation.id,
      from,
      to,
      reason,
      outcome,
      actorUserId: actor.userId,
      at,
    },
  };
}
