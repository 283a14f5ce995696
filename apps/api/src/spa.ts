import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { type RequestHandler, type Router } from 'express';

/** Paths the SPA's history fallback must never answer: they belong to the API. */
const apiPrefixes = [
  '/trpc',
  '/healthz',
  '/readyz',
  '/documents',
  '/files',
  '/region',
  '/imports',
  '/exports',
  '/data',
];

/**
 * Serves the built SPA: hashed assets with a one-year immutable cache, everything else with
 * revalidation, and `index.html` for any other GET that asks for HTML (client-side routes).
 * When the SPA is not built, page requests get a 503 that says how to build it.
 */
export function spaRouter(webDist: string | undefined): Router {
  const router = express.Router();
  const indexFile = webDist ? join(webDist, 'index.html') : undefined;
  if (!webDist || !indexFile || !existsSync(indexFile)) {
    router.use(notBuilt);
    return router;
  }
  router.use(
    express.static(webDist, {
      index: false,
      setHeaders: (res, path) => {
        res.setHeader(
          'Cache-Control',
          path.includes(`${join(webDist, 'assets')}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    }),
  );
  router.use((req, res, next) => {
    if (!isPageRequest(req.method, req.path, req.headers.accept)) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexFile);
  });
  return router;
}

function isPageRequest(method: string, path: string, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (apiPrefixes.some((p) => path === p || path.startsWith(`${p}/`))) return false;
  // A missing file (`/assets/x.js`) must be a 404, not the HTML page.
  if (/\.[a-z0-9]+$/i.test(path)) return false;
  return accept === undefined || accept.includes('text/html') || accept.includes('*/*');
}

const notBuilt: RequestHandler = (req, res, next) => {
  if (!isPageRequest(req.method, req.path, req.headers.accept)) return next();
  res
    .status(503)
    .type('text/plain')
    .send('The web app is not built. Run `npm run build` (or `npm start`, which builds it).\n');
};
