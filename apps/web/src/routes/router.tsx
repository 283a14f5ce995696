import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
  useMatches,
  type ErrorComponentProps,
} from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { firstPasswordSearchSchema, invitationSearchSchema } from '../features/auth/account-search';
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
import { useDocumentTitle } from '../features/region/hooks/use-document-title';
import { setupSearchSchema } from '../features/setup/setup-search';
import { canImport } from '../features/exchange/import-access';
import { importSearchSchema } from '../features/exchange/import-search';
import { AppLayout } from '../features/shell/components/app-layout';
import { unitsSearchSchema } from '../features/units/units-search';
import type { TranslationKey } from '../i18n/keys';
import type { Trpc } from '../trpc';

// Routes use Indonesian paths: they are what users see and share.

// Every page is loaded on demand (its own chunk), so the first load carries only the shell and
// the page being opened; the router fetches a page's chunk when a link to it is hovered or
// followed. The dashboard's charts (recharts) are a further chunk, loaded when a chart shows.
const LoginPage = lazyRouteComponent(
  () => import('../features/auth/components/login-page'),
  'LoginPage',
);
const FirstPasswordPage = lazyRouteComponent(
  () => import('../features/auth/components/first-password-page'),
  'FirstPasswordPage',
);
const InvitationPage = lazyRouteComponent(
  () => import('../features/auth/components/invitation-page'),
  'InvitationPage',
);
/** The account pages' texts, fetched with them (see accounts-texts.ts). */
const loadAccountsTexts = () =>
  import('../features/auth/accounts-texts').then((m) => m.loadAccountsTexts());
/** The unit management texts, fetched with the Perangkat Daerah pages (see unit-admin-texts.ts). */
const loadUnitAdminTexts = () =>
  import('../features/units/unit-admin-texts').then((m) => m.loadUnitAdminTexts());
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
const RegionProfilePage = lazyRouteComponent(
  () => import('../features/region/components/region-profile-page'),
  'RegionProfilePage',
);
const SetupWizardPage = lazyRouteComponent(
  () => import('../features/setup/components/setup-wizard-page'),
  'SetupWizardPage',
);
/** The region profile's and the setup wizard's texts, fetched with them (see region-texts.ts). */
const loadRegionTexts = () =>
  import('../features/region/region-texts').then((m) => m.loadRegionTexts());
const ImportPage = lazyRouteComponent(
  () => import('../features/exchange/components/import-page'),
  'ImportPage',
);
/** The import page's texts, fetched with it (see exchange-texts.ts). */
const loadExchangeTexts = () =>
  import('../features/exchange/exchange-texts').then((m) => m.loadExchangeTexts());
const NotificationsPage = lazyRouteComponent(
  () => import('../features/notifications/components/notifications-page'),
  'NotificationsPage',
);

/** What every route's guard and loader can use. */
export type RouterContext = { readonly queryClient: QueryClient; readonly trpc: Trpc };

/**
 * Every page's browser tab title, from the deepest route that names one: "Inovasi · Kabupaten
 * Sumedang" (each route's `staticData.title`; see useDocumentTitle).
 */
function RootComponent() {
  const { t } = useTranslation();
  const title = useMatches({
    select: (matches) => matches.findLast((m) => m.staticData.title)?.staticData.title,
  });
  useDocumentTitle(title ? t(title) : null);
  return <Outlet />;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootComponent,
  notFoundComponent: NotFoundPage,
  errorComponent: ({ reset }: ErrorComponentProps) => <QueryError onRetry={reset} />,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/masuk',
  staticData: { title: 'pageTitles.login' },
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
  staticData: { title: 'pageTitles.publicDashboard' },
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

/** The first-run wizard: the one-time link the server printed (`?token=`) sets up the region. */
const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/siapkan',
  staticData: { title: 'pageTitles.setup' },
  validateSearch: (search) => setupSearchSchema.parse(search),
  loader: () => Promise.all([SetupWizardPage.preload?.(), loadRegionTexts()]),
  component: function SetupRouteComponent() {
    const { token } = setupRoute.useSearch();
    const navigate = setupRoute.useNavigate();
    return (
      <SetupWizardPage token={token} onDone={() => void navigate({ to: '/', replace: true })} />
    );
  },
});

