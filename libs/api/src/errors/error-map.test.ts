import { TRPCError, StandardSchemaV1Error } from '@trpc/server';
import { DomainError, domainErrorCodes } from '@smartcity/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { errorFormatter, fromDomainError, httpStatusOf, toTrpcCode } from './error-map';

const shape = (code: TRPCError['code'], message: string) => ({
  message,
  code: -32600 as const,
  data: { code, httpStatus: 400, path: 'unit.byId', stack: 'Error: at secret.ts:1' },
});

describe('toTrpcCode', () => {
  it('maps every domain code to a client error', () => {
    const codes = domainErrorCodes.map(toTrpcCode);
    expect(codes).toEqual([
      'NOT_FOUND',
      'BAD_REQUEST',
      'CONFLICT',
      'FORBIDDEN',
      'PRECONDITION_FAILED',
      'UNPROCESSABLE_CONTENT',
      'UNAUTHORIZED',
      'TOO_MANY_REQUESTS',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
    ]);
  });

  it('gives uploads that are too large or of the wrong type their own HTTP statuses', () => {
    expect([httpStatusOf('TOO_LARGE'), httpStatusOf('UNSUPPORTED_TYPE')]).toEqual([413, 415]);
  });
});

describe('fromDomainError', () => {
  it('turns a wrapped domain error into its transport code', () => {
    const wrapped = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      cause: new DomainError('CONFLICT', 'Stale version'),
    });
    expect(fromDomainError(wrapped)).toMatchObject({ code: 'CONFLICT', message: 'Stale version' });
  });

  it.each([
    ['PostgreSQL unique violation', Object.assign(new Error('duplicate key'), { code: '23505' })],
    ['PostgreSQL foreign-key violation', Object.assign(new Error('fk'), { code: '23503' })],
    ['PostgreSQL deadlock', Object.assign(new Error('deadlock detected'), { code: '40P01' })],
    [
      'SQLite unique violation',
      Object.assign(new Error('UNIQUE constraint failed'), { code: 'SQLITE_CONSTRAINT_UNIQUE' }),
    ],
    ['an immutable row', new Error('a submitted evaluation is immutable')],
  ])('answers a concurrent change (%s) with CONFLICT, not a 500', (_label, cause) => {
    const mapped = fromDomainError(new TRPCError({ code: 'INTERNAL_SERVER_ERROR', cause }));
    expect(mapped.code).toBe('CONFLICT');
    expect(mapped.message).toBe('The record was changed meanwhile; reload it and try again');
  });

  it('leaves other errors alone', () => {
    const other = new TRPCError({ code: 'UNAUTHORIZED' });
    expect(fromDomainError(other)).toBe(other);
  });
});

describe('errorFormatter', () => {
  it('adds the domain code and details and drops the stack', () => {
    const error = new TRPCError({
      code: 'PRECONDITION_FAILED',
      message: 'Gate not met',
      cause: new DomainError('STAGE_GATE_NOT_MET', 'Gate not met', {
        missing: ['problem.statement'],
      }),
    });
    const formatted = errorFormatter({
      shape: shape('PRECONDITION_FAILED', 'Gate not met'),
      error,
    });
    expect(formatted.data).toEqual({
      code: 'PRECONDITION_FAILED',
      httpStatus: 400,
      path: 'unit.byId',
      domainCode: 'STAGE_GATE_NOT_MET',
      reason: null,
      details: { missing: ['problem.statement'] },
      validation: null,
    });
  });

  it('sends the refusal reason as such, and keeps it in the details', () => {
    const error = new TRPCError({
      code: 'CONFLICT',
      message: 'A merged unit cannot be reactivated',
      cause: new DomainError('CONFLICT', 'A merged unit cannot be reactivated', {
        reason: 'unit_merged',
        successorUnitId: 'u2',
      }),
    });
    const formatted = errorFormatter({ shape: shape('CONFLICT', 'merged'), error });
    expect(formatted.data).toMatchObject({
      domainCode: 'CONFLICT',
      reason: 'unit_merged',
      details: { reason: 'unit_merged', successorUnitId: 'u2' },
    });
    const plain = errorFormatter({
      shape: shape('NOT_FOUND', 'gone'),
      error: new TRPCError({ code: 'NOT_FOUND', message: 'gone' }),
    });
    expect(plain.data).toMatchObject({ domainCode: null, reason: null, details: null });
  });

  it('flattens zod errors by field', () => {
    const parsed = z
      .strictObject({ search: z.string().max(3) })
      .safeParse({ search: 'long', x: 1 });
    const error = new TRPCError({ code: 'BAD_REQUEST', cause: parsed.error });
    const formatted = errorFormatter({ shape: shape('BAD_REQUEST', 'zod text'), error });
    expect(formatted.data.validation?.fieldErrors.search).toHaveLength(1);
    expect(formatted.data.validation?.formErrors).toHaveLength(1);
  });

  it('flattens Standard Schema issues by field', () => {
    const cause = new StandardSchemaV1Error([
      { message: 'Too long', path: ['search'] },
      { message: 'Unrecognized key', path: [] },
      { message: 'Bad', path: [{ key: 'items' }, 0] },
    ]);
    const error = new TRPCError({ code: 'BAD_REQUEST', cause });
    const formatted = errorFormatter({ shape: shape('BAD_REQUEST', '[{"long zod text"}]'), error });
    expect(formatted.message).toBe('Invalid input');
    expect(formatted.data.validation).toEqual({
      formErrors: ['Unrecognized key'],
      fieldErrors: { search: ['Too long'], 'items.0': ['Bad'] },
    });
  });

  it('hides the message of an internal error', () => {
    const error = new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'SQLITE_CONSTRAINT: units.code',
    });
    const formatted = errorFormatter({
      shape: shape('INTERNAL_SERVER_ERROR', error.message),
      error,
    });
    expect(formatted.message).toBe('Internal server error');
    expect(JSON.stringify(formatted)).not.toContain('SQLITE');
  });
});
