import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createPasswordHasher, createRegionWithCoordinator } from '@smartcity/api';
import {
  appendEvent,
  findHomeRegion,
  insertUser,
  migrateToLatest,
  openDatabase,
} from '@smartcity/db';
import {
  emailSchema,
  isDomainError,
  passwordProblems,
  personNameSchema,
  regionInputSchema,
  type RegionInput,
} from '@smartcity/domain';
import { ConfigError, loadConfig, type Config } from './config';

const usage = `Usage: npm run cli -- <command> [options]

Commands:
  setup --region <name> --kind <kabupaten|kota> --province <name> --code <NN.NN>
        --coordinator-email <email> --coordinator-name <name> [--branding <line>]
      Sets up a deployment that starts from nothing: the region (real data, not the demo's)
      and its first coordinator, in one transaction. Safe to run again: once a region exists
      it says so and changes nothing. The coordinator's password comes from
      COORDINATOR_PASSWORD, else from a prompt (or one line on stdin).
      Example: npm run cli -- setup --region "Kabupaten Sumedang" --kind kabupaten
        --province "Jawa Barat" --code 32.11 --coordinator-email tim@sumedangkab.go.id
        --coordinator-name "Tim Smart City" --branding "Sumedang Happy Digital Region"
  create-coordinator --email <email> [--name <name>]
      Creates a coordinator account (another one, or on a database without a region).
      The password comes from COORDINATOR_PASSWORD, else from a prompt (or one line on stdin).
  migrate
      Brings the database to the latest schema (the server also does this at start).

The database is the one the server uses: DATABASE_URL, or ./data/smartcity.db.`;

/** A CLI failure: printed as one line, exit code 1. */
class CliError extends Error {}

async function main(argv: readonly string[]): Promise<void> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === 'help') {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const config = loadConfig(process.env);
  switch (command) {
    case 'migrate': {
      const handle = openDatabase(config.database);
      try {
        const { applied } = await migrateToLatest(handle.db);
        process.stdout.write(
          applied.length ? `Applied: ${applied.join(', ')}\n` : 'Already up to date.\n',
        );
      } finally {
        await handle.close();
      }
      return;
    }
    case 'setup':
      await setup(config, rest);
      return;
    case 'create-coordinator': {
      const { values } = parseOptions(rest, ['email', 'name']);
      const email = emailSchema.safeParse(values.email ?? '');
      if (!email.success) throw new CliError('--email must be a valid email address');
      const name = personNameSchema.safeParse(values.name ?? 'Koordinator Smart City');
      if (!name.success) throw new CliError('--name must be 2 to 120 characters');
      // An empty variable counts as unset, as in the server's configuration.
      const password = process.env.COORDINATOR_PASSWORD || (await readPassword());
      const problems = passwordProblems(password, email.data);
      if (problems.length > 0) {
        throw new CliError(
          `the password does not meet the policy (at least 10 characters, not the email): ${problems.join(', ')}`,
        );
      }
      const handle = openDatabase(config.database);
      try {
        await migrateToLatest(handle.db);
        const passwordHash = await createPasswordHasher().hash(password);
        const now = new Date();
        const user = await handle.db.transaction().execute(async (trx) => {
          const created = await insertUser(
            trx,
            {
              name: name.data,
              email: email.data,
              nip: null,
              role: 'coordinator',
              unitId: null,
              passwordHash,
            },
            now,
          );
          await appendEvent(trx, {
            occurredAt: now,
            entityType: 'user',
            entityId: created.id,
            action: 'user.created',
            after: { ...created, via: 'cli' },
          });
          return created;
        });
        process.stdout.write(
          `Created coordinator ${user.email} (${user.id}) in ${config.databaseLabel}.\n`,
        );
      } finally {
        await handle.close();
      }
      return;
    }
    default:
      throw new CliError(`unknown command "${command}" (try: npm run cli -- --help)`);
  }
}

/** A command's options; a mistyped or unknown option is a usage error, said as such. */
function parseOptions(
  args: readonly string[],
  names: readonly string[],
): { values: Record<string, string | undefined> } {
  try {
    const { values } = parseArgs({
      args: [...args],
      options: Object.fromEntries(names.map((name) => [name, { type: 'string' as const }])),
      strict: true,
    });
    return { values };
  } catch (error) {
    throw new CliError(
      `${error instanceof Error ? error.message : String(error)} (try: npm run cli -- --help)`,
    );
  }
}

