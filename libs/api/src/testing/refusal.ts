import { TRPCError } from '@trpc/server';
import { expect } from 'vitest';

/** The error a call was refused with; fails the test when the call succeeded or threw something else. */
export async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, 'the call should have been refused').toBeInstanceOf(TRPCError);
  return error as TRPCError;
}
