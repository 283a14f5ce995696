import { describe, expect, it } from 'vitest';
import { httpErrorInfo, isConflict } from './api-error';

describe('httpErrorInfo', () => {
  it('reads the domain code and typed reason of a plain HTTP refusal', () => {
    const info = httpErrorInfo(403, {
      error: {
        message: 'Missing',
        domainCode: 'NOT_ALLOWED',
        reason: 'csrf',
        details: { reason: 'csrf' },
      },
    });
    expect(info).toMatchObject({ code: 'FORBIDDEN', domainCode: 'NOT_ALLOWED', reason: 'csrf' });
  });

  it('ignores a reason the domain does not know, and a body that is not JSON', () => {
    expect(
      httpErrorInfo(400, { error: { domainCode: 'VALIDATION', reason: 'typo', details: null } })
        .reason,
    ).toBeNull();
    expect(httpErrorInfo(502, null)).toMatchObject({
      domainCode: null,
      reason: null,
      code: 'INTERNAL_SERVER_ERROR',
    });
    expect(httpErrorInfo(0, null)).toMatchObject({ code: null, httpStatus: null });
  });
});

describe('isConflict', () => {
  it('is the domain’s CONFLICT, or a race without a domain code', () => {
    expect(
      isConflict(
        httpErrorInfo(409, {
          error: { domainCode: 'CONFLICT', reason: 'stale_version', details: null },
        }),
      ),
    ).toBe(true);
    expect(isConflict(httpErrorInfo(409, null))).toBe(true);
    expect(
      isConflict(
        httpErrorInfo(404, { error: { domainCode: 'NOT_FOUND', reason: null, details: null } }),
      ),
    ).toBe(false);
  });
});
