import { defaultStaleDays, isActiveStage } from '../innovation/vocabulary';
import type { Stage } from '../innovation/vocabulary';

/**
 * The one "stale" rule (DOMAIN.md "Monitoring"): an innovation in an active stage with no event
 * for `staleDays` days, the boundary included (exactly `staleDays` × 24 hours without an event is
 * stale; a millisecond less is not). The threshold is the deployment's `STALE_DAYS`
 * ({@link defaultStaleDays} unless configured). Every layer asks here: the SQL of the list filter,
 * the dashboard and the notification sweep compares `last_event_at <= staleSince(now, staleDays)`,
 * and plain code calls {@link isStale}. The SPA never decides it: the server sends `stale`.
 */

const msPerDay = 86_400_000;

function timeOf(iso: string): number {
  const ms = new Date(iso).getTime();
  if (Number.isNaN(ms)) {
    throw new RangeError(`Not a valid timestamp: ${iso}`);
  }
  return ms;
}

/**
 * The cut-off of the stale rule: an active innovation whose last event is at or before this
 * moment is stale at `now` (exactly `staleDays` × 24 hours before `now`).
 *
 * @param now the present
 * @param staleDays the threshold in days, {@link defaultStaleDays} unless configured
 */
export function staleSince(now: Date, staleDays: number = defaultStaleDays): Date {
  return new Date(now.getTime() - staleDays * msPerDay);
}

/**
 * Whether an innovation is stale at `now`: in an active stage, with its last event at or before
 * {@link staleSince}`(now, staleDays)`.
 *
 * @example
 * isStale({ stage: 'need', lastEventAt: '2026-03-01T12:00:00.000Z' },
 *   new Date('2026-03-31T12:00:00.000Z'), 30); // true: exactly 30 days
 */
export function isStale(
  innovation: { readonly stage: Stage; readonly lastEventAt: string },
  now: Date,
  staleDays: number = defaultStaleDays,
): boolean {
  return (
    isActiveStage(innovation.stage) &&
    timeOf(innovation.lastEventAt) <= staleSince(now, staleDays).getTime()
  );
}

/** Whole days (rounded down) between a last event (ISO) and `now`. */
export function daysSince(lastEventAt: string, now: Date): number {
  return Math.floor((now.getTime() - timeOf(lastEventAt)) / msPerDay);
}
