import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { router } from './routes/router';
import { createAppTheme, cssVariablesResolver } from './theme';
import { createDataLayer, TRPCProvider } from './trpc';

/** When a call answers UNAUTHORIZED, the session ended: log in again, then come back here. */
function onSessionLost(): void {
  const { pathname, href } = router.state.location;
  if (pathname === '/masuk') return;
  data.queryClient.setQueryData(data.trpc.auth.me.queryKey(), null);
  void router.navigate({ to: '/masuk', search: { redirect: href, expired: true } });
}

/** The SPA's one query client, tRPC client and options proxy. */
const data = createDataLayer(onSessionLost);

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
      <Notifications position="top-right" />
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
