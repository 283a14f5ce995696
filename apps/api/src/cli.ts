import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createPasswordHasher } from '@smartcity/api';
import { appendEvent, insertUser, migrateToLatest, openDatabase } from '@smartcity/db';
import { emailSchema, passwordProblems, personNameSchema } from '@smartcity/domain';
import { ConfigError, loadConfig } from './config';

const usage = `Usage: npm run cli -- <command> [options]

Commands:
  create-coordinator --email <email> [--name <name>]
      Creates a coordinator account (the first one, on a database without demo data).
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
    case 'create-coordinator': {
      const { values } = parseOptions(rest);
      const email = emailSchema.safeParse(values.email ?? '');
      if (!email.success) throw new CliError('--email must be a valid email address');
      const name = personNameSchema.safeParse(values.name ?? 'Koordinator Smart City');
      if (!name.success) throw new CliError('--name must be 2 to 120 characters');
      // An empty variable counts as unset, as in the server's configuration.
      const password = process.env['COORDINATOR_PASSWORD'] || (await readPassword());
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

/** The options of create-coordinator; a mistyped option is a usage error, said as such. */
function parseOptions(args: readonly string[]): { values: { email?: string; name?: string } } {
  try {
    return parseArgs({
      args: [...args],
      options: { email: { type: 'string' }, name: { type: 'string' } },
      strict: true,
    });
  } catch (error) {
    throw new CliError(
      `${error instanceof Error ? error.message : String(error)} (try: npm run cli -- --help)`,
    );
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
