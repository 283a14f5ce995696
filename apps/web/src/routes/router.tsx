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
import { NotFoundPage } from '../features/common/components/not-found-page';
import { QueryError } from '../features/common/components/query-error';
import { dashboardSearchSchema } from '../features/dashboard/dashboard-search';
import { canCreateInnovation } from '../features/innovations/innovation-access';
import { innovationsSearchSchema } from '../features/innovations/innovations-search';
import {
  masterplanSearchSchema,
  roadmapSearchSchema,
} from '../features/masterplan/masterplan-search';
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
const OpenDataPage = lazyRouteComponent(
  () => import('../features/open-data/components/open-data-page'),
  'OpenDataPage',
);
/** The Data Terbuka page's texts, fetched with it (see open-data-texts.ts). */
const loadOpenDataTexts = () =>
  import('../features/open-data/open-data-texts').then((m) => m.loadOpenDataTexts());
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
const EvaluationPage = lazyRouteComponent(
  () => import('../features/evaluation/components/evaluation-page'),
  'EvaluationPage',
);
const RoundPage = lazyRouteComponent(
  () => import('../features/evaluation/components/round-page'),
  'RoundPage',
);
const ScoringPage = lazyRouteComponent(
  () => import('../features/evaluation/components/scoring-page'),
  'ScoringPage',
);
/** The evaluation pages' texts, fetched with them (see evaluation-texts.ts). */
const loadEvaluationTexts = () =>
  import('../features/evaluation/evaluation-texts').then((m) => m.loadEvaluationTexts());
const MasterplanPage = lazyRouteComponent(
  () => import('../features/masterplan/components/masterplan-page'),
  'MasterplanPage',
);
const RoadmapPage = lazyRouteComponent(
  () => import('../features/masterplan/components/roadmap-page'),
  'RoadmapPage',
);
const CommitmentPage = lazyRouteComponent(
  () => import('../features/masterplan/components/commitment-page'),
  'CommitmentPage',
);
const GrandDesignPage = lazyRouteComponent(
  () => import('../features/masterplan/components/grand-design-page'),
  'GrandDesignPage',
);
/** The Rencana Induk pages' texts, fetched with them (see masterplan-texts.ts). */
const loadMasterplanTexts = () =>
  import('../features/masterplan/masterplan-texts').then((m) => m.loadMasterplanTexts());
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

/** Data Terbuka: the open datasets and their metadata, for anyone, outside the login. */
const openDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/publik/data',
  loader: () => Promise.all([OpenDataPage.preload?.(), loadOpenDataTexts()]),
  component: OpenDataPage,
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

/** Rencana Induk: the masterplan, its dimensions' strategies and programmes (drawer: ?program=). */
const masterplanRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rencana-induk',
  validateSearch: (search) => masterplanSearchSchema.parse(search),
  loader: () => Promise.all([MasterplanPage.preload?.(), loadMasterplanTexts()]),
  component: function MasterplanRouteComponent() {
    const { me } = masterplanRoute.useRouteContext();
    const search = masterplanRoute.useSearch();
    const navigate = masterplanRoute.useNavigate();
    return (
      <MasterplanPage
        me={me}
        search={search}
        onSearchChange={(next) => void navigate({ search: next, resetScroll: false })}
      />
    );
  },
});

const roadmapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rencana-induk/peta-jalan',
  validateSearch: (search) => roadmapSearchSchema.parse(search),
  loader: () => Promise.all([RoadmapPage.preload?.(), loadMasterplanTexts()]),
  component: function RoadmapRouteComponent() {
    const search = roadmapRoute.useSearch();
    const navigate = roadmapRoute.useNavigate();
    return (
      <RoadmapPage
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  },
});

const commitmentRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/rencana-induk/komitmen',
  loader: () => Promise.all([CommitmentPage.preload?.(), loadMasterplanTexts()]),
  component: function CommitmentRouteComponent() {
    const { me } = commitmentRoute.useRouteContext();
    return <CommitmentPage me={me} />;
  },
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

/** A unit's grand design: its programmes, action items, quick wins and innovations. */
const grandDesignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/perangkat-daerah/$unitId/grand-design',
  loader: () => Promise.all([GrandDesignPage.preload?.(), loadMasterplanTexts()]),
  component: function GrandDesignRouteComponent() {
    const { me } = grandDesignRoute.useRouteContext();
    const { unitId } = grandDesignRoute.useParams();
    return <GrandDesignPage me={me} unitId={unitId} />;
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

/** Penilaian: coordinators run the rounds, leaders read them, evaluators score. */
const evaluationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian',
  beforeLoad: ({ context }) => {
    const role = context.me.user.role;
    if (role !== 'coordinator' && role !== 'leader' && role !== 'evaluator') {
      throw redirect({ to: '/' });
    }
  },
  loader: () => Promise.all([EvaluationPage.preload?.(), loadEvaluationTexts()]),
  component: function EvaluationRouteComponent() {
    const { me } = evaluationRoute.useRouteContext();
    const navigate = evaluationRoute.useNavigate();
    return (
      <EvaluationPage
        me={me}
        onRoundCreated={(roundId) =>
          void navigate({ to: '/penilaian/$roundId', params: { roundId } })
        }
      />
    );
  },
});

const roundRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/$roundId',
  // A round's page is for coordinators (who run it) and leaders (who read it).
  beforeLoad: ({ context }) => {
    const role = context.me.user.role;
    if (role !== 'coordinator' && role !== 'leader') throw redirect({ to: '/penilaian' });
  },
  loader: () => Promise.all([RoundPage.preload?.(), loadEvaluationTexts()]),
  component: function RoundRouteComponent() {
    const { me } = roundRoute.useRouteContext();
    const { roundId } = roundRoute.useParams();
    return <RoundPage roundId={roundId} canManage={me.user.role === 'coordinator'} />;
  },
});

const scoringRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/$roundId/inovasi/$innovationId',
  // Only the assigned evaluator scores; the API checks the assignment.
  beforeLoad: ({ context }) => {
    if (context.me.user.role !== 'evaluator') throw redirect({ to: '/penilaian' });
  },
  loader: () => Promise.all([ScoringPage.preload?.(), loadEvaluationTexts()]),
  component: function ScoringRouteComponent() {
    const { roundId, innovationId } = scoringRoute.useParams();
    return <ScoringPage roundId={roundId} innovationId={innovationId} />;
  },
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  publicDashboardRoute,
  openDataRoute,
  appRoute.addChildren([
    dashboardRoute,
    innovationsRoute,
    innovationCreateRoute,
    innovationDetailRoute,
    evaluationRoute,
    roundRoute,
    scoringRoute,
    masterplanRoute,
    roadmapRoute,
    commitmentRoute,
    unitsRoute,
    unitDetailRoute,
    grandDesignRoute,
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