/** Where a user whose password someone else set chooses their own, before anything else. */
export const firstPasswordPath = '/ganti-kata-sandi';

/**
 * Ganti kata sandi: outside the app's shell (whose pages the API refuses such a user). The public
 * goes to the login page; a user with a password of their own goes on to where they were going.
 */
const firstPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: firstPasswordPath,
  staticData: { title: 'pageTitles.firstPassword' },
  validateSearch: (search) => firstPasswordSearchSchema.parse(search),
  beforeLoad: async ({ context, location, search }) => {
    const me = await context.queryClient.ensureQueryData(context.trpc.auth.me.queryOptions());
    if (!me) throw redirect({ to: '/masuk', search: { redirect: location.href } });
    if (!me.user.temporaryCredentials) throw redirect({ to: search.redirect ?? '/' });
    return { me };
  },
  loader: () => Promise.all([FirstPasswordPage.preload?.(), loadAccountsTexts()]),
  component: function FirstPasswordRouteComponent() {
    const { me } = firstPasswordRoute.useRouteContext();
    const search = firstPasswordRoute.useSearch();
    const navigate = firstPasswordRoute.useNavigate();
    return (
      <FirstPasswordPage
        me={me}
        onChanged={() => void navigate({ to: search.redirect ?? '/', replace: true })}
      />
    );
  },
});

/** Undangan: the public page of an invitation link; accepting it lands the person logged in. */
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/undangan',
  staticData: { title: 'pageTitles.invitation' },
  validateSearch: (search) => invitationSearchSchema.parse(search),
  loader: () => Promise.all([InvitationPage.preload?.(), loadAccountsTexts()]),
  component: function InvitationRouteComponent() {
    const { token } = invitationRoute.useSearch();
    const navigate = invitationRoute.useNavigate();
    return (
      <InvitationPage token={token} onAccepted={() => void navigate({ to: '/', replace: true })} />
    );
  },
});

/** Data Terbuka: the open datasets and their metadata, for anyone, outside the login. */
const openDataRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/publik/data',
  staticData: { title: 'pageTitles.openData' },
  loader: () => Promise.all([OpenDataPage.preload?.(), loadOpenDataTexts()]),
  component: OpenDataPage,
});

/**
 * Everything behind the login: the guard sends the public to the login page and back, and a user
 * whose password someone else set to the password page first (the API refuses them the rest).
 */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const me = await context.queryClient.ensureQueryData(context.trpc.auth.me.queryOptions());
    if (!me) throw redirect({ to: '/masuk', search: { redirect: location.href } });
    if (me.user.temporaryCredentials)
      throw redirect({ to: firstPasswordPath, search: { redirect: location.href } });
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
  staticData: { title: 'pageTitles.dashboard' },
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
  staticData: { title: 'pageTitles.innovations' },
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
  staticData: { title: 'pageTitles.innovationNew' },
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
  staticData: { title: 'pageTitles.innovation' },
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
  staticData: { title: 'pageTitles.masterplan' },
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
  staticData: { title: 'pageTitles.roadmap' },
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
  staticData: { title: 'pageTitles.commitment' },
  loader: () => Promise.all([CommitmentPage.preload?.(), loadMasterplanTexts()]),
  component: function CommitmentRouteComponent() {
    const { me } = commitmentRoute.useRouteContext();
    return <CommitmentPage me={me} />;
  },
});

const unitsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/perangkat-daerah',
  staticData: { title: 'pageTitles.units' },
  validateSearch: (search) => unitsSearchSchema.parse(search),
  loader: () => Promise.all([UnitsPage.preload?.(), loadUnitAdminTexts()]),
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
  staticData: { title: 'pageTitles.unit' },
  loader: () => Promise.all([UnitDetailPage.preload?.(), loadUnitAdminTexts()]),
  component: function UnitDetailRouteComponent() {
    const { unitId } = unitDetailRoute.useParams();
    return <UnitDetailPage unitId={unitId} />;
  },
});

