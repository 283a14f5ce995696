import { describe, expect, it } from 'vitest';
import {
  notificationDedupeKey,
  notificationListInputSchema,
  notificationMarkReadInputSchema,
  notifiesOutcome,
} from './notification';

describe('notificationListInputSchema', () => {
  it('defaults to the latest thirty, read or not', () => {
    expect(notificationListInputSchema.parse(undefined)).toEqual({ unreadOnly: false, limit: 30 });
    expect(notificationListInputSchema.parse({ unreadOnly: true })).toEqual({
      unreadOnly: true,
      limit: 30,
    });
  });

  it('refuses limits outside 1 to 100 and unknown keys', () => {
    expect(notificationListInputSchema.safeParse({ limit: 0 }).success).toBe(false);
    expect(notificationListInputSchema.safeParse({ limit: 101 }).success).toBe(false);
    expect(notificationListInputSchema.safeParse({ limit: 100 }).success).toBe(true);
    expect(notificationListInputSchema.safeParse({ userId: 'x' }).success).toBe(false);
  });
});

describe('notificationMarkReadInputSchema', () => {
  it('takes one to a hundred ids', () => {
    const id = '4b2c1c1e-8f0a-4d53-9a59-1f5f0f3f8f11';
    expect(notificationMarkReadInputSchema.safeParse({ ids: [id] }).success).toBe(true);
    expect(notificationMarkReadInputSchema.safeParse({ ids: [] }).success).toBe(false);
    expect(notificationMarkReadInputSchema.safeParse({ ids: ['nope'] }).success).toBe(false);
    expect(
      notificationMarkReadInputSchema.safeParse({ ids: Array.from({ length: 101 }, () => id) })
        .success,
    ).toBe(false);
  });
});

describe('notifiesOutcome', () => {
  it('is true only for the move out of evaluation with an outcome', () => {
    expect(notifiesOutcome({ from: 'evaluation', to: 'sustained', outcome: 'impactful' })).toBe(
      true,
    );
    expect(
      notifiesOutcome({ from: 'evaluation', to: 'quick_win', outcome: 'needs_improvement' }),
    ).toBe(true);
    expect(notifiesOutcome({ from: 'quick_win', to: 'evaluation', outcome: null })).toBe(false);
    expect(notifiesOutcome({ from: 'evaluation', to: 'discontinued', outcome: null })).toBe(false);
  });
});

describe('notificationDedupeKey', () => {
  it('names the fact: the outcome by its moment, the stale spell by its last event', () => {
    expect(
      notificationDedupeKey({ kind: 'outcome_recorded', innovationId: 'i1', recordedAt: 't1' }),
    ).toBe('outcome:i1:t1');
    expect(
      notificationDedupeKey({ kind: 'became_stale', innovationId: 'i1', lastEventAt: 't0' }),
    ).toBe('stale:i1:t0');
  });
});
