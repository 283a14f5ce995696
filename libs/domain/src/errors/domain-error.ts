import type { RefusalReason } from './refusal-reason';

/**
 * The codes a domain rule or a repository may fail with. The API layer maps each code to a
 * transport code in one place; nothing else in the code base does that mapping.
 *
 * - `NOT_FOUND`: the record does not exist (or is not visible to the caller).
 * - `VALIDATION`: the input breaks a rule that a schema alone cannot express.
 * - `CONFLICT`: the record changed since the caller read it (stale version) or a unique key clashes.
 * - `NOT_ALLOWED`: the actor may not do this (role or unit).
 * - `STAGE_GATE_NOT_MET`: a lifecycle stage's gate is not passed; `details` lists what is missing.
 * - `INVALID_TRANSITION`: the lifecycle does not allow this move from the current stage.
 * - `UNAUTHENTICATED`: the caller is not logged in, or the credentials are wrong.
 * - `RATE_LIMITED`: too many attempts; `details.retryAfterSeconds` says when to try again.
 * - `TOO_LARGE`: an uploaded file is larger than the limit; `details.maxBytes` says the limit.
 * - `UNSUPPORTED_TYPE`: an uploaded file is not of a type the operation reads (judged by its
 *   bytes, whatever its name says).
 */
export const domainErrorCodes = [
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'NOT_ALLOWED',
  'STAGE_GATE_NOT_MET',
  'INVALID_TRANSITION',
  'UNAUTHENTICATED',
  'RATE_LIMITED',
  'TOO_LARGE',
  'UNSUPPORTED_TYPE',
] as const;

/** One of {@link domainErrorCodes}. */
export type DomainErrorCode = (typeof domainErrorCodes)[number];

/**
 * The details of a {@link DomainError}: free-form data for the client (the missing fields, a
 * count, the field at fault), whose `reason`, when there is one, must be a {@link RefusalReason}
 * (an unknown string fails the typecheck).
 */
export type DomainErrorDetails = Readonly<{ reason?: RefusalReason } & Record<string, unknown>>;

/**
 * A failure the domain understands: data with a `code`, a human message, optional details and,
 * for a refusal, its typed `reason` (given as `details.reason`, which stays in the details for
 * clients that read it there). It extends `Error` only so that it can be thrown through layers
 * that expect errors; callers should switch on `code` and `reason`, never on the message.
 *
 * @example
 * throw new DomainError('NOT_FOUND', 'Unit not found', { id });
 * throw new DomainError('CONFLICT', 'A merged unit cannot be reactivated', { reason: 'unit_merged' });
 */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  /** Why the rule refused, from `details.reason`; null when the code says enough. */
  readonly reason: RefusalReason | null;

  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: DomainErrorDetails,
  ) {
    super(message);
    this.reason = details?.reason ?? null;
  }
}

/** True when `value` is a {@link DomainError}, whatever realm it was created in. */
export function isDomainError(value: unknown): value is DomainError {
  return (
    value instanceof DomainError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'DomainError' &&
      typeof (value as { code?: unknown }).code === 'string')
  );
}
