import type { ErrorData } from '@smartcity/api';
import { TRPCClientError } from '@trpc/client';

/** What the SPA reads from an API error: the transport code, the domain code and details. */
export type ApiErrorInfo = {
  readonly code: string | null;
  readonly httpStatus: number | null;
  readonly path: string | null;
  readonly domainCode: string | null;
  readonly details: Readonly<Record<string, unknown>> | null;
  readonly fieldErrors: Readonly<Record<string, string[]>>;
};

/** Reads an error thrown by a tRPC call; anything else (network failure) has null codes. */
export function apiErrorInfo(error: unknown): ApiErrorInfo {
  const data =
    error instanceof TRPCClientError ? (error.data as Partial<ErrorData> | undefined) : undefined;
  return {
    code: data?.code ?? null,
    httpStatus: data?.httpStatus ?? null,
    path: data?.path ?? null,
    domainCode: data?.domainCode ?? null,
    details: data?.details ?? null,
    fieldErrors: data?.validation?.fieldErrors ?? {},
  };
}

/** True when the error says the caller is not (or no longer) logged in. */
export function isUnauthenticated(error: unknown): boolean {
  return apiErrorInfo(error).code === 'UNAUTHORIZED';
}
