import { describe, expect, it } from 'vitest';
import { importRefusalReasons } from '../exchange/import-inputs';
import {
  accountRefusalReasons,
  emblemRefusalReasons,
  evaluationRefusalReasons,
  exchangeRefusalReasons,
  fileRefusalReasons,
  isRefusalReason,
  masterplanIssueReasons,
  masterplanRefusalReasons,
  recordRefusalReasons,
  refusalReasons,
  regionRefusalReasons,
  setupRefusalReasons,
  unitRefusalReasons,
} from './refusal-reason';

describe('refusalReasons', () => {
  it('lists every reason once, each in one group', () => {
    const groups = [
      accountRefusalReasons,
      setupRefusalReasons,
      regionRefusalReasons,
      emblemRefusalReasons,
      recordRefusalReasons,
      unitRefusalReasons,
      evaluationRefusalReasons,
      masterplanRefusalReasons,
      masterplanIssueReasons,
      fileRefusalReasons,
      exchangeRefusalReasons,
    ];
    expect(new Set(refusalReasons).size).toBe(refusalReasons.length);
    expect(groups.flat()).toEqual([...refusalReasons]);
  });

  it('names reasons in snake case', () => {
    for (const reason of refusalReasons) expect(reason).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it('holds the reasons an import answers', () => {
    for (const reason of importRefusalReasons) expect(refusalReasons).toContain(reason);
  });
});

describe('isRefusalReason', () => {
  it('accepts the reasons and nothing else', () => {
    expect(isRefusalReason('unit_merged')).toBe(true);
    expect(isRefusalReason('stale_version')).toBe(true);
    expect(isRefusalReason('typo')).toBe(false);
    expect(isRefusalReason('toString')).toBe(false);
    expect(isRefusalReason(null)).toBe(false);
    expect(isRefusalReason(3)).toBe(false);
  });
});
