import { pino } from 'pino';
import { ConfigError, loadConfig } from './config';
import { startServer, StartupError, type RunningServer } from './server';

/**
 * The API app's entry point. Configuration problems and start-up failures print one line and
 * exit with code 1; SIGTERM and SIGINT stop it gracefully with code 0.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = pino({ level: config.logLevel, base: { app: 'smartcity-api' } });

  // Handlers go in before start-up so that a signal while migrating or seeding also ends with
  // code 0 (the seed is one transaction; PostgreSQL also migrates in one transaction).
  const state: { running?: RunningServer } = {};
  let signalled = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'shutting down');
    if (!state.running) process.exit(0);
    state.running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
  state.running = await startServer(config, logger);
  // Whatever the log level, the operator sees how to set the region up (a plain line, once).
  if (state.running.setupUrl) {
    process.stdout.write(`Open ${state.running.setupUrl} to set up the region\n`);
  }
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartupError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`smartcity-api: ${known ? message : `failed to start: ${message}`}\n`);
  process.exit(1);
});
