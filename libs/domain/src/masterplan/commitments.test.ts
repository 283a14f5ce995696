import { describe, expect, it } from 'vitest';
import { isStandingSignature, signedUnitIds, standingSignatures } from './commitments';

const active = new Set(['u1', 'u2']);
const signature = (unitId: string, withdrawnAt: string | null = null) => ({ unitId, withdrawnAt });

describe('isStandingSignature', () => {
  it('counts a signature of an active unit that is not withdrawn', () => {
    expect(isStandingSignature(signature('u1'), active)).toBe(true);
    expect(isStandingSignature(signature('u1', '2026-03-01T00:00:00.000Z'), active)).toBe(false);
    expect(isStandingSignature(signature('u9'), active)).toBe(false);
  });
});

describe('signedUnitIds', () => {
  it('names each unit with a standing signature once, in signing order', () => {
    const all = [
      signature('u2'),
      signature('u1', '2026-03-01T00:00:00.000Z'),
      signature('u9'),
      signature('u1'),
      signature('u2'),
    ];
    expect(signedUnitIds(all, active)).toEqual(['u2', 'u1']);
    expect(standingSignatures(all, active)).toHaveLength(3);
  });
});
