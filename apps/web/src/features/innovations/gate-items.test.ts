import { describe, expect, it } from 'vitest';
import { gateChecklist, gateFieldKeys, missingItemsOf } from './gate-items';

describe('gateChecklist', () => {
  it('lists every requirement of the problem stage, marking the missing ones', () => {
    const items = gateChecklist('problem', [{ field: 'problem.statement', reason: 'too_short' }]);
    expect(items.map((i) => i.field)).toEqual([
      'problem.statement',
      'problem.affectedGroup',
      'problem.evidence',
      'problem.source',
    ]);
    expect(items[0]!.missing?.reason).toBe('too_short');
    expect(items.slice(1).every((i) => i.missing === null)).toBe(true);
  });

  it('adds a requirement that only applies sometimes (the application justification)', () => {
    const items = gateChecklist('process', [
      { field: 'process.applicationJustification', reason: 'required' },
    ]);
    expect(items.map((i) => i.field)).toContain('process.applicationJustification');
  });

  it('has a label for every field any gate names', () => {
    for (const stage of ['problem', 'need', 'process', 'quick_win', 'evaluation'] as const) {
      for (const item of gateChecklist(stage, [])) expect(gateFieldKeys[item.field]).toBeDefined();
    }
  });
});

describe('missingItemsOf', () => {
  it('reads the missing list of an error and ignores anything malformed', () => {
    expect(
      missingItemsOf({ missing: [{ field: 'need.statement', reason: 'required' }, 42, null] }),
    ).toEqual([{ field: 'need.statement', reason: 'required' }]);
    expect(missingItemsOf(null)).toEqual([]);
    expect(missingItemsOf({ missing: 'x' })).toEqual([]);
  });
});
