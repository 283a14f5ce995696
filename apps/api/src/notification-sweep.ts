import { sweepStaleNotifications } from '@smartcity/api';
import type { DatabaseHandle } from '@smartcity/db';
import type { Logger } from 'pino';

/** What the sweep schedule needs. */
export type NotificationSweepOptions = {
  readonly db: DatabaseHandle['db'];
  readonly now: () => Date;
  readonly staleDays: number;
  /** Minutes between sweeps; 0 turns the schedule off. */
  readonly intervalMinutes: number;
  readonly logger: Logger;
};

/** The running schedule. */
export type NotificationSweep = {
  /** One sweep now (waits for one already running instead of starting a second). Never throws. */
  readonly runNow: () => Promise<void>;
  /** Stops the timer and waits for a sweep in flight, so that the database can close after. */
  readonly stop: () => Promise<void>;
};

/**
 * Notifies units of their stale innovations on a timer. Sweeps never overlap; a failed sweep is
 * logged and the next one tries again (the sweep is idempotent, so nothing is lost or doubled).
 */
export function startNotificationSweep(options: NotificationSweepOptions): NotificationSweep {
  const { db, logger, staleDays, intervalMinutes } = options;
  let running: Promise<void> | undefined;
  let stopped = false;

  const runNow = (): Promise<void> => {
    if (stopped || intervalMinutes <= 0) return Promise.resolve();
    running ??= (async () => {
      const started = Date.now();
      try {
        const report = await sweepStaleNotifications(db, { now: options.now(), staleDays });
        logger.info({ ...report, ms: Date.now() - started }, 'stale notifications swept');
      } catch (error) {
        logger.error({ err: error }, 'stale notification sweep failed');
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const timer =
    intervalMinutes > 0 ? setInterval(() => void runNow(), intervalMinutes * 60_000) : undefined;
  // The timer never keeps the process alive on its own.
  timer?.unref();

  return {
    runNow,
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
