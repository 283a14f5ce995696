import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { firstPasswordPath, router } from './routes/router';
import { createAppTheme, cssVariablesResolver } from './theme';
import { createDataLayer, TRPCProvider } from './trpc';

/** When a call answers UNAUTHORIZED, the session ended: log in again, then come back here. */
function onSessionLost(): void {
  const { pathname, href } = router.state.location;
  if (pathname === '/masuk') return;
  data.queryClient.setQueryData(data.trpc.auth.me.queryKey(), null);
  void router.navigate({ to: '/masuk', search: { redirect: href, expired: true } });
}

/**
 * When a call is refused until the user chooses their own password (someone else set it): the
 * password page first, then back here. `auth.me` is fetched anew, so the guards see the flag.
 */
function onCredentialsChangeRequired(): void {
  const { pathname, href } = router.state.location;
  if (pathname === firstPasswordPath) return;
  void data.queryClient
    .fetchQuery({ ...data.trpc.auth.me.queryOptions(), staleTime: 0 })
    .then(() => router.navigate({ to: firstPasswordPath, search: { redirect: href } }));
}

/** The SPA's one query client, tRPC client and options proxy. */
const data = createDataLayer({ onSessionLost, onCredentialsChangeRequired });

// The notifications host (and its transitions) is not needed to show the first page: it loads
// right after, and `notify` queues in the store until it has.
const Notifications = lazy(() =>
  import('@mantine/notifications').then((m) => ({ default: m.Notifications })),
);

/** The SPA's providers: theme, notifications, data (TanStack Query + tRPC) and routes. */
export function App() {
  const { t } = useTranslation();
  const closeLabel = t('common.close');
  const theme = useMemo(() => createAppTheme(closeLabel), [closeLabel]);
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      defaultColorScheme="light"
    >
      <Suspense fallback={null}>
        <Notifications position="top-right" />
      </Suspense>
      <QueryClientProvider client={data.queryClient}>
        <TRPCProvider trpcClient={data.trpcClient} queryClient={data.queryClient}>
          <RouterProvider
            router={router}
            context={{ queryClient: data.queryClient, trpc: data.trpc }}
          />
        </TRPCProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
