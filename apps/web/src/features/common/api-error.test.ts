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

  it('gives a bodiless 413 (a proxy refused the upload) the route’s own too-large reason', () => {
    expect(httpErrorInfo(413, null, 'emblem_too_large').reason).toBe('emblem_too_large');
    expect(httpErrorInfo(413, '<html>413</html>', 'too_large').reason).toBe('too_large');
    expect(httpErrorInfo(413, null).reason).toBeNull();
    // The app's own answer keeps its reason; another status never becomes too large.
    expect(
      httpErrorInfo(413, { error: { reason: 'emblem_too_large', details: null } }, 'too_large')
        .reason,
    ).toBe('emblem_too_large');
    expect(httpErrorInfo(502, null, 'too_large').reason).toBeNull();
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
