import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express';

/** A failed request as an error middleware sees it. */
export type FailedRequest = {
  readonly req: Request;
  readonly res: Response;
  readonly next: NextFunction;
};

/**
 * An Express error middleware that hands `handle` the error and the request it failed. Express
 * tells an error middleware from a plain one by its four parameters, so this is the one place
 * that declares four; the routes write `(error, { req, res, next })`.
 */
export function errorMiddleware(
  handle: (error: unknown, failed: FailedRequest) => void,
): ErrorRequestHandler {
  // eslint-disable-next-line max-params -- Express recognises an error middleware by its arity (4).
  return (error: unknown, req, res, next) => handle(error, { req, res, next });
}
