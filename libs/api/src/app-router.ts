import { authRouter } from './routers/auth/auth.router';
import { catalogueRouter } from './routers/catalogue/catalogue.router';
import { dashboardRouter } from './routers/dashboard/dashboard.router';
import { dataImportRouter } from './routers/data-import/data-import.router';
import { evaluationRouter } from './routers/evaluation/evaluation.router';
import { innovationRouter } from './routers/innovation/innovation.router';
import { masterplanRouter } from './routers/masterplan/masterplan.router';
import { notificationRouter } from './routers/notification/notification.router';
import { openDataRouter } from './routers/open-data/open-data.router';
import { progressRouter } from './routers/progress/progress.router';
import { regionRouter } from './routers/region/region.router';
import { setupRouter } from './routers/setup/setup.router';
import { unitRouter } from './routers/unit/unit.router';
import { userRouter } from './routers/user/user.router';
import { createCallerFactory, router } from './trpc';

/** Every procedure of the API. Procedure names are the public contract. */
export const appRouter = router({
  auth: authRouter,
  catalogue: catalogueRouter,
  dashboard: dashboardRouter,
  dataImport: dataImportRouter,
  evaluation: evaluationRouter,
  innovation: innovationRouter,
  masterplan: masterplanRouter,
  notification: notificationRouter,
  openData: openDataRouter,
  progress: progressRouter,
  region: regionRouter,
  setup: setupRouter,
  unit: unitRouter,
  user: userRouter,
});

/** The router's type: the SPA imports this (as a type only) to get end-to-end types. */
export type AppRouter = typeof appRouter;

/** Calls procedures in process, without HTTP (tests, CLI, benchmarks). */
export const createCaller = createCallerFactory(appRouter);
