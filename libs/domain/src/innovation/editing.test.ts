import { describe, expect, it } from 'vitest';
import { canSetPublic, sectionEditRefusal } from './editing';
import { editableSections } from './inputs';
import { actorOf, actors, innovationAt, otherUnitId } from './testing/innovation-fixtures';
import { activeStages, stageIndex } from './vocabulary';

const unitSections = ['problem', 'need', 'process', 'quick_win'] as const;

describe('sectionEditRefusal', () => {
  describe('sections open with their stage', () => {
    const cases = activeStages.flatMap((stage) =>
      unitSections.map((section) => [stage, section] as const),
    );

    it.each(cases)(
      'at %s, lets the unit edit %s only if that stage is reached',
      (stage, section) => {
        const innovation = innovationAt(stage);
        for (const actor of [actors.staff, actors.head, actors.coordinator]) {
          const refusal = sectionEditRefusal(innovation, section, actor);
          if (stageIndex(section) <= stageIndex(stage)) {
            expect(refusal).toBeNull();
          } else {
            expect(refusal?.code).toBe('INVALID_TRANSITION');
          }
        }
      },
    );

    it('keeps the quick win closed while the innovation is still a problem', () => {
      const refusal = sectionEditRefusal(innovationAt('problem'), 'quick_win', actors.head);
      expect(refusal?.code).toBe('INVALID_TRANSITION');
      expect(refusal?.details).toEqual({ section: 'quick_win', stage: 'problem' });
    });

    it('lets a unit go back to an earlier section, e.g. the problem during the quick win', () => {
      expect(sectionEditRefusal(innovationAt('quick_win'), 'problem', actors.staff)).toBeNull();
    });
  });

  describe('the evaluation section', () => {
    it('is the coordinator’s during the evaluation', () => {
      expect(
        sectionEditRefusal(innovationAt('evaluation'), 'evaluation', actors.coordinator),
      ).toBeNull();
    });

    it('is refused to the unit, even its head, with NOT_ALLOWED', () => {
      for (const actor of [actors.staff, actors.head]) {
        expect(sectionEditRefusal(innovationAt('evaluation'), 'evaluation', actor)?.code).toBe(
          'NOT_ALLOWED',
        );
      }
    });

    it('does not open before the evaluation, even to a coordinator', () => {
      expect(
        sectionEditRefusal(innovationAt('quick_win'), 'evaluation', actors.coordinator)?.code,
      ).toBe('INVALID_TRANSITION');
    });
  });

  describe('who may edit', () => {
    it.each([
      actors.otherStaff,
      actors.otherHead,
      actors.evaluator,
      actors.leader,
      actorOf('evaluator', otherUnitId),
    ])('refuses every section to $role of $unitId', (actor) => {
      for (const section of editableSections) {
        expect(sectionEditRefusal(innovationAt('evaluation'), section, actor)?.code).toBe(
          'NOT_ALLOWED',
        );
      }
    });

    it('lets a coordinator edit the open sections of another unit’s innovation', () => {
      const innovation = innovationAt('need', { unitId: otherUnitId });
      expect(sectionEditRefusal(innovation, 'need', actors.coordinator)).toBeNull();
      expect(sectionEditRefusal(innovation, 'profile', actors.coordinator)).toBeNull();
    });
  });

  describe('finished innovations', () => {
    it.each(['sustained', 'discontinued'] as const)(
      'closes every lifecycle section of a %s innovation',
      (stage) => {
        for (const section of activeStages) {
          for (const actor of [actors.staff, actors.head, actors.coordinator]) {
            expect(sectionEditRefusal(innovationAt(stage), section, actor)).not.toBeNull();
          }
          expect(sectionEditRefusal(innovationAt(stage), section, actors.coordinator)?.code).toBe(
            'INVALID_TRANSITION',
          );
        }
      },
    );
  });

  describe('the profile', () => {
    it.each([...activeStages, 'sustained'] as const)('is editable at %s', (stage) => {
      for (const actor of [actors.staff, actors.head, actors.coordinator]) {
        expect(sectionEditRefusal(innovationAt(stage), 'profile', actor)).toBeNull();
      }
    });

    it('is closed while the innovation is discontinued', () => {
      for (const actor of [actors.staff, actors.head, actors.coordinator]) {
        expect(sectionEditRefusal(innovationAt('discontinued'), 'profile', actor)?.code).toBe(
          'INVALID_TRANSITION',
        );
      }
    });
  });
});

describe('canSetPublic', () => {
  it('lets the unit head of the unit and coordinators publish', () => {
    expect(canSetPublic(innovationAt('need'), actors.head)).toBe(true);
    expect(canSetPublic(innovationAt('need'), actors.coordinator)).toBe(true);
    expect(canSetPublic(innovationAt('need', { unitId: otherUnitId }), actors.coordinator)).toBe(
      true,
    );
  });

  it('refuses unit staff, heads of other units, evaluators and leaders', () => {
    for (const actor of [
      actors.staff,
      actors.otherHead,
      actors.otherStaff,
      actors.evaluator,
      actors.leader,
      actorOf('unit_head', null),
    ]) {
      expect(canSetPublic(innovationAt('need'), actor)).toBe(false);
    }
  });
});

describe('sectionEditRefusal for reading roles', () => {
  it('tells evaluators and leaders that their role reads but does not edit', () => {
    for (const actor of [actors.evaluator, actors.leader]) {
      const refusal = sectionEditRefusal(innovationAt('problem'), 'problem', actor);
      expect(refusal).toMatchObject({
        code: 'NOT_ALLOWED',
        message: 'Your role reads innovations but does not edit them',
      });
    }
  });
});
