import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal-message';

describe('refusalOf', () => {
  it('names the reason of a refused opening or closing', () => {
    expect(refusalOf({ reason: 'not_draft' })).toEqual({
      reason: 'notDraft',
      count: 1,
    });
    expect(refusalOf({ reason: 'empty' })?.reason).toBe('empty');
    expect(refusalOf({ reason: 'evaluations_pending', count: 3 })).toEqual({
      reason: 'evaluationsPending',
      count: 3,
    });
    expect(refusalOf({ reason: 'outcomes_pending', count: 2 })?.count).toBe(2);
  });

  it('counts the innovations still without an evaluator', () => {
    expect(refusalOf({ reason: 'unassigned', innovationIds: ['a', 'b'] })).toEqual({
      reason: 'unassigned',
      count: 2,
    });
  });

  it('explains a conflict of interest and a frozen rubric', () => {
    expect(refusalOf({ reason: 'conflict_of_interest' })?.reason).toBe('conflictOfInterest');
    expect(refusalOf({ reason: 'scores_submitted' })?.reason).toBe('scoresSubmitted');
  });

  it('leaves other errors to the generic message', () => {
    expect(refusalOf(null)).toBeNull();
    expect(refusalOf({ field: 'email' })).toBeNull();
    expect(refusalOf({ reason: 'stale_version' })).toBeNull();
  });
});
