import type { Actor } from '../auth/actor';
import { canSetPublic, sectionEditRefusal } from './editing';
import type { GateContext } from './gates';
import type { Innovation } from './innovation';
import { editableSections, type EditableSection } from './inputs';
import { transition, type TransitionAction } from './transitions';

/** What an actor may do with an innovation now (the SPA shows only these actions). */
export type InnovationPermissions = {
  readonly edit: EditableSection[];
  /** May advance (the gate may still be closed: see `gate`). */
  readonly advance: boolean;
  readonly moveBack: boolean;
  readonly discontinue: boolean;
  readonly reopen: boolean;
  readonly setPublic: boolean;
};

/** The permissions of someone who may do nothing (the public). */
export const noInnovationPermissions: InnovationPermissions = {
  edit: [],
  advance: false,
  moveBack: false,
  discontinue: false,
  reopen: false,
  setPublic: false,
};

/**
 * What the actor may do with the innovation, asked of the same rules that decide the moves: each
 * move is tried with the transition function (a closed gate still counts as allowed, since the
 * user can complete it), each section with `sectionEditRefusal`.
 */
export function innovationPermissions(
  innovation: Innovation,
  {
    actor,
    now,
    context,
  }: { readonly actor: Actor; readonly now: Date; readonly context: GateContext },
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