/** A unit's grand design: its programmes, action items, quick wins and innovations. */
const grandDesignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/perangkat-daerah/$unitId/grand-design',
  staticData: { title: 'pageTitles.grandDesign' },
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
  staticData: { title: 'pageTitles.profile' },
  component: function ProfileRouteComponent() {
    const { me } = profileRoute.useRouteContext();
    return <ProfilePage me={me} />;
  },
});

const notificationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/notifikasi',
  staticData: { title: 'pageTitles.notifications' },
  component: NotificationsPage,
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengguna',
  staticData: { title: 'pageTitles.users' },
  // Only coordinators manage users; others are sent to the dashboard (the API refuses them anyway).
  beforeLoad: ({ context }) => {
    if (!context.me.capabilities.manageUsers) throw redirect({ to: '/' });
  },
  loader: () => Promise.all([UsersPage.preload?.(), loadAccountsTexts()]),
  component: function UsersRouteComponent() {
    const { me } = usersRoute.useRouteContext();
    return <UsersPage currentUserId={me.user.id} />;
  },
});

/** Profil daerah: the region's profile and emblem, for coordinators. */
const regionProfileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/pengaturan/daerah',
  staticData: { title: 'pageTitles.regionProfile' },
  beforeLoad: ({ context }) => {
    if (!context.me.capabilities.manageRegion) throw redirect({ to: '/' });
  },
  loader: () => Promise.all([RegionProfilePage.preload?.(), loadRegionTexts()]),
  component: RegionProfilePage,
});

/** Impor data: coordinators bring spreadsheets in (`?data=units` preselects what). */
const importRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/impor',
  staticData: { title: 'pageTitles.import' },
  validateSearch: (search) => importSearchSchema.parse(search),
  // Only coordinators import; others are sent to the dashboard (the API refuses them anyway).
  beforeLoad: ({ context }) => {
    if (!canImport(context.me)) throw redirect({ to: '/' });
  },
  loader: () => Promise.all([ImportPage.preload?.(), loadExchangeTexts()]),
  component: function ImportRouteComponent() {
    const search = importRoute.useSearch();
    const navigate = importRoute.useNavigate();
    return (
      <ImportPage
        search={search}
        onSearchChange={(next) => void navigate({ search: next, replace: true })}
      />
    );
  },
});

/** Penilaian: coordinators run the rounds, leaders read them, evaluators score. */
const evaluationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian',
  staticData: { title: 'pageTitles.evaluation' },
  beforeLoad: ({ context }) => {
    if (!context.me.capabilities.viewEvaluation) throw redirect({ to: '/' });
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
  staticData: { title: 'pageTitles.round' },
  // A round's page is for coordinators (who run it) and leaders (who read it).
  beforeLoad: ({ context }) => {
    if (!context.me.capabilities.viewRoundResults) throw redirect({ to: '/penilaian' });
  },
  loader: () => Promise.all([RoundPage.preload?.(), loadEvaluationTexts()]),
  component: function RoundRouteComponent() {
    const { me } = roundRoute.useRouteContext();
    const { roundId } = roundRoute.useParams();
    return <RoundPage roundId={roundId} canManage={me.capabilities.manageRounds} />;
  },
});

const scoringRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/penilaian/$roundId/inovasi/$innovationId',
  staticData: { title: 'pageTitles.scoring' },
  // Only the assigned evaluator scores; the API checks the assignment.
  beforeLoad: ({ context }) => {
    if (!context.me.capabilities.evaluate) throw redirect({ to: '/penilaian' });
  },
  loader: () => Promise.all([ScoringPage.preload?.(), loadEvaluationTexts()]),
  component: function ScoringRouteComponent() {
    const { roundId, innovationId } = scoringRoute.useParams();
    return <ScoringPage roundId={roundId} innovationId={innovationId} />;
  },
});

/** The route tree: every page, each with its tab title (`staticData.title`). */
export const routeTree = rootRoute.addChildren([
  loginRoute,
  publicDashboardRoute,
  setupRoute,
  firstPasswordRoute,
  invitationRoute,
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
    regionProfileRoute,
    importRoute,
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
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface Register {
    router: typeof router;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface StaticDataRouteOption {
    /** The page's name in the browser tab's title (every page has one; a test checks it). */
    readonly title?: TranslationKey;
  }
}
