import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import { isUnitRole, roles } from '../auth/roles';
import { gate, type GateContext } from './gates';
import type { Innovation } from './innovation';
import { sectionSchemas, type Sections } from './sections';
import {
  actorOf,
  completeSections,
  innovationAt,
  now,
  otherUnitId,
  unitId,
} from './testing/innovation-fixtures';
import { minReasonLength, transition, type TransitionAction } from './transitions';
import {
  activeStages,
  defaultTahapan,
  fundingSources,
  isActiveStage,
  outcomes,
  problemSources,
  quickWinStatuses,
  stageIndex,
  tahapanValues,
  type ActiveStage,
} from './vocabulary';

// A model of users working on an innovation: random actors try random moves, and between the
// moves users fill (or empty) sections with values their schemas accept. Whatever happens, the
// lifecycle's invariants must hold after every step.

const runs = 500;

// --- Section values: anything the section's zod schema accepts, often complete --------------

const text = (maxLength: number) => fc.string({ maxLength });
const word = fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,15}$/);
const isoDate = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2027-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));
const amount = fc.double({ min: -1e6, max: 1e6, noNaN: true });
const optionalKeys = { requiredKeys: [] as [] };

const randomSection = {
  problem: fc.record(
    {
      statement: fc.oneof(text(60), fc.constant(completeSections().problem.statement)),
      affectedGroup: text(20),
      evidence: text(20),
      source: fc.constantFrom(...problemSources),
    },
    optionalKeys,
  ),
  need: fc.record(
    {
      statement: text(20),
      beneficiaries: fc.record(
        { who: text(20), estimatedCount: fc.integer({ min: 0, max: 1e9 }) },
        optionalKeys,
      ),
      indicators: fc.array(
        fc.record({
          name: fc.oneof(word, text(5)),
          unit: fc.oneof(word, text(3)),
          baseline: amount,
          target: amount,
          targetDate: isoDate,
        }),
        { maxLength: 3 },
      ),
    },
    optionalKeys,
  ),
  process: fc.record(
    {
      asIs: fc.array(fc.record({ actor: word, activity: word }), { maxLength: 2 }),
      toBe: fc.array(
        fc.record(
          { actor: word, activity: word, tool: word },
          { requiredKeys: ['actor', 'activity'] },
        ),
        { maxLength: 2 },
      ),
      needsApplication: fc.boolean(),
      applicationJustification: text(20),
      legalBasis: text(20),
    },
    optionalKeys,
  ),
  quick_win: fc.record(
    {
      deliverable: text(20),
      responsiblePerson: text(20),
      startDate: isoDate,
      targetDate: isoDate,
      budget: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1e12, noNaN: true })),
      fundingSource: fc.constantFrom(...fundingSources),
      status: fc.constantFrom(...quickWinStatuses),
    },
    optionalKeys,
  ),
  evaluation: fc.record(
    {
      outcome: fc.constantFrom(...outcomes),
      notes: text(20),
      lessonsLearned: text(20),
    },
    optionalKeys,
  ),
} satisfies Record<ActiveStage, fc.Arbitrary<unknown>>;

/** A value of the section as the API stores it: parsed by the section's schema. */
function sectionValue<S extends ActiveStage>(section: S): fc.Arbitrary<Sections[S]> {
  const schema = sectionSchemas[section];
  return fc
    .oneof(
      { weight: 1, arbitrary: fc.constant(completeSections()[section]) },
      { weight: 1, arbitrary: randomSection[section] as fc.Arbitrary<unknown> },
    )
    .map((raw) => schema.parse(raw) as Sections[S]);
}

const sectionsArb: fc.Arbitrary<Sections> = fc.record({
  problem: sectionValue('problem'),
  need: sectionValue('need'),
  process: sectionValue('process'),
  quick_win: sectionValue('quick_win'),
  evaluation: sectionValue('evaluation'),
});

const startArb: fc.Arbitrary<Innovation> = fc
  .record({
    sections: sectionsArb,
    tahapanManual: fc.boolean(),
    tahapan: fc.constantFrom(...tahapanValues),
  })
  .map(({ sections, tahapanManual, tahapan }) =>
    innovationAt('problem', {
      sections,
      tahapanManual,
      tahapan: tahapanManual ? tahapan : 'initiative',
      version: 1,
    }),
  );

