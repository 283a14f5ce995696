import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  type ErrorComponentProps,
} from '@tanstack/react-router';
import { loginSearchSchema } from '../features/auth/login-search';
import { ComingSoonPage } from '../features/common/components/coming-soon-page';
import { NotFoundPage } from '../features/common/components/not-found-page';
import { QueryError } from '../features/common/components/query-error';
import { dashboardSearchSchema } from '../features/dashboard/dashboard-search';
import { canCreateInnovation } from '../features/innovations/innovation-access';
import { innovationsSearchSchema } from '../features/innovations/innovations-search';
import { AppLayout } from '../features/shell/components/app-layout';
import { unitsSearchSchema } from '../features/units/units-search';
import type { Trpc } from '../trpc';

// Routes use Indonesian paths: they are what users see and share.

// Every page is loaded on demand (its own chunk), so the first load carries only the shell and
// the page being opened; the router fetches a page's chunk when a link to it is hovered or
// followed. The dashboard's charts (recharts) are a further chunk, loaded when a chart shows.
const LoginPage = lazyRouteComponent(
  () => import('../features/auth/components/login-page'),
  'LoginPage',
);
const DashboardPage = lazyRouteComponent(
  () => import('../features/dashboard/components/dashboard-page'),
  'DashboardPage',
);
const PublicDashboardPage = lazyRouteComponent(
  () => import('../features/dashboard/components/public-dashboard-page'),
  'PublicDashboardPage',
);
const InnovationsPage = lazyRouteComponent(
  () => import('../features/innovations/components/innovations-page'),
  'InnovationsPage',
);
const UnitsPage = lazyRouteComponent(
  () => import('../features/units/components/units-page'),
  'UnitsPage',
);
const UnitDetailPage = lazyRouteComponent(
  () => import('../features/units/components/unit-detail-page'),
  'UnitDetailPage',
);
const ProfilePage = lazyRouteComponent(
  () => import('../features/profile/components/profile-page'),
  'ProfilePage',
);
const UsersPage = lazyRouteComponent(
  () => import('../features/users/components/users-page'),
  'UsersPage',
);
const NotificationsPage = lazyRouteComponent(
  () => import('../features/notifications/components/notifications-page'),
  'NotificationsPage',
);

/** What every route's guard and loader can use. */
export type RouterContext = { readonly queryClient: QueryClient; readonly trpc: Trpc };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ({ reset }: ErrorComponentProps) => <QueryError onRetry={reset} />,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  validateSearch: (search) => loginSearchSchema.parse(search),
  component: function LoginRouteComponent() {
    const search = loginRoute.useSearch();
    const navigate = loginRoute.useNavigate();
    return <LoginPage search={search} onLoggedIn={(to) => void navigate({ to, replace: true })} />;
  },
});

/** The public dashboard: published innovations only, for anyone, outside the login. */
const publicDashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/publik',
  validateSearch: (search) => dashboardSearchSchema.parse(search),
  component: function PublicDashboardRouteComponent() {
    const search = publicDashboardRoute.useSearch();
    const navigate = publicDashboardRoute.useNavigate();
    return (
      <PublicDashboardPage
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  },
});

/** Everything behind the login: the guard sends the public to the login page and back. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(context.trpc.auth.me.queryOptions());
    if (!me) throw redirect({ to: '/masuk', search: { redirect: location.href } });
    return { me };
  },
  component: function AppRouteComponent() {
    const { me } = appRoute.useRouteContext();
    return <AppLayout me={me} />;
  },
});

const dashboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  validateSearch: (search) => dashboardSearchSchema.parse(search),
  component: function DashboardRouteComponent() {
    const { me } = dashboardRoute.useRouteContext();
    const search = dashboardRoute.useSearch();
    const navigate = dashboardRoute.useNavigate();
    return (
      <DashboardPage
        me={me}
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  },
});

const innovationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inovasi',
  validateSearch: (search) => innovationsSearchSchema.parse(search),
  component: function InnovationsRouteComponent() {
    const { me } = innovationsRoute.useRouteContext();
    const search = innovationsRoute.useSearch();
    const navigate = innovationsRoute.useNavigate();
    return (
      <InnovationsPage
        me={me}
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  },
});

// The form and the detail page (forms, stepper, timeline, upload) are loaded on demand too.
const InnovationCreatePage = lazyRouteComponent(
  () => import('../features/innovations/components/innovation-create-page'),
  'InnovationCreatePage',
);
const InnovationDetailPage = lazyRouteComponent(
  () => import('../features/innovations/components/innovation-detail-page'),
  'InnovationDetailPage',
);

const innovationCreateRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inovasi/baru',
  // Unit roles and coordinators create innovations; others go back to the list.
  beforeLoad: ({ context }) => {
    if (!canCreateInnovation(context.me)) throw redirect({ to: '/inovasi' });
  },
  loader: () => InnovationCreatePage.preload?.(),
  component: function InnovationCreateRouteComponent() {
    const { me } = innovationCreateRoute.useRouteContext();
    const navigate = innovationCreateRoute.useNavigate();
    return (
      <InnovationCreatePage
        me={me}
        onCreated={(innovationId) =>
          void navigate({ to: '/inovasi/$innovationId', params: { innovationId } })
        }
      />
    );
  },
});

const innovationDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inovasi/$innovationId',
  loader: () => InnovationDetailPage.preload?.(),
  component: function InnovationDetailRouteComponent() {
    const { innovationId } = innovationDetailRoute.useParams();
    return <InnovationDetailPage innovationId={innovationId} />;
  },
});

const masterplanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rencana-induk',
  component: () => <ComingSoonPage titleKey="nav.masterplan" />,
});

const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/perangkat-daerah',
  validateSearch: (search) => unitsSearchSchema.parse(search),
  component: function UnitsRouteComponent() {
    const search = unitsRoute.useSearch();
    const navigate = unitsRoute.useNavigate();
    return (
      <UnitsPage
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  },
});

const unitDetailRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/perangkat-daerah/$unitId',
  component: function UnitDetailRouteComponent() {
    const { unitId } = unitDetailRoute.useParams();
    return <UnitDetailPage unitId={unitId} />;
  },
});

const profileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profil',
  component: function ProfileRouteComponent() {
    const { me } = profileRoute.useRouteContext();
    return <ProfilePage me={me} />;
  },
});

const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifikasi',
  component: NotificationsPage,
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengguna',
  // Only coordinators manage users; others are sent to the dashboard (the API refuses them anyway).
  beforeLoad: ({ context }) => {
    if (context.me.user.role !== 'coordinator') throw redirect({ to: '/' });
  },
  component: function UsersRouteComponent() {
    const { me } = usersRoute.useRouteContext();
    return <UsersPage currentUserId={me.user.id} />;
  },
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  publicDashboardRoute,
  appRoute.addChildren([
    dashboardRoute,
    innovationsRoute,
    innovationCreateRoute,
    innovationDetailRoute,
    masterplanRoute,
    unitsRoute,
    unitDetailRoute,
    profileRoute,
    notificationsRoute,
    usersRoute,
  ]),
]);

/** The SPA's router: typed routes, search params validated by zod, guards on the session. */
export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  scrollRestoration: true,
  // Filled in by <RouterProvider context> in app.tsx.
  context: { queryClient: undefined as unknown as QueryClient, trpc: undefined as unknown as Trpc },
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
