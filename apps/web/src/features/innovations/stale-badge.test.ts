import { describe, expect, it } from 'vitest';
import { showsStaleBadge } from './stale-badge';

const day = 86_400_000;

describe('showsStaleBadge', () => {
  it('follows the server on the boundary day, whatever the dates look like here', () => {
    // Exactly 30 days quiet: the server says stale (the old SPA copy said not stale).
    const exactly = new Date(Date.now() - 30 * day).toISOString();
    expect(showsStaleBadge({ stale: true, stage: 'need', lastEventAt: exactly } as never)).toBe(
      true,
    );
    // A minute short of the boundary, or a shorter STALE_DAYS on the server: its answer stands.
    const minuteShort = new Date(Date.now() - 30 * day + 60_000).toISOString();
    expect(
      showsStaleBadge({ stale: false, stage: 'need', lastEventAt: minuteShort } as never),
    ).toBe(false);
    expect(showsStaleBadge({ stale: true, stage: 'need', lastEventAt: minuteShort } as never)).toBe(
      true,
    );
  });
});