// --- Actors and moves --------------------------------------------------------------------

const actorArb: fc.Arbitrary<Actor> = fc.oneof(
  // The people who usually move an innovation…
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      actorOf('unit_staff', unitId),
      actorOf('unit_head', unitId),
      actorOf('coordinator', null),
    ),
  },
  // …and anyone at all.
  {
    weight: 1,
    arbitrary: fc
      .record({
        role: fc.constantFrom(...roles),
        unit: fc.constantFrom<string | null>(unitId, otherUnitId, null),
      })
      .map(({ role, unit }) => actorOf(role, unit)),
  },
);

const reasonArb = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ minLength: 8, maxLength: 40 }),
  fc.string({ maxLength: 12 }).map((reason) => `   ${reason}   `),
);

const actionArb: fc.Arbitrary<TransitionAction> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ type: 'advance' } as const) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('move_back' as const),
      to: fc.constantFrom(...activeStages),
      reason: reasonArb,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('discontinue' as const), reason: reasonArb }),
  },
  { weight: 2, arbitrary: fc.constant({ type: 'reopen' } as const) },
);

type Step =
  | {
      readonly kind: 'act';
      readonly action: TransitionAction;
      readonly actor: Actor;
      readonly reports: number;
    }
  | {
      readonly kind: 'edit';
      /** The section a user fills: the one of the current stage, or any. */
      readonly target: 'current' | ActiveStage;
      /** New values of every section; the edit takes the target's. */
      readonly values: Sections;
    };

const editArb: fc.Arbitrary<Step> = fc.record({
  kind: fc.constant('edit' as const),
  target: fc.oneof(
    { weight: 2, arbitrary: fc.constant('current' as const) },
    { weight: 1, arbitrary: fc.constantFrom(...activeStages) },
  ),
  values: sectionsArb,
});

/** The innovation after a user replaced one section with a value its schema accepts. */
function edit(innovation: Innovation, step: Step & { kind: 'edit' }): Innovation {
  const current = isActiveStage(innovation.stage)
    ? innovation.stage
    : (innovation.discontinuedFrom ?? 'evaluation');
  const section = step.target === 'current' ? current : step.target;
  return {
    ...innovation,
    sections: { ...innovation.sections, [section]: step.values[section] },
  };
}

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('act' as const),
      action: actionArb,
      actor: actorArb,
      reports: fc.nat({ max: 3 }),
    }),
  },
  { weight: 1, arbitrary: editArb },
);

// --- The rules, as the issue states them ---------------------------------------------------

const refusalCodes = ['NOT_ALLOWED', 'INVALID_TRANSITION', 'STAGE_GATE_NOT_MET', 'VALIDATION'];

/** Whether the actor is a coordinator or holds a unit role of the innovation's unit. */
const actsForUnit = (actor: Actor, innovation: Innovation): boolean =>
  actor.role === 'coordinator' || (isUnitRole(actor.role) && actor.unitId === innovation.unitId);

/**
 * The codes a move deserves, by the lifecycle's rules: none when it must succeed, otherwise every
 * rule it breaks (a refusal must name one of them).
 */
