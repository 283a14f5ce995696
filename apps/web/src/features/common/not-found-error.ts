import { apiErrorInfo } from './api-error';

/**
 * True when a detail query failed because the record is not there for the user: not found, or
 * an id that is not one (400); with `forbiddenIsNotFound`, also one the user may not see (403),
 * so a page does not tell outsiders that the record exists. Detail pages decide it here, once.
 */
export function isNotFoundError(error: unknown, forbiddenIsNotFound = false): boolean {
  const status = apiErrorInfo(error).httpStatus;
  return status === 404 || status === 400 || (forbiddenIsNotFound && status === 403);
}
