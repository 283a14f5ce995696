import { describe, expect, it } from 'vitest';
import { assignmentChanges, evaluatorChoices, groupInbox, submittedOf } from './round-views';

describe('groupInbox', () => {
  it('groups assignments by round in order and counts the submitted ones', () => {
    const item = (roundId: string, status: 'draft' | 'submitted' | null) => ({
      roundId,
      roundName: `Round ${roundId}`,
      roundStatus: 'open',
      status,
    });
    const groups = groupInbox([item('b', 'submitted'), item('a', null), item('b', 'draft')]);
    expect(groups.map((g) => [g.roundId, g.items.length, g.submitted])).toEqual([
      ['b', 2, 1],
      ['a', 1, 0],
    ]);
  });
});

describe('evaluatorChoices', () => {
  it('marks the evaluators of the innovation’s own unit', () => {
    const choices = evaluatorChoices(
      [
        { id: '1', name: 'A', unitId: 'dinkes', unitName: 'Dinas Kesehatan' },
        { id: '2', name: 'B', unitId: null, unitName: null },
        { id: '3', name: 'C', unitId: 'bappeda', unitName: 'Bapppeda' },
      ],
      'dinkes',
    );
    expect(choices.map((c) => c.ownUnit)).toEqual([true, false, false]);
  });
});

describe('assignmentChanges', () => {
  it('lists who is added and who is removed', () => {
    expect(assignmentChanges(['a', 'b'], ['b', 'c'])).toEqual({ added: ['c'], removed: ['a'] });
  });
});

describe('submittedOf', () => {
  it('counts submitted assignments of all innovations', () => {
    expect(
      submittedOf([
        { assignments: [{ status: 'submitted' }, { status: 'draft' }] },
        { assignments: [{ status: null }] },
      ]),
    ).toEqual({ submitted: 1, assigned: 3 });
  });
});
