import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import type { DomainError } from '../errors/domain-error';
import { gate } from './gates';
import type { Innovation } from './innovation';
import { emptySections } from './sections';
import {
  actorOf,
  actors,
  completeSections,
  gateContext,
  innovationAt,
  innovationId,
  now,
  otherUnitId,
  withSection,
} from './testing/innovation-fixtures';
import {
  stageAfterOutcome,
  transition,
  type TransitionAction,
  type TransitionEvent,
  type TransitionResult,
} from './transitions';
import { activeStages, stages, type ActiveStage, type Stage } from './vocabulary';

const advance: TransitionAction = { type: 'advance' };
const reopen: TransitionAction = { type: 'reopen' };
const moveBack = (
  to: ActiveStage,
  reason = 'The problem was not understood',
): TransitionAction => ({
  type: 'move_back',
  to,
  reason,
});
const discontinue = (reason = 'The unit has no budget left'): TransitionAction => ({
  type: 'discontinue',
  reason,
});

/** The successful result, or a failed test naming the refusal. */
function success(result: TransitionResult): { innovation: Innovation; event: TransitionEvent } {
  if (!result.ok) {
    throw new Error(`Expected a transition, got ${result.error.code}: ${result.error.message}`);
  }
  return result;
}

/** The refusal, or a failed test naming the stage it moved to. */
function refusal(result: TransitionResult): DomainError {
  if (result.ok) throw new Error(`Expected a refusal, moved to ${result.innovation.stage}`);
  return result.error;
}

const run = (
  innovation: Innovation,
  {
    action,
    actor,
    reports = 1,
  }: { readonly action: TransitionAction; readonly actor: Actor; readonly reports?: number },
) => transition(innovation, action, actor, now, gateContext(reports));

/** An innovation in evaluation whose recorded outcome is `outcome`. */
const evaluated = (outcome: 'impactful' | 'needs_improvement' | 'not_impactful') =>
  withSection(innovationAt('evaluation'), 'evaluation', {
    outcome,
    notes: 'Evaluators: response times improved but only in one sub-district',
    lessonsLearned: 'Train the clerks first',
  });

const forward: readonly [ActiveStage, Stage, Actor][] = [
  ['problem', 'need', actors.staff],
  ['need', 'process', actors.staff],
  ['process', 'quick_win', actors.head],
  ['quick_win', 'evaluation', actors.head],
];

