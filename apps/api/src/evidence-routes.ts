import {
  attachEvidence,
  httpErrorBody,
  httpStatusOf,
  readEvidence,
  type ApiDependencies,
} from '@smartcity/api';
import { isDomainError, maxEvidenceBytes } from '@smartcity/domain';
import express, { type Request, type Response, type Router } from 'express';
import { expressCookieJar } from './cookie-jar';

/**
 * Evidence files over plain HTTP (tRPC speaks JSON, not bytes):
 * - `POST /files/innovations/:innovationId/sections/:section` with the file as the raw body, its
 *   name in `X-Filename` (URL-encoded) and `x-csrf: 1`; answers 201 with the attachment;
 * - `GET /files/:attachmentId` answers the file as a download.
 * Errors answer JSON `{ error: { message, domainCode, reason, details } }` (`HttpErrorBody`) with the status the API's
 * error map gives the domain code.
 */
export function evidenceRouter(deps: ApiDependencies): Router {
  const router = express.Router();
  const requestInfo = (req: Request, res: Response) => ({
    clientAddress: req.ip ?? null,
    headers: req.headers,
    cookies: expressCookieJar(req, res),
  });

  router.post(
    '/files/innovations/:innovationId/sections/:section',
    express.raw({ type: () => true, limit: maxEvidenceBytes }),
    async (req, res) => {
      try {
        const header = req.headers['x-filename'];
        const filename = decodeFilename(typeof header === 'string' ? header : 'berkas');
        const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        const attachment = await attachEvidence(deps, requestInfo(req, res), {
          innovationId: String(req.params['innovationId']),
          section: String(req.params['section']),
          filename,
          content,
        });
        res.status(201).json(attachment);
      } catch (error) {
        sendError(req, res, error);
      }
    },
  );

  router.get('/files/:attachmentId', async (req, res) => {
    try {
      const { attachment, content } = await readEvidence(
        deps,
        requestInfo(req, res),
        String(req.params['attachmentId']),
      );
      res.setHeader('Content-Type', attachment.mimeType);
      res.setHeader('Content-Length', String(content.byteLength));
      res.setHeader(
        'Content-Disposition',
        `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      );
      res.setHeader('Cache-Control', 'private, max-age=0, must-revalidate');
      res.setHeader('ETag', `"${attachment.sha256}"`);
      res.end(Buffer.from(content));
    } catch (error) {
      sendError(req, res, error);
    }
  });
  return router;
}

function decodeFilename(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Answers a failed plain HTTP request: a domain error with the status the API's error map gives
 * its code (or `status` where HTTP has a more precise one, e.g. 413) and
 * `{ error: { message, domainCode, reason, details } }` (`HttpErrorBody`); anything else 500, logged, with no detail for
 * the client. Shared by the file, document and region routes.
 */
export function sendError(
  req: Request,
  res: Response,
  error: unknown,
  what = 'evidence request',
  status?: number,
): void {
  if (isDomainError(error)) {
    res.status(status ?? httpStatusOf(error.code)).json(httpErrorBody(error));
    return;
  }
  req.log.error({ err: error }, `${what} failed`);
  res.status(500).json(httpErrorBody(null));
}
