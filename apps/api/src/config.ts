import { parseDatabaseUrl, redactUrl, type DatabaseTarget } from '@smartcity/db';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const booleanText = z
  .string()
  .trim()
  .toLowerCase()
  .refine((v) => ['true', 'false', '1', '0', 'yes', 'no'].includes(v), {
    error: 'must be true or false',
  })
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

/** A whole number from `min` to `max`, given as text. */
const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, { error: `must be a whole number from ${min} to ${max}` })
    .transform(Number)
    .refine((n) => n >= min && n <= max, { error: `must be a whole number from ${min} to ${max}` });

const envSchema = z.object({
  PORT: z
    .string()
    .trim()
    .regex(/^\d+$/, { error: 'must be a whole number from 1 to 65535' })
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65535, { error: 'must be a whole number from 1 to 65535' })
    .default(3000),
  HOST: z.string().trim().min(1, { error: 'must not be empty' }).default('127.0.0.1'),
  DATABASE_URL: z.string().optional(),
  DEMO_DATA: booleanText.default(true),
  LOG_LEVEL: z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info'),
  WEB_DIST: z.string().trim().min(1).optional(),
  SECURE_COOKIES: booleanText.default(false),
  TRUST_PROXY: z
    .string()
    .trim()
    .refine(
      (v) =>
        /^(true|false|\d+)$/.test(v) ||
        v
          .split(',')
          .every((item) =>
            /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/.test(item.trim()),
          ),
      {
        error: 'must be true, false, a hop count, or addresses/subnets (see Express "trust proxy")',
      },
    )
    .transform((v): boolean | number | string =>
      v === 'true' ? true : v === 'false' ? false : /^\d+$/.test(v) ? Number(v) : v,
    )
    .default(false),
  STALE_DAYS: wholeNumber(1, 365).default(30),
  NOTIFY_SWEEP_MINUTES: wholeNumber(0, 10_080).default(60),
});

/** The API app's configuration, read from the environment and checked once at start-up. */
export type Config = {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseTarget;
  /** The database URL with any password hidden, for logs. */
  readonly databaseLabel: string;
  readonly demoData: boolean;
  readonly logLevel: (typeof logLevels)[number];
  /** Where the built SPA is, when set explicitly. */
  readonly webDist: string | undefined;
  /** Mark the session cookie `Secure` (served over HTTPS). */
  readonly secureCookies: boolean;
  /** Express's `trust proxy`: which proxies decide the client address. */
  readonly trustProxy: boolean | number | string;
  /** Days without an event after which an active innovation is stale. */
  readonly staleDays: number;
  /** Minutes between stale-innovation notification sweeps (one runs at start-up); 0: none. */
  readonly notifySweepMinutes: number;
};

/** A configuration problem, with a message fit to print as one line. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads the configuration from environment variables. Empty variables count as unset. Throws a
 * {@link ConfigError} naming the first wrong variable and what it must be.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''),
  );
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    const got = present[name];
    throw new ConfigError(
      `invalid ${name}: ${issue?.message ?? 'invalid value'}${got === undefined ? '' : ` (got "${got}")`}`,
    );
  }
  let database: DatabaseTarget;
  try {
    database = parseDatabaseUrl(parsed.data.DATABASE_URL);
  } catch (error) {
    throw new ConfigError(error instanceof Error ? error.message : String(error));
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    database,
    databaseLabel:
      database.dialect === 'sqlite'
        ? `sqlite:${database.filename}`
        : redactUrl(database.connectionString),
    demoData: parsed.data.DEMO_DATA,
    logLevel: parsed.data.LOG_LEVEL,
    webDist: parsed.data.WEB_DIST,
    secureCookies: parsed.data.SECURE_COOKIES,
    trustProxy: parsed.data.TRUST_PROXY,
    staleDays: parsed.data.STALE_DAYS,
    notifySweepMinutes: parsed.data.NOTIFY_SWEEP_MINUTES,
  };
}
