import {
  authorizeEmblemChange,
  emblemRefusal,
  readRegionEmblem,
  removeRegionEmblem,
  setRegionEmblemFile,
  type ApiDependencies,
} from '@smartcity/api';
import { isDomainError, maxEmblemBytes } from '@smartcity/domain';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { errorMiddleware } from './error-middleware';
import { sendError } from './http-errors';
import { requestInfo } from './request-info';

/**
 * The region's emblem over plain HTTP (tRPC speaks JSON, not bytes):
 * - `PUT /region/emblem` with the image as the raw body and `x-csrf: 1` (coordinators): a PNG,
 *   JPEG or WebP of at most 1 MB judged from its bytes; answers 200 with the region;
 * - `DELETE /region/emblem` with `x-csrf: 1` (coordinators): removes it; answers the region;
 * - `GET /region/emblem` (anyone: the login page shows it): the image with its type, its hash as
 *   the ETag (`?v=<hash>` URLs are cached for a year; the bare URL revalidates).
 * Errors answer JSON `{ error: { message, domainCode, reason, details } }`: 401 not logged in, 403 not a
 * coordinator or no CSRF header, 400 not an accepted image, 413 over 1 MB, 404 no emblem.
 */
export function regionRouter(deps: ApiDependencies): Router {
  const router = express.Router();
  const fail = (req: Request, res: Response, error: unknown) =>
    sendError(req, res, { error, what: 'emblem request', status: statusOf(error) });

  // Who may upload is decided before the body is read: a refused caller sends no megabyte.
  const authorize: RequestHandler = (req, res, next) => {
    authorizeEmblemChange(deps, requestInfo(req, res)).then(
      () => next(),
      (error: unknown) => fail(req, res, error),
    );
  };
  // A body over the limit (or a declared length over it) is refused as the domain says it.
  const tooLarge = errorMiddleware((error, { req, res, next }) => {
    const type = (error as { type?: unknown } | null)?.type;
    if (type === 'entity.too.large') {
      fail(req, res, emblemRefusal('emblem_too_large'));
      return;
    }
    next(error);
  });

  const upload: RequestHandler = async (req, res) => {
    try {
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      res.json(await setRegionEmblemFile(deps, requestInfo(req, res), content));
    } catch (error) {
      fail(req, res, error);
    }
  };
  router.put(
    '/region/emblem',
    authorize,
    express.raw({ type: () => true, limit: maxEmblemBytes }),
    tooLarge,
    upload,
  );

  router.delete('/region/emblem', async (req, res) => {
    try {
      res.json(await removeRegionEmblem(deps, requestInfo(req, res)));
    } catch (error) {
      fail(req, res, error);
    }
  });

  router.get('/region/emblem', async (req, res) => {
    try {
      const emblem = await readRegionEmblem(deps);
      const etag = `"${emblem.sha256}"`;
      // A URL naming the hash never changes content; the bare URL is revalidated by its ETag.
      res.setHeader(
        'Cache-Control',
        req.query.v === emblem.sha256 ? 'public, max-age=31536000, immutable' : 'public, no-cache',
      );
      res.setHeader('ETag', etag);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      const match = req.headers['if-none-match'];
      if (typeof match === 'string' && match.split(',').some((t) => t.trim() === etag)) {
        res.status(304).end();
        return;
      }
      res.setHeader('Content-Type', emblem.mimeType);
      res.setHeader('Content-Length', String(emblem.content.byteLength));
      res.setHeader('Content-Disposition', 'inline');
      res.end(Buffer.from(emblem.content));
    } catch (error) {
      fail(req, res, error);
    }
  });
  return router;
}

/** 413 for an emblem over the size limit; otherwise the status the API's error map gives. */
function statusOf(error: unknown): number | undefined {
  return isDomainError(error) && error.reason === 'emblem_too_large' ? 413 : undefined;
}
