import { canActForUnit, type Actor } from '../auth/actor';
import { DomainError } from '../errors/domain-error';
import type { Innovation } from './innovation';
import type { EditableSection } from './inputs';
import { isActiveStage, stageIndex } from './vocabulary';

/**
 * Why the actor may not edit this section of this innovation now, or null when they may.
 * Problem first: a section opens when the innovation reaches its stage, so a quick win is not
 * written before the problem is understood. The evaluation section is the coordinator's. A
 * finished (sustained or discontinued) innovation keeps its sections; its profile stays editable
 * while sustained.
 */
export function sectionEditRefusal(
  innovation: Innovation,
  section: EditableSection,
  actor: Actor,
): DomainError | null {
  if (actor.role === 'evaluator' || actor.role === 'leader') {
    return new DomainError('NOT_ALLOWED', 'Your role reads innovations but does not edit them', {
      role: actor.role,
    });
  }
  if (!canActForUnit(actor, innovation.unitId)) {
    return new DomainError('NOT_ALLOWED', 'This innovation belongs to another unit', {
      unitId: innovation.unitId,
    });
  }
  if (section === 'profile') {
    return innovation.stage === 'discontinued'
      ? new DomainError(
          'INVALID_TRANSITION',
          'A discontinued innovation must be reopened before it is edited',
        )
      : null;
  }
  if (section === 'evaluation' && actor.role !== 'coordinator') {
    return new DomainError('NOT_ALLOWED', 'Only a coordinator records the evaluation', { section });
  }
  if (!isActiveStage(innovation.stage)) {
    return new DomainError(
      'INVALID_TRANSITION',
      `The sections of a ${innovation.stage} innovation are closed`,
      {
        stage: innovation.stage,
      },
    );
  }
  if (stageIndex(section) > stageIndex(innovation.stage)) {
    return new DomainError(
      'INVALID_TRANSITION',
      'This section opens when the innovation reaches its stage',
      {
        section,
        stage: innovation.stage,
      },
    );
  }
  return null;
}

/** Who may publish or unpublish: the unit head of the unit, or a coordinator. */
export function canSetPublic(innovation: Innovation, actor: Actor): boolean {
  return (
    actor.role === 'coordinator' ||
    (actor.role === 'unit_head' && canActForUnit(actor, innovation.unitId))
  );
}
