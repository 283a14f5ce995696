import { z } from 'zod';
import { DomainError } from '../errors/domain-error';
import { idSchema } from '../common/id';
import { newPasswordSchema } from './password-policy';

/**
 * One-time account tokens: an invitation link (the coordinator hands it over instead of a
 * password) now, a password reset link later. Only the token's SHA-256 is stored; the token is
 * in the link alone. A token is used at most once and only before it expires.
 */
export const accountTokenPurposes = ['invitation', 'password_reset'] as const;

/** One of {@link accountTokenPurposes}. */
export type AccountTokenPurpose = (typeof accountTokenPurposes)[number];

const hour = 60 * 60 * 1000;

/**
 * How long a token of each purpose stays valid: an invitation 72 hours (a weekend between the
 * hand-over and the first login); a password reset one hour (OWASP's guidance for reset links).
 */
export const accountTokenLifetimeMs: Readonly<Record<AccountTokenPurpose, number>> = {
  invitation: 72 * hour,
  password_reset: 1 * hour,
};

/** When a token issued at `now` for `purpose` expires. */
export function accountTokenExpiry(purpose: AccountTokenPurpose, now: Date): Date {
  return new Date(now.getTime() + accountTokenLifetimeMs[purpose]);
}

/** A token as it travels in a link: 256 random bits, URL-safe base64 (43 characters). */
export const accountTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{43}$/, { error: 'Not a valid link' });

/** A stored token, as the rules read it. */
export type AccountTokenState = {
  readonly purpose: string;
  readonly expiresAt: string;
  readonly usedAt: string | null;
};

/** Where a token stands: usable, used already, past its expiry, or not a token of this purpose. */
export type AccountTokenStatus = 'valid' | 'used' | 'expired' | 'unknown';

/**
 * The status of a token (undefined: no token has this hash) for `purpose` at `now`. A used token
 * is `used` even once it has expired too; it expires at `expiresAt` exactly.
 */
export function accountTokenStatus(
  token: AccountTokenState | undefined,
  purpose: AccountTokenPurpose,
  now: Date,
): AccountTokenStatus {
  if (token?.purpose !== purpose) return 'unknown';
  if (token.usedAt !== null) return 'used';
  if (new Date(token.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'valid';
}

/** The refusal of a token that is not `valid` (null when it is). */
export function accountTokenRefusal(status: Exclude<AccountTokenStatus, 'valid'>): DomainError;
export function accountTokenRefusal(status: AccountTokenStatus): DomainError | null;
export function accountTokenRefusal(status: AccountTokenStatus): DomainError | null {
  switch (status) {
    case 'valid':
      return null;
    case 'used':
      return new DomainError('CONFLICT', 'This link was used already', { reason: 'token_used' });
    case 'expired':
      return new DomainError('NOT_ALLOWED', 'This link has expired', { reason: 'token_expired' });
    case 'unknown':
      return new DomainError('NOT_FOUND', 'This link is not valid', { reason: 'token_unknown' });
  }
}

/** Input of `user.invite` (coordinators): a new invitation link for an existing user. */
export const userInviteInputSchema = z.strictObject({ id: idSchema });

/** Input of `auth.invitation` (public): whether a link is valid, and for whom. */
export const invitationLookupInputSchema = z.strictObject({ token: accountTokenSchema });

/** Input of `auth.acceptInvitation` (public): the link's token and the password chosen. */
export const acceptInvitationInputSchema = z.strictObject({
  token: accountTokenSchema,
  password: newPasswordSchema,
});

/** The parsed input of `auth.acceptInvitation`. */
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInputSchema>;
