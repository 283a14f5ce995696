import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { isNotFoundError } from './not-found-error';

/** An error as the tRPC client throws it for an answer with this HTTP status. */
function answered(httpStatus: number): TRPCClientError<never> {
  return new TRPCClientError('refused', {
    result: { error: { message: 'refused', code: -32600, data: { httpStatus } } },
  } as never);
}

describe('isNotFoundError', () => {
  it('says "not found" for a missing record and for an id that is not one', () => {
    expect(isNotFoundError(answered(404))).toBe(true);
    expect(isNotFoundError(answered(400))).toBe(true);
  });

  it('treats a forbidden record as not found only where the page asks for it', () => {
    expect(isNotFoundError(answered(403))).toBe(false);
    expect(isNotFoundError(answered(403), true)).toBe(true);
  });

  it('leaves server and network failures to the error with a retry', () => {
    expect(isNotFoundError(answered(500))).toBe(false);
    expect(isNotFoundError(new TypeError('Failed to fetch'))).toBe(false);
    expect(isNotFoundError(null)).toBe(false);
  });
});