describe('transition', () => {
  describe('advance', () => {
    it('moves exactly one stage, bumps the version and records who, when and the event', () => {
      const before = innovationAt('problem', { version: 7 });
      const { innovation, event } = success(run(before, { action: advance, actor: actors.staff }));
      expect(innovation).toEqual({
        ...before,
        stage: 'need',
        version: 8,
        updatedAt: '2025-06-15T08:30:00.000Z',
        updatedBy: actors.staff.userId,
      });
      expect(event).toEqual({
        action: 'innovation.advanced',
        innovationId,
        from: 'problem',
        to: 'need',
        reason: null,
        outcome: null,
        actorUserId: actors.staff.userId,
        at: now.toISOString(),
      });
    });

    it.each(forward)('moves a complete %s to %s', (from, to, actor) => {
      const before = innovationAt(from);
      const { innovation, event } = success(run(before, { action: advance, actor }));
      expect(innovation.stage).toBe(to);
      expect(innovation.version).toBe(before.version + 1);
      // Entering evaluation starts without a verdict; otherwise the sections are untouched.
      expect(innovation.sections).toEqual(
        to === 'evaluation'
          ? {
              ...before.sections,
              evaluation: { ...before.sections.evaluation, outcome: undefined },
            }
          : before.sections,
      );
      expect(event).toMatchObject({ from, to, action: 'innovation.advanced' });
    });

    it.each(['problem', 'need', 'process'] as const)(
      'refuses to leave %s while its gate is closed, listing what is missing',
      (stage) => {
        const before = innovationAt(stage, { sections: emptySections() });
        const error = refusal(run(before, { action: advance, actor: actors.head }));
        expect(error.code).toBe('STAGE_GATE_NOT_MET');
        expect(error.details).toEqual({
          stage,
          missing: gate(stage, emptySections(), gateContext()),
        });
        expect((error.details?.missing as unknown[]).length).toBeGreaterThan(0);
      },
    );

    it('refuses to submit a quick win without a progress report', () => {
      const error = refusal(
        run(innovationAt('quick_win'), { action: advance, actor: actors.head, reports: 0 }),
      );
      expect(error.code).toBe('STAGE_GATE_NOT_MET');
      expect(error.details?.missing).toEqual([
        { field: 'quick_win.progressReports', reason: 'at_least_one' },
      ]);
    });

    it('does not let unit staff submit a quick win to evaluation', () => {
      const error = refusal(
        run(innovationAt('quick_win'), { action: advance, actor: actors.staff }),
      );
      expect(error.code).toBe('NOT_ALLOWED');
    });

    it('lets the unit head of the unit, or a coordinator, submit a quick win to evaluation', () => {
      for (const actor of [actors.head, actors.coordinator]) {
        expect(
          success(run(innovationAt('quick_win'), { action: advance, actor })).innovation.stage,
        ).toBe('evaluation');
      }
    });

    it('does not let a unit role record the outcome of an evaluation', () => {
      for (const actor of [actors.staff, actors.head]) {
        expect(refusal(run(evaluated('impactful'), { action: advance, actor })).code).toBe(
          'NOT_ALLOWED',
        );
      }
    });

    it('sends an impactful innovation to sustained, with the tahapan implementation', () => {
      const before = evaluated('impactful');
      const { innovation, event } = success(
        run(before, { action: advance, actor: actors.coordinator }),
      );
      expect(innovation.stage).toBe('sustained');
      expect(innovation.tahapan).toBe('implementation');
      expect(innovation.sections).toEqual(before.sections);
      expect(innovation.discontinuedFrom).toBeNull();
      expect(event).toMatchObject({ from: 'evaluation', to: 'sustained', outcome: 'impactful' });
    });

    it('sends an innovation that needs improvement back to quick win, clearing the outcome and keeping the notes', () => {
      const before = evaluated('needs_improvement');
      const { innovation, event } = success(
        run(before, { action: advance, actor: actors.coordinator }),
      );
      expect(innovation.stage).toBe('quick_win');
      expect(innovation.tahapan).toBe('trial');
      expect(innovation.sections.evaluation.outcome).toBeUndefined();
      expect(innovation.sections.evaluation.notes).toBe(before.sections.evaluation.notes);
      expect(innovation.sections.evaluation.lessonsLearned).toBe(
        before.sections.evaluation.lessonsLearned,
      );
      expect({ ...innovation.sections, evaluation: undefined }).toEqual({
        ...before.sections,
        evaluation: undefined,
      });
      expect(event).toMatchObject({
        from: 'evaluation',
        to: 'quick_win',
        outcome: 'needs_improvement',
      });
    });

    it('discontinues a not impactful innovation, remembering it left from evaluation', () => {
      const before = evaluated('not_impactful');
      const { innovation, event } = success(
        run(before, { action: advance, actor: actors.coordinator }),
      );
      expect(innovation.stage).toBe('discontinued');
      expect(innovation.discontinuedFrom).toBe('evaluation');
      expect(innovation.sections.evaluation.lessonsLearned).toBe('Train the clerks first');
      expect(event).toMatchObject({
        action: 'innovation.advanced',
        from: 'evaluation',
        to: 'discontinued',
        outcome: 'not_impactful',
      });
    });

    it('refuses to leave evaluation before an outcome is recorded', () => {
      const before = withSection(innovationAt('evaluation'), 'evaluation', { notes: 'Pending' });
      const error = refusal(run(before, { action: advance, actor: actors.coordinator }));
      expect(error.code).toBe('STAGE_GATE_NOT_MET');
      expect(error.details?.missing).toEqual([{ field: 'evaluation.outcome', reason: 'required' }]);
    });
  });

  describe('move_back', () => {
    it('moves back to an earlier stage, keeping every section and recording the trimmed reason', () => {
      const before = innovationAt('quick_win', { version: 5 });
      const { innovation, event } = success(
        run(before, {
          action: moveBack('problem', '  The problem was misread  '),
          actor: actors.staff,
        }),
      );
      expect(innovation).toEqual({
        ...before,
        stage: 'problem',
        tahapan: 'initiative',
        version: 6,
        updatedAt: now.toISOString(),
        updatedBy: actors.staff.userId,
      });
      expect(innovation.sections).toEqual(completeSections());
      expect(event).toEqual({
        action: 'innovation.moved_back',
        innovationId,
        from: 'quick_win',
        to: 'problem',
        reason: 'The problem was misread',
        outcome: null,
        actorUserId: actors.staff.userId,
        at: now.toISOString(),
      });
    });

    const earlier = activeStages.flatMap((from, i) =>
      activeStages.slice(0, i).map((to) => [from, to] as const),
    );

    it.each(earlier)('lets a coordinator move %s back to %s', (from, to) => {
      const before = innovationAt(from);
      const { innovation } = success(
        run(before, { action: moveBack(to), actor: actors.coordinator }),
      );
      expect(innovation.stage).toBe(to);
      expect(innovation.sections).toEqual(before.sections);
    });

    it('keeps partly filled sections as they are', () => {
      const sections = { ...emptySections(), problem: { statement: 'Too short for now' } };
      const before = innovationAt('need', { sections });
      expect(
        success(run(before, { action: moveBack('problem'), actor: actors.head })).innovation
          .sections,
      ).toEqual(sections);
    });

    it.each([
      ['need', 'need'],
      ['need', 'process'],
      ['need', 'evaluation'],
      ['problem', 'problem'],
      ['evaluation', 'evaluation'],
    ] as const)('refuses to move %s "back" to %s as an invalid transition', (from, to) => {
      expect(
        refusal(run(innovationAt(from), { action: moveBack(to), actor: actors.coordinator })).code,
      ).toBe('INVALID_TRANSITION');
    });

    it('refuses a reason shorter than 10 characters after trimming, and accepts 10', () => {
      const error = refusal(
        run(innovationAt('need'), {
          action: moveBack('problem', '  too shrt  '),
          actor: actors.head,
        }),
      );
      expect(error.code).toBe('VALIDATION');
      expect(error.details).toEqual({ field: 'reason' });
      expect(
        refusal(run(innovationAt('need'), { action: moveBack('problem', ''), actor: actors.head }))
          .code,
      ).toBe('VALIDATION');
      expect(
        success(
          run(innovationAt('need'), {
            action: moveBack('problem', 'ten chars!'),
            actor: actors.head,
          }),
        ).event.reason,
      ).toBe('ten chars!');
    });

    it('leaves moving an innovation in evaluation back to a coordinator', () => {
      expect(
        refusal(
          run(innovationAt('evaluation'), { action: moveBack('quick_win'), actor: actors.head }),
        ).code,
      ).toBe('NOT_ALLOWED');
      expect(
        success(
          run(innovationAt('evaluation'), {
            action: moveBack('quick_win'),
            actor: actors.coordinator,
          }),
        ).innovation.stage,
      ).toBe('quick_win');
    });
  });

  describe('discontinue', () => {
    it('does not let unit staff discontinue', () => {
      expect(
        refusal(run(innovationAt('need'), { action: discontinue(), actor: actors.staff })).code,
      ).toBe('NOT_ALLOWED');
    });

    it('lets the unit head of the unit discontinue, recording the stage it left and the reason', () => {
      const before = innovationAt('process', { version: 2 });
      const { innovation, event } = success(
        run(before, {
          action: discontinue('  The regent cancelled the programme  '),
          actor: actors.head,
        }),
      );
      expect(innovation).toEqual({
        ...before,
        stage: 'discontinued',
        discontinuedFrom: 'process',
        version: 3,
        updatedAt: now.toISOString(),
        updatedBy: actors.head.userId,
      });
      expect(event).toEqual({
        action: 'innovation.discontinued',
        innovationId,
        from: 'process',
        to: 'discontinued',
        reason: 'The regent cancelled the programme',
        outcome: null,
        actorUserId: actors.head.userId,
        at: now.toISOString(),
      });
    });

    it.each(activeStages)('lets a coordinator discontinue from %s', (stage) => {
      const before = innovationAt(stage, { sections: emptySections() });
      const { innovation } = success(
        run(before, { action: discontinue(), actor: actors.coordinator }),
      );
      expect(innovation.stage).toBe('discontinued');
      expect(innovation.discontinuedFrom).toBe(stage);
      expect(innovation.tahapan).toBe(before.tahapan);
      expect(innovation.sections).toEqual(before.sections);
    });

    it('refuses a reason shorter than 10 characters', () => {
      expect(
        refusal(run(innovationAt('need'), { action: discontinue('   no   '), actor: actors.head }))
          .code,
      ).toBe('VALIDATION');
    });

    it('refuses to discontinue an innovation that is already discontinued or sustained', () => {
      for (const stage of ['discontinued', 'sustained'] as const) {
        expect(
          refusal(run(innovationAt(stage), { action: discontinue(), actor: actors.coordinator }))
            .code,
        ).toBe('INVALID_TRANSITION');
      }
    });
  });

  describe('reopen', () => {
    it.each(activeStages)(
      'lets a coordinator reopen an innovation discontinued from %s, back at that stage',
      (stage) => {
        const before = innovationAt('discontinued', { discontinuedFrom: stage, version: 4 });
        const { innovation, event } = success(
          run(before, { action: reopen, actor: actors.coordinator }),
        );
        expect(innovation.stage).toBe(stage);
        expect(innovation.discontinuedFrom).toBeNull();
        expect(innovation.version).toBe(5);
        // The content stays; an old verdict does not.
        expect(innovation.sections).toEqual({
          ...before.sections,
          evaluation: { ...before.sections.evaluation, outcome: undefined },
        });
        expect(event).toEqual({
          action: 'innovation.reopened',
          innovationId,
          from: 'discontinued',
          to: stage,
          reason: null,
          outcome: null,
          actorUserId: actors.coordinator.userId,
          at: now.toISOString(),
        });
      },
    );

    it.each([actors.staff, actors.head, actors.evaluator, actors.leader, actors.otherHead])(
      'does not let $role of $unitId reopen',
      (actor) => {
        expect(refusal(run(innovationAt('discontinued'), { action: reopen, actor })).code).toBe(
          'NOT_ALLOWED',
        );
      },
    );

    it.each(stages.filter((stage) => stage !== 'discontinued'))(
      'refuses to reopen an innovation that is %s',
      (stage) => {
        expect(
          refusal(run(innovationAt(stage), { action: reopen, actor: actors.coordinator })).code,
        ).toBe('INVALID_TRANSITION');
      },
    );
  });

  describe('who may move', () => {
    const outsiders = [
      actors.otherStaff,
      actors.otherHead,
      actors.evaluator,
      actorOf('evaluator', null),
      actorOf('evaluator', otherUnitId),
      actors.leader,
      actorOf('unit_head', null),
    ];
    const moves: [string, Stage, TransitionAction][] = [
      ...activeStages.map((stage): [string, Stage, TransitionAction] => [
        'advance',
        stage,
        advance,
      ]),
      ...activeStages
        .slice(1)
        .map((stage): [string, Stage, TransitionAction] => [
          'move_back',
          stage,
          moveBack('problem'),
        ]),
      ...activeStages.map((stage): [string, Stage, TransitionAction] => [
        'discontinue',
        stage,
        discontinue(),
      ]),
      ['reopen', 'discontinued', reopen],
    ];

    it.each(outsiders)('refuses every move to $role of $unitId', (actor) => {
      for (const [, stage, action] of moves) {
        const result = run(innovationAt(stage), { action, actor });
        expect(result.ok ? `${action.type} from ${stage} succeeded` : result.error.code).toBe(
          'NOT_ALLOWED',
        );
      }
    });

    it('lets a coordinator act on the innovations of every unit', () => {
      const before = innovationAt('problem', { unitId: otherUnitId });
      expect(
        success(run(before, { action: advance, actor: actors.coordinator })).innovation.stage,
      ).toBe('need');
    });
  });

  describe('tahapan', () => {
    it('follows the stage: initiative until the process, trial for the quick win', () => {
      expect(
        success(run(innovationAt('need'), { action: advance, actor: actors.staff })).innovation
          .tahapan,
      ).toBe('initiative');
      expect(
        success(run(innovationAt('process'), { action: advance, actor: actors.head })).innovation
          .tahapan,
      ).toBe('trial');
      expect(
        success(run(innovationAt('quick_win'), { action: moveBack('process'), actor: actors.head }))
          .innovation.tahapan,
      ).toBe('initiative');
    });

    it('stays as a user chose it (tahapanManual)', () => {
      const chosen = { tahapan: 'implementation', tahapanManual: true } as const;
      expect(
        success(run(innovationAt('process', chosen), { action: advance, actor: actors.head }))
          .innovation.tahapan,
      ).toBe('implementation');
      expect(
        success(
          run(innovationAt('quick_win', chosen), { action: moveBack('need'), actor: actors.head }),
        ).innovation.tahapan,
      ).toBe('implementation');
      const manualTrial = { tahapan: 'trial', tahapanManual: true } as const;
      const sustained = success(
        run(
          withSection(innovationAt('evaluation', manualTrial), 'evaluation', {
            outcome: 'impactful',
          }),
          { action: advance, actor: actors.coordinator },
        ),
      ).innovation;
      expect(sustained.tahapan).toBe('trial');
      expect(sustained.tahapanManual).toBe(true);
    });
  });

  describe('sustained', () => {
    const everyone = [
      actors.staff,
      actors.head,
      actors.coordinator,
      actors.evaluator,
      actors.leader,
      actors.otherHead,
    ];
    const everyAction: TransitionAction[] = [
      advance,
      reopen,
      discontinue(),
      ...activeStages.map((to) => moveBack(to)),
    ];

    it.each(everyone)('refuses every action of $role on a sustained innovation', (actor) => {
      for (const action of everyAction) {
        const result = run(innovationAt('sustained'), { action, actor });
        expect(result.ok ? `${action.type} moved to ${result.innovation.stage}` : 'refused').toBe(
          'refused',
        );
      }
    });

    it('calls any move of a sustained innovation an invalid transition', () => {
      for (const action of everyAction) {
        expect(
          refusal(run(innovationAt('sustained'), { action, actor: actors.coordinator })).code,
        ).toBe('INVALID_TRANSITION');
      }
    });
  });

  it('leaves the innovation it is given untouched', () => {
    const before = evaluated('needs_improvement');
    const copy = JSON.parse(JSON.stringify(before)) as Innovation;
    success(run(before, { action: advance, actor: actors.coordinator }));
    success(run(innovationAt('need'), { action: moveBack('problem'), actor: actors.head }));
    expect(JSON.parse(JSON.stringify(before))).toEqual(copy);
    expect(before.sections.evaluation.outcome).toBe('needs_improvement');
  });
});

