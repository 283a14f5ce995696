import { httpErrorBody, httpStatusOf, OutputClosedError } from '@smartcity/api';
import { isDomainError } from '@smartcity/domain';
import type { Request, Response } from 'express';

// How the plain HTTP routes (files, documents, exports, imports, open data, the emblem) answer a
// failure: one place, so that every route answers the same JSON shape as the API's error map.

/**
 * Answers a failed plain HTTP request: a domain error with the status the API's error map gives
 * its code (or `status` where HTTP has a more precise one, e.g. 413) and
 * `{ error: { message, domainCode, reason, details } }` (`HttpErrorBody`); anything else 500, logged, with no detail for
 * the client. Shared by the file, document and region routes.
 */
export function sendError(
  req: Request,
  res: Response,
  failure: { readonly error: unknown; readonly what?: string; readonly status?: number },
): void {
  const { error, what = 'evidence request', status } = failure;
  if (isDomainError(error)) {
    res.status(status ?? httpStatusOf(error.code)).json(httpErrorBody(error));
    return;
  }
  req.log.error({ err: error }, `${what} failed`);
  res.status(500).json(httpErrorBody(null));
}

/**
 * Answers a failed streamed download: before anything was sent, as the file routes answer
 * (JSON with the status of the domain code); once the file has started, by breaking the
 * connection so that the client sees a failed download rather than a short file.
 */
export function failStream(
  req: Request,
  res: Response,
  failure: { readonly error: unknown; readonly what: string },
): void {
  const { error, what } = failure;
  if (!res.headersSent) {
    sendError(req, res, { error, what: `${what} request` });
    return;
  }
  if (error instanceof OutputClosedError || res.destroyed) {
    req.log.info(`${what} stopped: the client went away`);
  } else {
    req.log.error({ err: error }, `${what} failed while streaming`);
  }
  res.destroy();
}
