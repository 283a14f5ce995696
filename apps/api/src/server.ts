import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPasswordHasher, issueSetupToken } from '@smartcity/api';
import { countRegions, migrateToLatest, openDatabase } from '@smartcity/db';
import { seedDemo } from '@smartcity/demo-data';
import type { Logger } from 'pino';
import type { Config } from './config';
import { createHttpApp } from './http-app';
import { startNotificationSweep, type NotificationSweep } from './notification-sweep';

/** A running server. */
export type RunningServer = {
  readonly server: Server;
  /** The base URL it listens on, e.g. `http://127.0.0.1:3000`. */
  readonly url: string;
  /**
   * The one-time link that sets up the region, while the database has none (and the demo data
   * was not seeded): `<url>/siapkan?token=…`, valid for 24 hours. Null once a region exists.
   */
  readonly setupUrl: string | null;
  /** Stops accepting connections, lets requests in flight finish (up to `graceMs`), closes the database. */
  readonly stop: (graceMs?: number) => Promise<void>;
};

/** A start-up failure with a message fit to print as one line. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/**
 * Starts the product: listens first (so `/healthz` answers at once), then migrates the database,
 * seeds the demo data (units, accounts, 119 illustrative innovations, two evaluation rounds, the
 * masterplan) when enabled, completing a seed that a crash cut short — or, on a database without
 * a region, issues a one-time setup link — and only then reports ready.
 */
export async function startServer(config: Config, logger: Logger): Promise<RunningServer> {
  const handle = openDatabase(config.database);
  const passwords = createPasswordHasher();
  let started = false;
  const app = createHttpApp({
    db: handle.db,
    now: () => new Date(),
    passwords,
    secureCookies: config.secureCookies,
    staleDays: config.staleDays,
    trustProxy: config.trustProxy,
    logger,
    webDist: resolveWebDist(config.webDist),
    isStarted: () => started,
  });

  let server: Server;
  try {
    server = await listen(app, config.port, config.host);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const stop = stopper(server, handle.close);

  let setupToken: { readonly token: string; readonly expiresAt: Date } | undefined;
  try {
    const migrations = await migrateToLatest(handle.db);
    if (migrations.applied.length > 0)
      logger.info({ applied: migrations.applied }, 'database migrated');
    if (config.demoData) {
      // Run at every start, not only on an empty database: a seed cut short by a crash is
      // completed, a complete demo is left as it is, and a region set up for real is never
      // joined by the demo.
      const seeded = await seedDemo(handle.db, {
        now: new Date(),
        hashPassword: (password) => passwords.hash(password),
        onStep: ({ step, report, changed }) => {
          if (changed) logger.info({ [step]: report }, `demo seed for Kabupaten Sumedang: ${step}`);
        },
      });
      if (seeded.status === 'real_region')
        logger.info({ region: seeded.region }, 'a region is set up: no demo data seeded');
      else if (seeded.changed) logger.info('demo data for Kabupaten Sumedang seeded');
      else logger.info('demo data for Kabupaten Sumedang complete: nothing to seed');
    }
    // A database without a region (and without demo data) waits for its setup: a new one-time
    // token at every start (only its hash is stored); the link is printed once ready.
    if ((await countRegions(handle.db)) === 0)
      setupToken = await issueSetupToken(handle.db, new Date());
  } catch (error) {
    await stop(0);
    throw new StartupError(
      `cannot prepare the database ${config.databaseLabel}: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  // Units hear of their stale innovations: once now (before ready, so that the first page a user
  // opens shows them), then on the interval. The sweep is stopped before the database closes.
  const sweep: NotificationSweep = startNotificationSweep({
    db: handle.db,
    now: () => new Date(),
    staleDays: config.staleDays,
    intervalMinutes: config.notifySweepMinutes,
    logger,
  });
  await sweep.runNow();
  started = true;
  const { port } = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  logger.info({ url, database: config.databaseLabel }, 'ready');
  const setupUrl = setupToken ? `${url}/siapkan?token=${setupToken.token}` : null;
  if (setupUrl) {
    logger.info(
      { setupUrl, expiresAt: setupToken?.expiresAt.toISOString() },
      'no region yet: open the setup link to set up the region',
    );
  }
  return {
    server,
    url,
    setupUrl,
    stop: async (graceMs) => {
      await sweep.stop();
      await stop(graceMs);
    },
  };
}

function listen(
  app: ReturnType<typeof createHttpApp>,
  port: number,
  host: string,
): Promise<Server> {
  return new Promise((resolvePromise, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolvePromise(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE')
        reject(
          new StartupError(
            `port ${port} on ${host} is already in use: stop the other process or set PORT`,
          ),
        );
      else if (error.code === 'EACCES')
        reject(
          new StartupError(`no permission to listen on ${host}:${port}: use a port above 1023`),
        );
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
        reject(new StartupError(`cannot listen on HOST ${host}: no such local address`));
      else reject(error);
    });
  });
}

function stopper(server: Server, closeDatabase: () => Promise<void>): RunningServer['stop'] {
  let stopping: Promise<void> | undefined;
  return (graceMs = 4_000) =>
    (stopping ??= new Promise<void>((resolvePromise) => {
      const timer = setTimeout(() => server.closeAllConnections(), graceMs);
      server.close(() => {
        clearTimeout(timer);
        resolvePromise();
      });
      // Keep-alive connections with no request in flight would hold `close` open.
      server.closeIdleConnections();
    }).then(closeDatabase));
}

/**
 * The built SPA's folder: `WEB_DIST` when set, else `../web` beside the bundled server
 * (`dist/apps/api` → `dist/apps/web`), else `dist/apps/web` under the working directory.
 * Undefined when none exists (the API still serves; pages answer 503 with how to build).
 */
function resolveWebDist(configured: string | undefined): string | undefined {
  if (configured) return resolve(configured);
  const candidates = [
    join(dirname(fileURLToPath(import.meta.url)), '..', 'web'),
    resolve('dist', 'apps', 'web'),
  ];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')));
}
