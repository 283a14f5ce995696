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

/** What the app does when a call says the user must do something else first. */
export type DataLayerHandlers = {
  /** A call answered UNAUTHORIZED (the session ended): log in again, then come back. */
  readonly onSessionLost: () => void;
  /** A call was refused until the user changes the password someone else set. */
  readonly onCredentialsChangeRequired: () => void;
};

/**
 * The SPA's data layer: one query client, the tRPC client and the options proxy. The handlers run
 * when a call answers that the session ended, or that the user must first choose their own
 * password; the app sends them to the login or the password page and back afterwards.
 */
export function createDataLayer(handlers: DataLayerHandlers) {
  const handleError = (error: unknown) => {
    const info = apiErrorInfo(error);
    // A wrong password at login is not a lost session.
    if (info.domainCode === 'UNAUTHENTICATED' && info.path !== 'auth.login')
      handlers.onSessionLost();
    if (info.reason === 'password_change_required') handlers.onCredentialsChangeRequired();
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
