import {
  createRootRoute,
  createRoute,
  createRouter,
  type ErrorComponentProps,
} from '@tanstack/react-router';
import { ComingSoonPage } from '../features/common/components/coming-soon-page';
import { NotFoundPage } from '../features/common/components/not-found-page';
import { QueryError } from '../features/common/components/query-error';
import { DashboardPage } from '../features/dashboard/components/dashboard-page';
import { AppLayout } from '../features/shell/components/app-layout';
import { UnitDetailPage } from '../features/units/components/unit-detail-page';
import { UnitsPage } from '../features/units/components/units-page';
import { unitsSearchSchema } from '../features/units/units-search';

// Routes use Indonesian paths: they are what users see and share.

const rootRoute = createRootRoute({
  component: AppLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: ({ reset }: ErrorComponentProps) => <QueryError onRetry={reset} />,
});

const dashboardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: DashboardPage,
});

const innovationsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/inovasi',
  component: () => <ComingSoonPage titleKey="nav.innovations" />,
});

const masterplanRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/rencana-induk',
  component: () => <ComingSoonPage titleKey="nav.masterplan" />,
});

const unitsRoute = createRoute({
  getParentRoute: () => rootRoute,
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
  getParentRoute: () => rootRoute,
  path: '/perangkat-daerah/$unitId',
  component: function UnitDetailRouteComponent() {
    const { unitId } = unitDetailRoute.useParams();
    return <UnitDetailPage unitId={unitId} />;
  },
});

const routeTree = rootRoute.addChildren([
  dashboardRoute,
  innovationsRoute,
  masterplanRoute,
  unitsRoute,
  unitDetailRoute,
]);

/** The SPA's router: typed routes, search params validated by zod. */
export const router = createRouter({
  routeTree,
  defaultPreload: 'intent',
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
