import type { AppRouter } from '@smartcity/api';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import {
  createTRPCContext,
  createTRPCOptionsProxy,
  type TRPCOptionsProxy,
} from '@trpc/tanstack-react-query';
import { apiErrorInfo } from './features/common/api-error';

/** React bindings of the API: `useTRPC()` gives typed query and mutation options. */
export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>();

/** The API's query options outside React (route loaders, guards). */
export type Trpc = TRPCOptionsProxy<AppRouter>;

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

/**
 * The SPA's data layer: one query client, the tRPC client and the options proxy. `onSessionLost`
 * runs when a call answers UNAUTHORIZED (the session ended): the app sends the user to the login
 * page and back afterwards.
 */
export function createDataLayer(onSessionLost: () => void) {
  const handleError = (error: unknown) => {
    const info = apiErrorInfo(error);
    // A wrong password at login is not a lost session.
    if (info.code === 'UNAUTHORIZED' && info.path !== 'auth.login') onSessionLost();
  };
  const queryClient = new QueryClient({
    queryCache: new QueryCache({ onError: handleError }),
    mutationCache: new MutationCache({ onError: handleError }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A 4xx answer will not change on retry; network trouble might.
        retry: (failureCount, error) => {
          const status = apiErrorInfo(error).httpStatus;
          return failureCount < 2 && !(status !== null && status >= 400 && status < 500);
        },
      },
    },
  });
  const trpcClient = createApiClient();
  const trpc = createTRPCOptionsProxy<AppRouter>({ client: trpcClient, queryClient });
  return { queryClient, trpcClient, trpc };
}
