import type { ErrorData, HttpErrorBody } from '@smartcity/api';
import { isRefusalReason, type DomainErrorCode, type RefusalReason } from '@smartcity/domain';
import { TRPCClientError } from '@trpc/client';

/**
 * What the SPA reads from an API error: the domain code and refusal reason the server sent (what
 * the SPA decides on), the details, and the transport code (only for errors no domain rule
 * raised: malformed input, the network, a race the database refused).
 */
export type ApiErrorInfo = {
  readonly code: string | null;
  readonly httpStatus: number | null;
  readonly path: string | null;
  readonly domainCode: DomainErrorCode | null;
  readonly reason: RefusalReason | null;
  readonly details: Readonly<Record<string, unknown>> | null;
  readonly fieldErrors: Readonly<Record<string, string[]>>;
};

/** The reason the server sent, checked against the domain's (an older server: from details). */
function reasonOf(
  reason: unknown,
  details: Readonly<Record<string, unknown>> | null | undefined,
): RefusalReason | null {
  if (isRefusalReason(reason)) return reason;
  const fromDetails = details?.reason;
  return isRefusalReason(fromDetails) ? fromDetails : null;
}

/** Reads an error thrown by a tRPC call; anything else (network failure) has null codes. */
export function apiErrorInfo(error: unknown): ApiErrorInfo {
  const data =
    error instanceof TRPCClientError ? (error.data as Partial<ErrorData> | undefined) : undefined;
  return {
    code: data?.code ?? null,
    httpStatus: data?.httpStatus ?? null,
    path: data?.path ?? null,
    domainCode: data?.domainCode ?? null,
    reason: reasonOf(data?.reason, data?.details),
    details: data?.details ?? null,
    fieldErrors: data?.validation?.fieldErrors ?? {},
  };
}

/**
 * Reads the answer of a refused plain HTTP request (uploads, imports, the emblem): its JSON body
 * (`HttpErrorBody`, null when it was not JSON) and status, as the same `ApiErrorInfo`. A status
 * without a body (a proxy's page, 0 for the network) gives only the transport's code; a 413
 * without a reason (a proxy refused the body before the app could read it) gives `tooLarge`,
 * the reason the route itself would have sent (each upload route names its own).
 */
export function httpErrorInfo(
  status: number,
  body: unknown,
  tooLarge?: RefusalReason,
): ApiErrorInfo {
  const error = (body as Partial<HttpErrorBody> | null | undefined)?.error;
  const details = error?.details ?? null;
  const reason = reasonOf(error?.reason, details);
  return {
    code: status === 0 ? null : transportCodeOf(status),
    httpStatus: status === 0 ? null : status,
    path: null,
    domainCode: error?.domainCode ?? null,
    reason: reason ?? (status === 413 && tooLarge ? tooLarge : null),
    details,
    fieldErrors: {},
  };
}

function transportCodeOf(status: number): string {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHORIZED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 409:
      return 'CONFLICT';
    case 429:
      return 'TOO_MANY_REQUESTS';
    default:
      return 'INTERNAL_SERVER_ERROR';
  }
}

/** True when the error says the caller is not (or no longer) logged in. */
export function isUnauthenticated(error: unknown): boolean {
  const info = apiErrorInfo(error);
  return info.domainCode === 'UNAUTHENTICATED' || info.code === 'UNAUTHORIZED';
}

/**
 * True when the record changed meanwhile: the domain's `CONFLICT` (a stale version), or a write
 * the database refused because another won the race (no domain code then).
 */
export function isConflict(info: ApiErrorInfo): boolean {
  return info.domainCode === 'CONFLICT' || (info.domainCode === null && info.code === 'CONFLICT');
}