function brokenRules(
  before: Innovation,
  {
    action,
    actor,
    context,
  }: { readonly action: TransitionAction; readonly actor: Actor; readonly context: GateContext },
) {
  const broken = new Set<string>();
  const from = before.stage;
  const coordinator = actor.role === 'coordinator';
  const unitRole = actsForUnit(actor, before) && !coordinator;
  const head = unitRole && actor.role === 'unit_head';
  switch (action.type) {
    case 'advance':
      if (!isActiveStage(from)) {
        broken.add('INVALID_TRANSITION');
        break;
      }
      if (!(coordinator || (unitRole && (from === 'quick_win' ? head : from !== 'evaluation')))) {
        broken.add('NOT_ALLOWED');
      }
      if (gate(from, before.sections, context).length > 0) broken.add('STAGE_GATE_NOT_MET');
      break;
    case 'move_back':
      if (!isActiveStage(from) || stageIndex(action.to) >= stageIndex(from)) {
        broken.add('INVALID_TRANSITION');
      }
      if (!(coordinator || (unitRole && from !== 'evaluation'))) broken.add('NOT_ALLOWED');
      if (action.reason.trim().length < minReasonLength) broken.add('VALIDATION');
      break;
    case 'discontinue':
      if (!isActiveStage(from)) broken.add('INVALID_TRANSITION');
      if (!(coordinator || head)) broken.add('NOT_ALLOWED');
      if (action.reason.trim().length < minReasonLength) broken.add('VALIDATION');
      break;
    case 'reopen':
      if (from !== 'discontinued') broken.add('INVALID_TRANSITION');
      if (!coordinator) broken.add('NOT_ALLOWED');
      break;
  }
  return broken;
}

/** Freezes a value deeply, so that a transition that mutates its input throws. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** Sections without the evaluation outcome (the one thing an evaluation may consume). */
const withoutOutcome = (sections: Sections) => ({
  ...sections,
  evaluation: { ...sections.evaluation, outcome: undefined },
});

/** How often each kind of step happened over all runs, to show the property is not vacuous. */
const seen = {
  advanced: 0,
  gateRefused: 0,
  movedBack: 0,
  discontinued: 0,
  reopened: 0,
  sustained: 0,
  sentBackToQuickWin: 0,
  notAllowed: 0,
  validation: 0,
  invalid: 0,
};

