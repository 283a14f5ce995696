import { z } from 'zod';
import { newPasswordSchema, passwordProblems } from '../auth/password-policy';
import { DomainError } from '../errors/domain-error';
import { emailSchema, personNameSchema } from '../user/user';
import { regionInputSchema } from './region';

/**
 * Setting up a deployment that starts from nothing: a region and its first coordinator, created
 * together. The server prints a one-time setup link while no region exists; the link's token is
 * checked by the rules here.
 */

/** How long a setup link works after the server printed it. */
export const setupTokenPolicy = { lifetimeMs: 24 * 60 * 60 * 1000 } as const;

/** When a setup token created at `now` stops working. */
export function setupTokenExpiry(now: Date, policy = setupTokenPolicy): Date {
  return new Date(now.getTime() + policy.lifetimeMs);
}

/** What a token from a setup link is worth now. */
export type SetupTokenState = 'valid' | 'expired' | 'unknown';

/**
 * The state of a setup link's token from its stored record (undefined when no record has its
 * hash: never issued, mistyped, or already used). A token is valid strictly before its expiry.
 */
export function setupTokenState(
  stored: { readonly expiresAt: Date } | undefined,
  now: Date,
): SetupTokenState {
  if (!stored) return 'unknown';
  return now.getTime() < stored.expiresAt.getTime() ? 'valid' : 'expired';
}

// Why a setup is refused: `setupRefusalReasons` in errors/refusal-reason.ts.

/**
 * The setup rule: only while no region exists, and only with a valid token. Answers the refusal
 * (to throw), or null when setup may go ahead.
 */
export function setupRefusal(regionExists: boolean, token: SetupTokenState): DomainError | null {
  if (regionExists) {
    return new DomainError('CONFLICT', 'The region is already set up', {
      reason: 'already_set_up',
    });
  }
  switch (token) {
    case 'valid':
      return null;
    case 'expired':
      return new DomainError('NOT_FOUND', 'The setup link has expired', {
        reason: 'setup_token_expired',
      });
    case 'unknown':
      return new DomainError('NOT_FOUND', 'The setup link is not valid (or was used already)', {
        reason: 'setup_token_invalid',
      });
  }
}

/** The password rule for the first coordinator, as a refusal to throw (null when acceptable). */
export function coordinatorPasswordRefusal(password: string, email: string): DomainError | null {
  const problems = passwordProblems(password, email);
  return problems.length === 0
    ? null
    : new DomainError('VALIDATION', 'The password does not meet the policy', {
        reason: 'password_policy',
        field: 'coordinator.password',
        problems,
      });
}

/** What `setup.status` answers: whether setup is needed, and whether the link's token works. */
export type SetupStatus = {
  /** True while no region exists. */
  readonly needed: boolean;
  /** True when setup is needed and the token is valid now. */
  readonly tokenValid: boolean;
  /** Why the token does not work, when setup is needed and it does not. */
  readonly tokenProblem: 'setup_token_invalid' | 'setup_token_expired' | null;
};

/** The status of a setup from the same facts {@link setupRefusal} judges. */
export function setupStatusOf(regionExists: boolean, token: SetupTokenState): SetupStatus {
  if (regionExists) return { needed: false, tokenValid: false, tokenProblem: null };
  const refusal = setupRefusal(false, token);
  const reason = refusal?.reason;
  return {
    needed: true,
    tokenValid: refusal === null,
    tokenProblem:
      reason === 'setup_token_expired' || reason === 'setup_token_invalid' ? reason : null,
  };
}

/** Input of `setup.status`: the token of the link opened (absent when the link had none). */
export const setupStatusInputSchema = z.strictObject({
  token: z.string().trim().max(200).optional(),
});

/** The parsed input of `setup.status`. */
export type SetupStatusInput = z.infer<typeof setupStatusInputSchema>;

/** The first coordinator, with the password they choose themselves. */
export const setupCoordinatorSchema = z.strictObject({
  name: personNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
});

/** The parsed first coordinator. */
export type SetupCoordinator = z.infer<typeof setupCoordinatorSchema>;

/** Input of `setup.complete`: the link's token, the region and the first coordinator. */
export const setupCompleteInputSchema = z.strictObject({
  token: z.string().trim().min(1).max(200),
  region: regionInputSchema,
  coordinator: setupCoordinatorSchema,
});

/** The parsed input of `setup.complete`. */
export type SetupCompleteInput = z.infer<typeof setupCompleteInputSchema>;
