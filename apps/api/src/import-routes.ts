import {
  authorizeImport,
  checkImport,
  commitImport,
  httpErrorBody,
  importTemplate,
  type ApiDependencies,
  type ImportAnswer,
  type ImportProgress,
  type ImportStreamLine,
} from '@smartcity/api';
import { DomainError, isDomainError, maxImportBytes } from '@smartcity/domain';
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { errorMiddleware } from './error-middleware';
import { sendError } from './http-errors';
import { requestInfo } from './request-info';

/**
 * Importing spreadsheets over plain HTTP (a file in, progress out), for coordinators:
 * - `GET /imports/:entity/template.xlsx` and `.csv`: the entity's template;
 * - `POST /imports/:entity`: the dry run of the file sent as the raw body (at most 20 MB; its
 *   name in `X-Filename`, URL-encoded; `x-csrf: 1`);
 * - `POST /imports/:id/commit`: the commit of a clean dry run.
 * Both POSTs answer `application/x-ndjson`: progress lines
 * `{"type":"progress","phase":"reading|checking|writing","done":N,"total":M}`, then one
 * `{"type":"report",…}` line (the service's answer), or an `{"type":"error",…}` line if it failed
 * once the stream had begun. Refusals before that answer JSON `{ error: { message, domainCode, reason,
 * details } }` with their status: 401 not logged in, 403 not a coordinator or no CSRF header,
 * 404 unknown entity or import, 409 already committed, 413 over 20 MB (judged from
 * Content-Length before the body is read), 415 not XLSX or CSV by its bytes, 400 empty or
 * unreadable. The stream is marked `no-transform` so that compression does not hold it back.
 */
export function importRouter(deps: ApiDependencies): Router {
  const router = express.Router();

  for (const format of ['xlsx', 'csv'] as const) {
    router.get(`/imports/:entity/template.${format}`, async (req, res) => {
      try {
        const file = await importTemplate(deps, requestInfo(req, res), {
          entity: String(req.params.entity),
          format,
        });
        res.setHeader('Content-Type', file.contentType);
        res.setHeader('Content-Length', String(file.content.byteLength));
        res.setHeader(
          'Content-Disposition',
          `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
        );
        res.setHeader('Cache-Control', 'no-store');
        res.end(file.content);
      } catch (error) {
        sendError(req, res, { error, what: 'import template request' });
      }
    });
  }

  // Who may upload is decided before the body is read: a refused caller sends no 20 MB.
  const authorized: RequestHandler = async (req, res, next) => {
    try {
      await authorizeImport(deps, requestInfo(req, res), { mutation: true });
      next();
    } catch (error) {
      sendError(req, res, { error, what: 'import request' });
    }
  };
  // body-parser refuses a declared Content-Length over the limit before reading a byte (and
  // stops reading a chunked body at the limit): answered as the import's own refusal.
  const tooLarge = errorMiddleware((error, { req, res, next }) => {
    if ((error as { type?: unknown } | null)?.type !== 'entity.too.large') {
      next(error);
      return;
    }
    sendError(req, res, {
      error: new DomainError('TOO_LARGE', 'The file is larger than 20 MB', {
        reason: 'too_large',
        issue: { scope: 'file', problem: { code: 'too_large', maxBytes: maxImportBytes } },
      }),
    });
  });

  router.post('/imports/:id/commit', authorized, async (req, res) => {
    const stream = progressStream(req, res);
    try {
      stream.report(
        await commitImport(deps, requestInfo(req, res), {
          importId: String(req.params.id),
          onProgress: stream.progress,
        }),
      );
    } catch (error) {
      stream.fail(error);
    }
  });

  const dryRun: RequestHandler = async (req, res) => {
    const stream = progressStream(req, res);
    try {
      const header = req.headers['x-filename'];
      const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      stream.report(
        await checkImport(deps, requestInfo(req, res), {
          entity: String(req.params.entity),
          filename: decodeFilename(typeof header === 'string' ? header : 'berkas'),
          content: new Uint8Array(content.buffer, content.byteOffset, content.byteLength),
          onProgress: stream.progress,
        }),
      );
    } catch (error) {
      stream.fail(error);
    }
  };
  router.post(
    '/imports/:entity',
    authorized,
    express.raw({ type: () => true, limit: maxImportBytes }),
    tooLarge,
    dryRun,
  );
  return router;
}

/**
 * An NDJSON answer that begins with the first progress line: until then a refusal can still be
 * an ordinary JSON error with its status.
 */
function progressStream(req: Request, res: Response) {
  let started = false;
  const write = (line: ImportStreamLine) => {
    if (!started) {
      started = true;
      res.status(200);
      res.setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
      // `no-transform`: compression passes the lines through as they are written.
      res.setHeader('Cache-Control', 'no-store, no-transform');
      res.setHeader('X-Accel-Buffering', 'no');
      res.flushHeaders();
    }
    res.write(`${JSON.stringify(line)}\n`);
  };
  return {
    progress: (progress: ImportProgress) => write({ type: 'progress', ...progress }),
    report: (answer: ImportAnswer) => {
      write({ type: 'report', ...answer });
      res.end();
    },
    fail: (error: unknown) => {
      if (!started) {
        sendError(req, res, { error, what: 'import request' });
        return;
      }
      const domain = isDomainError(error) ? error : null;
      if (!domain) req.log.error({ err: error }, 'import request failed');
      write({ type: 'error', ...httpErrorBody(domain) });
      res.end();
    },
  };
}

function decodeFilename(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