/** Checks one step's invariants and returns the innovation after it. */
function check(before: Innovation, step: Step & { kind: 'act' }): Innovation {
  const { action, actor } = step;
  const context: GateContext = { progressReportCount: step.reports };
  const result = transition(deepFreeze(before), action, actor, now, context);
  const broken = brokenRules(before, { action, actor, context });

  if (!result.ok) {
    // (e) a refused transition changes nothing and names one of the lifecycle's codes…
    expect(refusalCodes).toContain(result.error.code);
    // …and one of the rules the move actually breaks: nothing allowed is ever refused.
    expect([...broken]).toContain(result.error.code);
    if (result.error.code === 'STAGE_GATE_NOT_MET') {
      seen.gateRefused++;
      expect(result.error.details?.missing).toEqual(
        gate(before.stage as ActiveStage, before.sections, context),
      );
    }
    if (result.error.code === 'NOT_ALLOWED') seen.notAllowed++;
    if (result.error.code === 'VALIDATION') seen.validation++;
    if (result.error.code === 'INVALID_TRANSITION') seen.invalid++;
    return before;
  }

  const after = result.innovation;
  const from = before.stage;
  // Every rule is kept by a move that succeeds.
  expect([...broken]).toEqual([]);
  // (c) only a coordinator or a unit role of the innovation's unit moves anything.
  expect(actsForUnit(actor, before)).toBe(true);
  expect(['evaluator', 'leader']).not.toContain(actor.role);
  // (e) exactly one version per successful transition.
  expect(after.version).toBe(before.version + 1);
  // What else every transition does: the event, who and when, the tahapan, the rest untouched.
  expect(result.event).toMatchObject({
    innovationId: before.id,
    from,
    to: after.stage,
    actorUserId: actor.userId,
    at: now.toISOString(),
  });
  expect(after.updatedAt).toBe(now.toISOString());
  expect(after.updatedBy).toBe(actor.userId);
  expect({
    ...after,
    stage: 0,
    tahapan: 0,
    discontinuedFrom: 0,
    sections: 0,
    version: 0,
    updatedAt: 0,
    updatedBy: 0,
  }).toEqual({
    ...before,
    stage: 0,
    tahapan: 0,
    discontinuedFrom: 0,
    sections: 0,
    version: 0,
    updatedAt: 0,
    updatedBy: 0,
  });
  expect(withoutOutcome(after.sections)).toEqual(withoutOutcome(before.sections));
  if (before.tahapanManual || after.stage === 'discontinued')
    expect(after.tahapan).toBe(before.tahapan);
  else expect(after.tahapan).toBe(defaultTahapan(after.stage));
  expect(after.discontinuedFrom).toBe(after.stage === 'discontinued' ? from : null);

  switch (action.type) {
    case 'advance':
      seen.advanced++;
      expect(isActiveStage(from)).toBe(true);
      // (a) no gate is skipped: the gate of the stage left was open, and it moved one stage.
      expect(gate(from as ActiveStage, before.sections, context)).toEqual([]);
      if (from === 'evaluation') {
        const outcome = before.sections.evaluation.outcome;
        expect(result.event.outcome).toBe(outcome);
        expect(after.stage).toBe(
          outcome === 'impactful'
            ? 'sustained'
            : outcome === 'needs_improvement'
              ? 'quick_win'
              : 'discontinued',
        );
        if (after.stage === 'quick_win') {
          seen.sentBackToQuickWin++;
          expect(after.sections.evaluation.outcome).toBeUndefined();
        } else {
          expect(after.sections).toEqual(before.sections);
        }
      } else {
        expect(after.stage).toBe(activeStages[stageIndex(from as ActiveStage) + 1]);
        expect(result.event.outcome).toBeNull();
        if (after.stage === 'evaluation') {
          // A submission starts without a verdict: an old outcome cannot decide the new one.
          expect(after.sections.evaluation.outcome).toBeUndefined();
          expect(withoutOutcome(after.sections)).toEqual(withoutOutcome(before.sections));
        } else {
          expect(after.sections).toEqual(before.sections);
        }
      }
      expect(result.event.action).toBe('innovation.advanced');
      break;
    case 'move_back':
      seen.movedBack++;
      expect(after.stage).toBe(action.to);
      expect(stageIndex(action.to)).toBeLessThan(stageIndex(from as ActiveStage));
      // (d) moving back never loses section content.
      expect(after.sections).toEqual(before.sections);
      expect(result.event).toMatchObject({
        action: 'innovation.moved_back',
        reason: action.reason.trim(),
      });
      break;
    case 'discontinue':
      seen.discontinued++;
      expect(after.stage).toBe('discontinued');
      expect(after.sections).toEqual(before.sections);
      expect(result.event).toMatchObject({
        action: 'innovation.discontinued',
        reason: action.reason.trim(),
      });
      break;
    case 'reopen':
      seen.reopened++;
      expect(from).toBe('discontinued');
      expect(after.stage).toBe(before.discontinuedFrom);
      // Reopening keeps the content but not the old verdict.
      expect(after.sections.evaluation.outcome).toBeUndefined();
      expect(withoutOutcome(after.sections)).toEqual(withoutOutcome(before.sections));
      expect(result.event.action).toBe('innovation.reopened');
      break;
  }

  // (b) sustained only from evaluation, by the outcome impactful recorded when it moved.
  if (after.stage === 'sustained') {
    seen.sustained++;
    expect(from).toBe('evaluation');
    expect(action.type).toBe('advance');
    expect(before.sections.evaluation.outcome).toBe('impactful');
    expect(result.event.outcome).toBe('impactful');
  }
  return after;
}

describe('transition', () => {
  it('keeps the lifecycle invariants over any sequence of moves, actors and edits', () => {
    fc.assert(
      fc.property(
        startArb,
        fc.array(stepArb, { minLength: 1, maxLength: 60, size: 'max' }),
        (start, steps) => {
          let innovation = start;
          let transitions = 0;
          for (const step of steps) {
            if (step.kind === 'edit') {
              innovation = edit(innovation, step);
              continue;
            }
            const after = check(innovation, step);
            if (after !== innovation) transitions++;
            innovation = after;
          }
          // (e) the version counts the successful transitions, no more, no less.
          expect(innovation.version).toBe(start.version + transitions);
        },
      ),
      { numRuns: runs },
    );

    // The sequences reached every corner of the lifecycle (else the property proves little).
    for (const [what, count] of Object.entries(seen)) {
      expect(count, `${what} never happened`).toBeGreaterThan(0);
    }
    // Thousands of generated sequences: about 2 s on an idle core, several times that on a
    // loaded 2-core CI machine.
  }, 60_000);
});
