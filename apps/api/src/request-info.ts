import type { RequestInfo } from '@smartcity/api';
import type { Request, Response } from 'express';
import { expressCookieJar } from './cookie-jar';

/**
 * What the API needs to know about an Express request (its client's address as `trust proxy`
 * resolves it, its headers and its cookies): the tRPC context and every plain HTTP route build it
 * here.
 */
export function requestInfo(req: Request, res: Response): RequestInfo {
  return {
    clientAddress: req.ip ?? null,
    headers: req.headers,
    cookies: expressCookieJar(req, res),
  };
}