/** The options of `setup`, each checked by the domain's rule and refused with one clear line. */
function setupOptions(values: Record<string, string | undefined>): {
  region: RegionInput;
  coordinator: { email: string; name: string };
} {
  const shape = regionInputSchema.shape;
  const checks = [
    ['region', shape.name, "--region must be the region's name, 3 to 120 characters"],
    ['kind', shape.kind, '--kind must be kabupaten or kota'],
    ['province', shape.province, '--province must be 3 to 80 characters'],
    ['code', shape.code, '--code must be the Kemendagri code as NN.NN, e.g. 32.11'],
    ['coordinator-email', emailSchema, '--coordinator-email must be a valid email address'],
    ['coordinator-name', personNameSchema, '--coordinator-name must be 2 to 120 characters'],
  ] as const;
  for (const [option, schema, message] of checks) {
    if (!schema.safeParse(values[option] ?? '').success) throw new CliError(message);
  }
  const region = regionInputSchema.safeParse({
    name: values.region,
    kind: values.kind,
    province: values.province,
    code: values.code,
    branding: values.branding?.trim() ? values.branding : null,
  });
  if (!region.success) throw new CliError('--branding must be at most 120 characters');
  return {
    region: region.data,
    coordinator: {
      email: emailSchema.parse(values['coordinator-email']),
      name: personNameSchema.parse(values['coordinator-name']),
    },
  };
}

/**
 * `setup`: the region and its first coordinator in one transaction (with their events), or,
 * when a region exists already, a line saying so and nothing changed (exit code 0).
 */
async function setup(config: Config, args: readonly string[]): Promise<void> {
  const { values } = parseOptions(args, [
    'region',
    'kind',
    'province',
    'code',
    'coordinator-email',
    'coordinator-name',
    'branding',
  ]);
  const input = setupOptions(values);
  const handle = openDatabase(config.database);
  const alreadySetUp = (name: string) =>
    process.stdout.write(
      `The region ${name} is already set up in ${config.databaseLabel}: nothing changed.\n`,
    );
  try {
    await migrateToLatest(handle.db);
    const existing = await findHomeRegion(handle.db);
    if (existing) {
      alreadySetUp(existing.name);
      return;
    }
    const email = input.coordinator.email;
    const password = process.env.COORDINATOR_PASSWORD || (await readPassword());
    const problems = passwordProblems(password, email);
    if (problems.length > 0) {
      throw new CliError(
        `the password does not meet the policy (at least 10 characters, not the email): ${problems.join(', ')}`,
      );
    }
    const passwordHash = await createPasswordHasher().hash(password);
    const created = await handle.db
      .transaction()
      .execute((trx) =>
        createRegionWithCoordinator(
          trx,
          { region: input.region, coordinator: { ...input.coordinator, passwordHash } },
          { via: 'cli', now: new Date(), actorAddress: null },
        ),
      )
      .catch((error: unknown) => {
        // Set up by someone else meanwhile (the wizard, another run): nothing changed here.
        if (isDomainError(error) && error.reason === 'already_set_up') return null;
        throw error;
      });
    if (!created) {
      alreadySetUp((await findHomeRegion(handle.db))?.name ?? input.region.name);
      return;
    }
    const { region, coordinator } = created;
    process.stdout.write(
      `Set up ${region.name} (${region.code ?? '–'}) with the coordinator ${coordinator.email} (${coordinator.id}) in ${config.databaseLabel}.\n`,
    );
  } finally {
    await handle.close();
  }
}

/** Reads a password: twice with echo off in a terminal, or one line from a pipe. */
async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const line = await readLine();
    if (!line)
      throw new CliError('no password: set COORDINATOR_PASSWORD or run in a terminal to be asked');
    return line;
  }
  const first = await promptHidden('Password: ');
  const second = await promptHidden('Repeat the password: ');
  if (first !== second) throw new CliError('the two passwords differ');
  return first;
}

function readLine(): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin });
    let answered = false;
    rl.once('line', (line) => {
      answered = true;
      rl.close();
      resolve(line);
    });
    rl.once('close', () => {
      if (!answered) resolve('');
    });
  });
}

function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
    // Echo nothing of what is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.includes(question)) process.stdout.write(question);
    };
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write('\n');
      resolve(answer);
    });
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  const known =
    error instanceof CliError ||
    error instanceof ConfigError ||
    (error as { code?: string }).code === 'CONFLICT';
  process.stderr.write(`smartcity-cli: ${known ? message : `failed: ${message}`}\n`);
  process.exit(1);
});
