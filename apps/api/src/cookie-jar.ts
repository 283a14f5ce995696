import type { CookieJar } from '@smartcity/api';
import { parseCookie } from 'cookie';
import type { Request, Response } from 'express';

/** The API's cookie jar on an Express request and response. */
export function expressCookieJar(req: Request, res: Response): CookieJar {
  let parsed: Record<string, string | undefined> | undefined;
  return {
    get: (name) => (parsed ??= parseCookie(req.headers.cookie ?? ''))[name],
    set: (name, value, options) => {
      res.cookie(name, value, {
        httpOnly: options.httpOnly,
        secure: options.secure,
        sameSite: options.sameSite,
        path: options.path,
        ...(options.maxAgeMs === undefined ? {} : { maxAge: options.maxAgeMs }),
      });
    },
    clear: (name, options) => {
      res.clearCookie(name, {
        httpOnly: options.httpOnly,
        secure: options.secure,
        sameSite: options.sameSite,
        path: options.path,
      });
    },
  };
}
