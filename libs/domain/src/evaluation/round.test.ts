import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/actor';
import { defaultRubric, defaultThresholds, type ScoreSheet } from './rubric';
import {
  addInnovationRefusal,
  assignmentRefusal,
  closeRefusal,
  correctionRefusal,
  openRefusal,
  removeInnovationRefusal,
  roundLockRefusal,
  unassignRefusal,
  outcomeRefusal,
  resultsVisibleToUnit,
  roundCreateInputSchema,
  rubricChangeRefusal,
  scoringRefusal,
  type Evaluation,
  type EvaluationRound,
} from './round';

const round = (status: EvaluationRound['status']): EvaluationRound => ({
  id: 'r1',
  name: 'Evaluasi Quick Win 2026',
  periodStart: '2026-01-01',
  periodEnd: '2026-06-30',
  rubric: defaultRubric,
  thresholds: defaultThresholds,
  status,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const evaluator: Actor = { userId: 'e1', role: 'evaluator', unitId: null };
const full: ScoreSheet = defaultRubric.map((c) => ({ criterion: c.key, score: 4, comment: '' }));
const submitted: Evaluation = {
  id: 'ev1',
  roundId: 'r1',
  innovationId: 'i1',
  evaluatorId: 'e1',
  scores: full,
  status: 'submitted',
  submittedAt: '2026-02-01T00:00:00.000Z',
  supersedes: null,
  correctionReason: null,
  version: 1,
};
/** The innovation under assessment: Dinas Kesehatan's, no outcome yet. */
const entry = { unitId: 'dinkes', outcome: null };
const reasonOf = (error: { readonly details?: unknown } | null) =>
  (error?.details as { reason?: string } | undefined)?.reason ?? null;

describe('creating a round', () => {
  it('takes the default rubric and thresholds, and refuses a period that ends before it starts', () => {
    const parsed = roundCreateInputSchema.parse({
      name: 'Evaluasi Quick Win 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    expect(parsed.rubric).toEqual(defaultRubric);
    expect(parsed.thresholds).toEqual(defaultThresholds);
    const backwards = roundCreateInputSchema.safeParse({
      name: 'Evaluasi',
      periodStart: '2026-06-30',
      periodEnd: '2026-01-01',
    });
    expect(backwards.error?.issues[0]?.path).toEqual(['periodEnd']);
  });
});

describe('the rubric of a round', () => {
  it('changes until the first score is submitted, never after, and never once closed', () => {
    expect(rubricChangeRefusal(round('draft'), 0)).toBeNull();
    expect(rubricChangeRefusal(round('open'), 0)).toBeNull();
    expect(reasonOf(rubricChangeRefusal(round('open'), 1))).toBe('scores_submitted');
    expect(reasonOf(rubricChangeRefusal(round('closed'), 0))).toBe('round_closed');
  });
});

describe('innovations and evaluators of a round', () => {
  it('takes only innovations their unit head submitted, once', () => {
    expect(addInnovationRefusal(round('draft'), { stage: 'evaluation' }, false)).toBeNull();
    expect(reasonOf(addInnovationRefusal(round('draft'), { stage: 'quick_win' }, false))).toBe(
      'not_submitted',
    );
    expect(reasonOf(addInnovationRefusal(round('draft'), { stage: 'evaluation' }, true))).toBe(
      'already_added',
    );
    expect(reasonOf(addInnovationRefusal(round('closed'), { stage: 'evaluation' }, false))).toBe(
      'round_closed',
    );
  });

  it('refuses an evaluator of the innovation’s own unit (conflict of interest)', () => {
    const innovation = { unitId: 'dinkes', outcome: null };
    const fromDinkes = { role: 'evaluator', unitId: 'dinkes', active: true };
    const error = assignmentRefusal({
      round: round('draft'),
      innovation,
      evaluator: fromDinkes,
      alreadyAssigned: false,
    });
    expect(error?.code).toBe('NOT_ALLOWED');
    expect(reasonOf(error)).toBe('conflict_of_interest');
    expect(
      assignmentRefusal({
        round: round('open'),
        innovation,
        evaluator: { ...fromDinkes, unitId: 'kominfo' },
        alreadyAssigned: false,
      }),
    ).toBeNull();
    expect(
      assignmentRefusal({
        round: round('open'),
        innovation,
        evaluator: { ...fromDinkes, unitId: null },
        alreadyAssigned: false,
      }),
    ).toBeNull();
  });

  it('assigns only active evaluators, once', () => {
    const innovation = { unitId: 'dinkes', outcome: null };
    const staff = { role: 'unit_staff', unitId: 'kominfo', active: true };
    expect(
      reasonOf(
        assignmentRefusal({
          round: round('draft'),
          innovation,
          evaluator: staff,
          alreadyAssigned: false,
        }),
      ),
    ).toBe('not_evaluator');
    const inactive = { role: 'evaluator', unitId: null, active: false };
    expect(
      reasonOf(
        assignmentRefusal({
          round: round('draft'),
          innovation,
          evaluator: inactive,
          alreadyAssigned: false,
        }),
      ),
    ).toBe('not_evaluator');
    const ok = { role: 'evaluator', unitId: null, active: true };
    expect(
      reasonOf(
        assignmentRefusal({
          round: round('draft'),
          innovation,
          evaluator: ok,
          alreadyAssigned: true,
        }),
      ),
    ).toBe('already_assigned');
  });
});

describe('opening and closing', () => {
  it('opens a draft whose every innovation has an evaluator', () => {
    expect(openRefusal(round('draft'), [{ innovationId: 'i1', evaluators: 2 }])).toBeNull();
    expect(reasonOf(openRefusal(round('draft'), []))).toBe('empty');
    expect(
      openRefusal(round('draft'), [
        { innovationId: 'i1', evaluators: 1 },
        { innovationId: 'i2', evaluators: 0 },
      ])?.details,
    ).toEqual({ reason: 'unassigned', innovationIds: ['i2'] });
    expect(reasonOf(openRefusal(round('open'), [{ innovationId: 'i1', evaluators: 1 }]))).toBe(
      'not_draft',
    );
  });

  it('closes an open round once every evaluation and outcome is in', () => {
    expect(closeRefusal(round('open'), 0, 0)).toBeNull();
    expect(reasonOf(closeRefusal(round('open'), 1, 0))).toBe('evaluations_pending');
    expect(reasonOf(closeRefusal(round('open'), 0, 2))).toBe('outcomes_pending');
    expect(reasonOf(closeRefusal(round('draft'), 0, 0))).toBe('not_open');
    expect(resultsVisibleToUnit(round('open'))).toBe(false);
    expect(resultsVisibleToUnit(round('closed'))).toBe(true);
  });
});

describe('scoring', () => {
  it('lets an assigned evaluator save a partial draft and submit a complete sheet', () => {
    expect(
      scoringRefusal({
        round: round('open'),
        entry,
        actor: evaluator,
        assigned: true,
        current: null,
        sheet: full.slice(0, 2),
        submit: false,
      }),
    ).toBeNull();
    expect(
      scoringRefusal({
        round: round('open'),
        entry,
        actor: evaluator,
        assigned: true,
        current: null,
        sheet: full,
        submit: true,
      }),
    ).toBeNull();
    const incomplete = scoringRefusal({
      round: round('open'),
      entry,
      actor: evaluator,
      assigned: true,
      current: null,
      sheet: full.slice(0, 2),
      submit: true,
    });
    expect(incomplete?.code).toBe('VALIDATION');
    expect(incomplete?.details).toMatchObject({
      missing: ['novelty', 'sustainability', 'replication'],
    });
  });

  it('refuses the unassigned, a closed or draft round, a submitted sheet and unknown criteria', () => {
    expect(
      reasonOf(
        scoringRefusal({
          round: round('open'),
          entry,
          actor: evaluator,
          assigned: false,
          current: null,
          sheet: full,
          submit: true,
        }),
      ),
    ).toBe('not_assigned');
    expect(
      reasonOf(
        scoringRefusal({
          round: round('draft'),
          entry,
          actor: evaluator,
          assigned: true,
          current: null,
          sheet: full,
          submit: true,
        }),
      ),
    ).toBe('round_not_open');
    expect(
      reasonOf(
        scoringRefusal({
          round: round('closed'),
          entry,
          actor: evaluator,
          assigned: true,
          current: null,
          sheet: full,
          submit: true,
        }),
      ),
    ).toBe('round_not_open');
    expect(
      reasonOf(
        scoringRefusal({
          round: round('open'),
          entry,
          actor: evaluator,
          assigned: true,
          current: submitted,
          sheet: full,
          submit: true,
        }),
      ),
    ).toBe('already_submitted');
    const coordinator: Actor = { userId: 'c1', role: 'coordinator', unitId: null };
    expect(
      reasonOf(
        scoringRefusal({
          round: round('open'),
          entry,
          actor: coordinator,
          assigned: true,
          current: null,
          sheet: full,
          submit: true,
        }),
      ),
    ).toBe('not_evaluator');
    const unknown = [...full, { criterion: 'beauty', score: 5, comment: '' }];
    expect(
      scoringRefusal({
        round: round('open'),
        entry,
        actor: evaluator,
        assigned: true,
        current: null,
        sheet: unknown,
        submit: false,
      })?.details,
    ).toMatchObject({ unknown: ['beauty'] });
  });

  it('corrects only a submitted evaluation, with a complete sheet, while the round is open', () => {
    expect(
      correctionRefusal({
        round: round('open'),
        entry,
        actor: evaluator,
        current: submitted,
        sheet: full,
      }),
    ).toBeNull();
    expect(
      reasonOf(
        correctionRefusal({
          round: round('open'),
          entry,
          actor: evaluator,
          current: null,
          sheet: full,
        }),
      ),
    ).toBe('not_submitted');
    expect(
      reasonOf(
        correctionRefusal({
          round: round('open'),
          entry,
          actor: evaluator,
          current: { ...submitted, status: 'draft' },
          sheet: full,
        }),
      ),
    ).toBe('not_submitted');
    expect(
      reasonOf(
        correctionRefusal({
          round: round('closed'),
          entry,
          actor: evaluator,
          current: submitted,
          sheet: full,
        }),
      ),
    ).toBe('round_not_open');
    expect(
      correctionRefusal({
        round: round('open'),
        entry,
        actor: evaluator,
        current: submitted,
        sheet: full.slice(1),
      })?.code,
    ).toBe('VALIDATION');
  });
});

describe('after the outcome is recorded', () => {
  const decided = { unitId: 'dinkes', outcome: 'impactful' as const };

  it('refuses new scores, corrections and evaluators: the scores are final', () => {
    expect(
      reasonOf(
        scoringRefusal({
          round: round('open'),
          entry: decided,
          actor: evaluator,
          assigned: true,
          current: null,
          sheet: full,
          submit: true,
        }),
      ),
    ).toBe('outcome_recorded');
    expect(
      reasonOf(
        correctionRefusal({
          round: round('open'),
          entry: decided,
          actor: evaluator,
          current: submitted,
          sheet: full,
        }),
      ),
    ).toBe('outcome_recorded');
    const ok = { role: 'evaluator', unitId: null, active: true };
    expect(
      reasonOf(
        assignmentRefusal({
          round: round('open'),
          innovation: decided,
          evaluator: ok,
          alreadyAssigned: false,
        }),
      ),
    ).toBe('outcome_recorded');
  });

  it('refuses an evaluator who has since moved to the innovation’s unit', () => {
    const moved: Actor = { userId: 'e1', role: 'evaluator', unitId: 'dinkes' };
    expect(
      reasonOf(
        scoringRefusal({
          round: round('open'),
          entry,
          actor: moved,
          assigned: true,
          current: null,
          sheet: full,
          submit: true,
        }),
      ),
    ).toBe('conflict_of_interest');
    expect(
      reasonOf(
        correctionRefusal({
          round: round('open'),
          entry,
          actor: moved,
          current: submitted,
          sheet: full,
        }),
      ),
    ).toBe('conflict_of_interest');
  });
});

describe('recording the outcome', () => {
  const input = {
    outcome: 'impactful' as const,
    notes: '',
    lessonsLearned: '',
    reconciliationNote: '',
  };
  const inEvaluation = { stage: 'evaluation' as const };

  it('needs every evaluator’s submission, and a reconciliation note when they disagree', () => {
    expect(
      outcomeRefusal({
        round: round('open'),
        innovation: inEvaluation,
        pendingEvaluations: 0,
        submitted: 2,
        disagreement: false,
        input,
      }),
    ).toBeNull();
    expect(
      reasonOf(
        outcomeRefusal({
          round: round('open'),
          innovation: inEvaluation,
          pendingEvaluations: 1,
          submitted: 1,
          disagreement: false,
          input,
        }),
      ),
    ).toBe('evaluations_pending');
    expect(
      reasonOf(
        outcomeRefusal({
          round: round('open'),
          innovation: inEvaluation,
          pendingEvaluations: 0,
          submitted: 0,
          disagreement: false,
          input,
        }),
      ),
    ).toBe('evaluations_pending');
    const disagreeing = outcomeRefusal({
      round: round('open'),
      innovation: inEvaluation,
      pendingEvaluations: 0,
      submitted: 2,
      disagreement: true,
      input,
    });
    expect(disagreeing?.details).toEqual({ field: 'reconciliationNote', reason: 'disagreement' });
    expect(
      outcomeRefusal({
        round: round('open'),
        innovation: inEvaluation,
        pendingEvaluations: 0,
        submitted: 2,
        disagreement: true,
        input: {
          ...input,
          reconciliationNote: 'Dibahas bersama: skor dampak disepakati 4.',
        },
      }),
    ).toBeNull();
  });

  it('asks notes for "needs improvement" and lessons for "not impactful"', () => {
    expect(
      outcomeRefusal({
        round: round('open'),
        innovation: inEvaluation,
        pendingEvaluations: 0,
        submitted: 1,
        disagreement: false,
        input: {
          ...input,
          outcome: 'needs_improvement',
        },
      })?.details,
    ).toEqual({ field: 'notes' });
    expect(
      outcomeRefusal({
        round: round('open'),
        innovation: inEvaluation,
        pendingEvaluations: 0,
        submitted: 1,
        disagreement: false,
        input: {
          ...input,
          outcome: 'not_impactful',
        },
      })?.details,
    ).toEqual({ field: 'lessonsLearned' });
    expect(
      reasonOf(
        outcomeRefusal({
          round: round('open'),
          innovation: { stage: 'sustained' },
          pendingEvaluations: 0,
          submitted: 1,
          disagreement: false,
          input,
        }),
      ),
    ).toBe('not_in_evaluation');
    expect(
      reasonOf(
        outcomeRefusal({
          round: round('closed'),
          innovation: inEvaluation,
          pendingEvaluations: 0,
          submitted: 1,
          disagreement: false,
          input,
        }),
      ),
    ).toBe('round_not_open');
  });
});

describe('leaving a round and its lock', () => {
  it('removes an innovation only before any evaluation, and unassigns before a submission', () => {
    expect(removeInnovationRefusal(round('open'), 0)).toBeNull();
    expect(reasonOf(removeInnovationRefusal(round('open'), 1))).toBe('evaluations_exist');
    expect(reasonOf(removeInnovationRefusal(round('closed'), 0))).toBe('round_closed');
    expect(unassignRefusal(round('open'), 0)).toBeNull();
    expect(reasonOf(unassignRefusal(round('open'), 1))).toBe('evaluations_exist');
    expect(reasonOf(unassignRefusal(round('closed'), 0))).toBe('round_closed');
  });

  it('locks an innovation in evaluation while a round runs for it, and only then', () => {
    expect(roundLockRefusal({ stage: 'evaluation' }, 'r1')?.details).toEqual({
      reason: 'in_round',
      roundId: 'r1',
    });
    expect(roundLockRefusal({ stage: 'evaluation' }, null)).toBeNull();
    expect(roundLockRefusal({ stage: 'quick_win' }, 'r1')).toBeNull();
  });
});
