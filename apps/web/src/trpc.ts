import type { AppRouter } from '@smartcity/api';
import { QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink, TRPCClientError } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';

/** React bindings of the API: `useTRPC()` gives typed query and mutation options. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The one query client of the SPA. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer will not change on retry; network trouble might.
        retry: (failureCount, error) => failureCount < 2 && !isClientError(error),
      },
    },
  });
}

/** The tRPC client: batched plain-JSON calls to `/trpc`, marked as coming from the SPA. */
export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: '/trpc',
        // Mutations without this header are refused (CSRF): a cross-site form cannot set it.
        headers: () => ({ 'x-csrf': '1' }),
      }),
    ],
  });
}

function isClientError(error: unknown): boolean {
  if (!(error instanceof TRPCClientError)) return false;
  const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
  return typeof status === 'number' && status >= 400 && status < 500;
}