describe('stageAfterOutcome', () => {
  it('maps impactful to sustained, needs improvement to quick win, not impactful to discontinued', () => {
    expect(stageAfterOutcome('impactful')).toBe('sustained');
    expect(stageAfterOutcome('needs_improvement')).toBe('quick_win');
    expect(stageAfterOutcome('not_impactful')).toBe('discontinued');
  });
});

describe('transition guards against moves the lifecycle does not have', () => {
  it.each(['sustained', 'discontinued'] as const)(
    'refuses a move back to %s as an invalid transition',
    (to) => {
      const action = {
        type: 'move_back',
        to,
        reason: 'Skipping the evaluation',
      } as unknown as TransitionAction;
      expect(
        refusal(run(innovationAt('quick_win'), { action, actor: actors.coordinator })).code,
      ).toBe('INVALID_TRANSITION');
    },
  );

  it('does not let an old verdict carry a resubmission to sustained', () => {
    const sustained = success(
      run(evaluated('impactful'), { action: advance, actor: actors.coordinator }),
    ).innovation;
    expect(sustained.stage).toBe('sustained');
    const notImpactful = success(
      run(evaluated('not_impactful'), { action: advance, actor: actors.coordinator }),
    ).innovation;
    const reopened = success(
      run(notImpactful, { action: reopen, actor: actors.coordinator }),
    ).innovation;
    expect(reopened.stage).toBe('evaluation');
    expect(refusal(run(reopened, { action: advance, actor: actors.coordinator })).code).toBe(
      'STAGE_GATE_NOT_MET',
    );
  });
});
