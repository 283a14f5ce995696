import { createHash, randomBytes } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import {
  coordinatorPasswordRefusal,
  setupRefusal,
  setupStatusOf,
  setupTokenExpiry,
  setupTokenState,
  type Region,
  type RegionInput,
  type SetupCompleteInput,
  type SetupStatus,
  type User,
} from '@smartcity/domain';
import {
  appendEvent,
  claimSetupTokens,
  countRegions,
  deleteExpiredSetupTokens,
  findSetupToken,
  insertRegion,
  insertSetupToken,
  insertUser,
  recordLastLogin,
  type Database,
} from '@smartcity/db';
import type { Context } from '../../context';
import { describeMe, type Me } from '../auth/me';
import { startSession } from '../auth/session-service';

type Db = Kysely<Database> | Transaction<Database>;

/** The id a setup token is stored under: its SHA-256, so a copy of the database yields no link. */
export function setupTokenIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Issues a new setup token (256 random bits, URL-safe) valid for 24 hours, storing only its hash;
 * expired ones are cleaned up. The server calls it at start on a database without a region and
 * prints the link; only the printed link ever holds the token.
 */
export async function issueSetupToken(
  db: Kysely<Database>,
  now: Date,
): Promise<{ readonly token: string; readonly expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = setupTokenExpiry(now);
  await db.transaction().execute(async (trx) => {
    await deleteExpiredSetupTokens(trx, now);
    await insertSetupToken(trx, { id: setupTokenIdOf(token), expiresAt }, now);
  });
  return { token, expiresAt };
}

/** Whether setup is needed and whether a link's token (if any) works now. */
export async function setupStatus(
  db: Db,
  token: string | undefined,
  now: Date,
): Promise<SetupStatus> {
  const regionExists = (await countRegions(db)) > 0;
  const stored = token ? await findSetupToken(db, setupTokenIdOf(token)) : undefined;
  return setupStatusOf(regionExists, setupTokenState(stored, now));
}

/** How a region came to be set up: the in-app wizard or the command line. */
export type SetupOrigin = {
  readonly via: 'setup' | 'cli';
  readonly now: Date;
  readonly actorAddress: string | null;
};

/**
 * Creates the region (a real one, not demo data) and its first coordinator, with their events,
 * inside the caller's transaction; every setup token is consumed. `CONFLICT` (`already_set_up`)
 * when a region exists already, `CONFLICT` (field `email`) when the email is in use. The one
 * place where the wizard and the CLI's `setup` create a region.
 */
export async function createRegionWithCoordinator(
  trx: Transaction<Database>,
  input: {
    readonly region: RegionInput;
    readonly coordinator: {
      readonly name: string;
      readonly email: string;
      readonly passwordHash: string;
    };
  },
  origin: SetupOrigin,
): Promise<{ readonly region: Region; readonly coordinator: User }> {
  await claimSetupTokens(trx);
  const refusal = setupRefusal((await countRegions(trx)) > 0, 'valid');
  if (refusal) throw refusal;
  const { now, via } = origin;
  const region = await insertRegion(trx, { input: input.region, now, origin: { isDemo: false } });
  const coordinator = await insertUser(
    trx,
    {
      name: input.coordinator.name,
      email: input.coordinator.email,
      nip: null,
      role: 'coordinator',
      unitId: null,
      passwordHash: input.coordinator.passwordHash,
    },
    now,
  );
  // The wizard's user is the coordinator themself; the CLI's is the operator at the server.
  const actorUserId = via === 'setup' ? coordinator.id : null;
  await appendEvent(trx, {
    occurredAt: now,
    regionId: region.id,
    actorUserId,
    actorAddress: origin.actorAddress,
    entityType: 'region',
    entityId: region.id,
    action: 'region.created',
    after: { ...region, via },
  });
  await appendEvent(trx, {
    occurredAt: now,
    regionId: region.id,
    actorUserId,
    actorAddress: origin.actorAddress,
    entityType: 'user',
    entityId: coordinator.id,
    action: 'user.created',
    after: { ...coordinator, via },
  });
  return { region, coordinator };
}

/**
 * Completes the in-app setup: only while no region exists and with a valid, unexpired token.
 * In one transaction that first claims (deletes) every setup token — so two completions at once
 * cannot both create a region — it creates the region and the first coordinator with the
 * password they chose, and starts their session (the wizard lands them logged in). A refusal
 * (`already_set_up`, `setup_token_invalid`, `setup_token_expired`, `password_policy`) changes
 * nothing: the claimed tokens come back with the rollback.
 */
export async function completeSetup(ctx: Context, input: SetupCompleteInput): Promise<Me> {
  const passwordRefusal = coordinatorPasswordRefusal(
    input.coordinator.password,
    input.coordinator.email,
  );
  if (passwordRefusal) throw passwordRefusal;
  // A cheap check first, so that a stale link costs no password hash; the transaction decides.
  const id = setupTokenIdOf(input.token);
  const early = setupRefusal(
    (await countRegions(ctx.db)) > 0,
    setupTokenState(await findSetupToken(ctx.db, id), ctx.now()),
  );
  if (early) throw early;
  const passwordHash = await ctx.passwords.hash(input.coordinator.password);
  const now = ctx.now();
  const userAgent = ctx.headers['user-agent'];
  const coordinator = await ctx.db.transaction().execute(async (trx) => {
    const claimed = await claimSetupTokens(trx);
    const refusal = setupRefusal(
      (await countRegions(trx)) > 0,
      setupTokenState(
        claimed.find((token) => token.id === id),
        now,
      ),
    );
    if (refusal) throw refusal;
    const created = await createRegionWithCoordinator(
      trx,
      {
        region: input.region,
        coordinator: {
          name: input.coordinator.name,
          email: input.coordinator.email,
          passwordHash,
        },
      },
      { via: 'setup', now, actorAddress: ctx.clientAddress },
    );
    await startSession(trx, ctx, {
      request: {
        cookies: ctx.cookies,
        clientAddress: ctx.clientAddress,
        userAgent: typeof userAgent === 'string' ? userAgent : null,
      },
      user: created.coordinator,
    });
    await recordLastLogin(trx, created.coordinator.id, now);
    await appendEvent(trx, {
      occurredAt: now,
      regionId: created.region.id,
      actorUserId: created.coordinator.id,
      actorAddress: ctx.clientAddress,
      entityType: 'user',
      entityId: created.coordinator.id,
      action: 'auth.login',
      after: { via: 'setup' },
    });
    return created.coordinator;
  });
  return describeMe(ctx.db, { ...coordinator, lastLoginAt: now.toISOString() });
}
