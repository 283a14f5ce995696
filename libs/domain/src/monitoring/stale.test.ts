import { describe, expect, it } from 'vitest';
import { activeStages, defaultStaleDays } from '../innovation/vocabulary';
import { daysSince, isStale, staleSince } from './stale';

const now = new Date('2026-03-31T09:00:00.000Z');
const day = 86_400_000;
const minute = 60_000;

// Moved from notification.test.ts (`isStaleAt`, `staleCutoff`), where the rule had its second copy.
describe('isStale', () => {
  it('counts exactly staleDays and not a millisecond less', () => {
    const exactly = new Date(now.getTime() - 30 * day).toISOString();
    const almost = new Date(now.getTime() - 30 * day + 1).toISOString();
    expect(isStale({ stage: 'need', lastEventAt: exactly }, now, 30)).toBe(true);
    expect(isStale({ stage: 'need', lastEventAt: almost }, now, 30)).toBe(false);
    expect(staleSince(now, 30).toISOString()).toBe(exactly);
  });

  it('never counts a sustained or discontinued innovation', () => {
    const old = '2020-01-01T00:00:00.000Z';
    expect(isStale({ stage: 'sustained', lastEventAt: old }, now, 30)).toBe(false);
    expect(isStale({ stage: 'discontinued', lastEventAt: old }, now, 30)).toBe(false);
  });

  it('counts every active stage on the boundary day and none a minute before it', () => {
    for (const stage of activeStages) {
      const exactly = new Date(now.getTime() - 7 * day).toISOString();
      const minuteShort = new Date(now.getTime() - 7 * day + minute).toISOString();
      expect(isStale({ stage, lastEventAt: exactly }, now, 7)).toBe(true);
      expect(isStale({ stage, lastEventAt: minuteShort }, now, 7)).toBe(false);
    }
  });

  it('uses the default threshold when none is configured', () => {
    const exactly = staleSince(now, defaultStaleDays).toISOString();
    expect(isStale({ stage: 'problem', lastEventAt: exactly }, now)).toBe(true);
    expect(staleSince(now).toISOString()).toBe(exactly);
  });
});

describe('daysSince', () => {
  it('counts whole days, rounded down', () => {
    expect(daysSince(new Date(now.getTime() - 30 * day).toISOString(), now)).toBe(30);
    expect(daysSince(new Date(now.getTime() - 30 * day + minute).toISOString(), now)).toBe(29);
  });
});
