import { pino } from 'pino';
import { ConfigError, loadConfig } from './config';
import { startServer, StartupError } from './server';

/**
 * The API app's entry point. Configuration problems and start-up failures print one line and
 * exit with code 1; SIGTERM and SIGINT stop it gracefully with code 0.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = pino({ level: config.logLevel, base: { app: 'smartcity-api' } });
  const running = await startServer(config, logger);

  let signalled = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (signalled) return;
    signalled = true;
    logger.info({ signal }, 'shutting down');
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  const known = error instanceof ConfigError || error instanceof StartupError;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`smartcity-api: ${known ? message : `failed to start: ${message}`}\n`);
  process.exit(1);
});
