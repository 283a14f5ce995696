import { createExpressMiddleware } from '@trpc/server/adapters/express';
import { appRouter, createContext, type ApiDependencies } from '@smartcity/api';
import { pingDatabase } from '@smartcity/db';
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { documentRouter } from './document-routes';
import { errorMiddleware } from './error-middleware';
import { evidenceRouter } from './evidence-routes';
import { regionRouter } from './region-routes';
import { importRouter } from './import-routes';
import { exportRouter } from './export-routes';
import { openDataRouter } from './open-data-routes';
import { requestInfo } from './request-info';
import { spaRouter } from './spa';

/** What the HTTP app is built from. */
export type HttpAppOptions = ApiDependencies & {
  readonly logger: Logger;
  /** Folder of the built SPA, or undefined when it is not served (tests, dev with Vite). */
  readonly webDist: string | undefined;
  /** False until migrations and seeding are done: `/readyz` answers 503 before. */
  readonly isStarted: () => boolean;
  /** Express's `trust proxy` setting: which proxies' `X-Forwarded-For` to believe. */
  readonly trustProxy: boolean | number | string;
};

/**
 * The Express app: security headers, compression, request logs, health and readiness, the tRPC
 * API at `/trpc`, and the SPA with history fallback. Listening is the caller's job.
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const { db, logger, webDist, isStarted, trustProxy } = options;
  const deps: ApiDependencies = {
    db,
    now: options.now,
    passwords: options.passwords,
    secureCookies: options.secureCookies,
    staleDays: options.staleDays,
  };
  const app = express();
  app.disable('x-powered-by');
  // Decides `req.ip`, which login throttling and the event log use.
  app.set('trust proxy', trustProxy);

  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine writes its CSS variables into <style> elements at run time.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          fontSrc: ["'self'", 'data:'],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  app.use(compression());
  app.use(
    pinoHttp({
      logger,
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // Method, path and status only: headers carry cookies and tokens that must not reach logs.
      serializers: {
        req: (req: { id: unknown; method: string; url: string; remoteAddress?: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
          remoteAddress: req.remoteAddress,
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    }),
  );

  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    if (!isStarted()) {
      res.status(503).json({ status: 'starting' });
      return;
    }
    try {
      await pingDatabase(db);
      res.json({ status: 'ready' });
    } catch (error) {
      req.log.warn({ err: error }, 'readiness check failed: database unreachable');
      res.status(503).json({ status: 'unavailable', reason: 'database unreachable' });
    }
  });

  app.use(
    '/trpc',
    createExpressMiddleware({
      router: appRouter,
      createContext: ({ req, res }) => createContext(deps, requestInfo(req, res)),
      onError: ({ error, path, req }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') {
          req.log.error({ err: error.cause ?? error, path }, 'procedure failed');
        }
      },
    }),
  );

  app.use(evidenceRouter(deps));
  app.use(documentRouter(deps));
  app.use(regionRouter(deps));
  app.use(importRouter(deps));
  app.use(exportRouter(deps));
  app.use(openDataRouter(deps));

  app.use(spaRouter(webDist));

  app.use((_req, res) => {
    res.status(404).json({ error: 'Not found' });
  });

  // Malformed requests (bad JSON, oversized bodies) get their status and a short message; nothing
  // internal (stack, file names) ever reaches the client.
  const onError = errorMiddleware((error, { req, res }) => {
    const status = httpStatusOf(error);
    if (status >= 500) req.log.error({ err: error }, 'request failed');
    if (res.headersSent) return;
    res.status(status).json({ error: status >= 500 ? 'Internal server error' : 'Bad request' });
  });
  app.use(onError);
  return app;
}

function httpStatusOf(error: unknown): number {
  const status =
    (error as { status?: unknown; statusCode?: unknown } | null)?.status ??
    (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}
