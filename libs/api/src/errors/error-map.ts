import type { TRPC_ERROR_CODE_KEY } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import { TRPCError } from '@trpc/server';
import type { DefaultErrorShape } from '@trpc/server/unstable-core-do-not-import';
import {
  isDomainError,
  type DomainError,
  type DomainErrorCode,
  type RefusalReason,
} from '@smartcity/domain';

/**
 * The one place where domain error codes become transport codes. Every `DomainErrorCode` must
 * appear here (the switch is checked for exhaustiveness).
 */
export function toTrpcCode(code: DomainErrorCode): TRPC_ERROR_CODE_KEY {
  switch (code) {
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'VALIDATION':
      return 'BAD_REQUEST';
    case 'CONFLICT':
      return 'CONFLICT';
    case 'NOT_ALLOWED':
      return 'FORBIDDEN';
    case 'STAGE_GATE_NOT_MET':
      return 'PRECONDITION_FAILED';
    case 'INVALID_TRANSITION':
      return 'UNPROCESSABLE_CONTENT';
    case 'UNAUTHENTICATED':
      return 'UNAUTHORIZED';
    case 'RATE_LIMITED':
      return 'TOO_MANY_REQUESTS';
    case 'TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'UNSUPPORTED_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
  }
}

/** The HTTP status of a domain error, for the few plain HTTP routes (file upload and download). */
export function httpStatusOf(code: DomainErrorCode): number {
  return getHTTPStatusCodeFromError(new TRPCError({ code: toTrpcCode(code) }));
}

/**
 * A database refusal that means "someone else changed this meanwhile" rather than a bug: a unique
 * or foreign-key violation, a refused update of an immutable row, or a deadlock (PostgreSQL
 * 23505, 23503, 40P01, 40001; SQLite's constraint codes; the immutability triggers' message).
 * The rules are checked before writing; these are the races between the check and the write.
 */
export function isConcurrentChange(cause: unknown): boolean {
  const code = (cause as { code?: unknown } | null | undefined)?.code;
  const message = cause instanceof Error ? cause.message : '';
  return (
    code === '23505' ||
    code === '23503' ||
    code === '40P01' ||
    code === '40001' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    code === 'SQLITE_CONSTRAINT_FOREIGNKEY' ||
    message.includes('is immutable')
  );
}

/**
 * Turns a thrown domain error into the matching `TRPCError`, and a database refusal caused by a
 * concurrent change into `CONFLICT` (reload and try again); anything else passes unchanged.
 */
export function fromDomainError(error: TRPCError): TRPCError {
  const cause = error.cause;
  if (isConcurrentChange(cause)) {
    return new TRPCError({
      code: 'CONFLICT',
      message: 'The record was changed meanwhile; reload it and try again',
      cause,
    });
  }
  if (!isDomainError(cause)) return error;
  return new TRPCError({ code: toTrpcCode(cause.code), message: cause.message, cause });
}

/** Validation problems, flattened: messages for the whole input and per field path. */
export type FlattenedValidationError = {
  readonly formErrors: string[];
  readonly fieldErrors: Record<string, string[]>;
};

/** A validation issue as both zod and Standard Schema report it. */
type Issue = {
  readonly message: string;
  readonly path?: readonly (PropertyKey | { readonly key: PropertyKey })[];
};

/** The issues of a validation error (a `ZodError` or tRPC's `StandardSchemaV1Error`), if it is one. */
function validationIssues(cause: unknown): readonly Issue[] | null {
  const issues = (cause as { issues?: unknown } | null | undefined)?.issues;
  return Array.isArray(issues) ? (issues as Issue[]) : null;
}

function flattenIssues(issues: readonly Issue[]): FlattenedValidationError {
  const formErrors: string[] = [];
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of issues) {
    const path = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p)).join('.');
    if (path === '') formErrors.push(issue.message);
    else (fieldErrors[path] ??= []).push(issue.message);
  }
  return { formErrors, fieldErrors };
}

/** The `data` every error answer carries, beyond tRPC's own fields. */
export type ErrorData = DefaultErrorShape['data'] & {
  /** The domain's code (e.g. `STAGE_GATE_NOT_MET`) when a domain rule refused the call. */
  readonly domainCode: DomainErrorCode | null;
  /** Why the rule refused (e.g. `unit_merged`), when the code alone does not say it. */
  readonly reason: RefusalReason | null;
  /** The domain error's details (e.g. the missing fields), when there are any. */
  readonly details: Readonly<Record<string, unknown>> | null;
  /** Input validation problems, flattened by field, when the input was malformed. */
  readonly validation: FlattenedValidationError | null;
};

const internalMessage = 'Internal server error';

/**
 * The tRPC error formatter: adds the domain code and details, flattens validation issues, and
 * never lets an internal error's message or stack reach the client.
 */
export function errorFormatter({
  shape,
  error,
}: {
  shape: DefaultErrorShape;
  error: TRPCError;
}): DefaultErrorShape & { data: ErrorData } {
  const cause = error.cause;
  const domain = isDomainError(cause) ? cause : null;
  const issues = error.code === 'BAD_REQUEST' ? validationIssues(cause) : null;
  const validation = issues ? flattenIssues(issues) : null;
  const internal = error.code === 'INTERNAL_SERVER_ERROR';
  const { stack: _stack, ...data } = shape.data;
  return {
    ...shape,
    message: internal ? internalMessage : validation ? 'Invalid input' : shape.message,
    data: {
      ...data,
      domainCode: domain?.code ?? null,
      reason: domain?.reason ?? null,
      details: domain?.details ?? null,
      validation,
    },
  };
}

/**
 * The JSON body of a refused plain HTTP request (the upload, import, export, emblem and document
 * routes): the same domain code, reason and details a tRPC error carries in `data`.
 */
export type HttpErrorBody = {
  readonly error: {
    readonly message: string;
    readonly domainCode: DomainErrorCode | null;
    readonly reason: RefusalReason | null;
    readonly details: Readonly<Record<string, unknown>> | null;
  };
};

/** The {@link HttpErrorBody} of a domain error, or of an internal one (null: no detail at all). */
export function httpErrorBody(error: DomainError | null): HttpErrorBody {
  return {
    error: error
      ? {
          message: error.message,
          domainCode: error.code,
          reason: error.reason,
          details: error.details ?? null,
        }
      : { message: internalMessage, domainCode: null, reason: null, details: null },
  };
}
