import { describe, expect, it } from 'vitest';
import { applyProgressStatus, setPublished } from './changes';
import { innovationPermissions, noInnovationPermissions } from './permissions';
import { actors, gateContext, innovationAt, now } from './testing/innovation-fixtures';

describe('innovationPermissions', () => {
  it('lets unit staff edit the open sections and advance, but not discontinue, publish or reopen', () => {
    expect(
      innovationPermissions(innovationAt('need'), {
        actor: actors.staff,
        now,
        context: gateContext(),
      }),
    ).toEqual({
      edit: ['profile', 'problem', 'need'],
      advance: true,
      moveBack: true,
      discontinue: false,
      reopen: false,
      setPublic: false,
    });
  });

  it('counts a closed gate as allowed: the user can complete it', () => {
    const can = innovationAt('quick_win');
    expect(
      innovationPermissions(can, { actor: actors.head, now, context: gateContext(0) }).advance,
    ).toBe(true);
  });

  it('gives evaluators, leaders and other units nothing, as for the public', () => {
    for (const actor of [actors.evaluator, actors.leader, actors.otherStaff]) {
      expect(
        innovationPermissions(innovationAt('need'), { actor, now, context: gateContext() }),
      ).toEqual(noInnovationPermissions);
    }
  });

  it('lets a coordinator reopen a discontinued innovation and nothing else move', () => {
    const can = innovationPermissions(innovationAt('discontinued'), {
      actor: actors.coordinator,
      now,
      context: gateContext(),
    });
    expect(can).toMatchObject({
      reopen: true,
      advance: false,
      discontinue: false,
      moveBack: false,
      edit: [],
    });
  });
});

describe('setPublished', () => {
  it('publishes with the version bumped and the author stamped', () => {
    const before = innovationAt('need');
    const after = setPublished(before, true, { actorUserId: 'u-1', now });
    expect(after).toEqual({
      ...before,
      isPublic: true,
      version: before.version + 1,
      updatedAt: now.toISOString(),
      updatedBy: 'u-1',
    });
  });
});

describe('applyProgressStatus', () => {
  it('sets the quick win status and keeps the rest of its section', () => {
    const before = innovationAt('quick_win');
    const after = applyProgressStatus(before, 'done', { actorUserId: 'u-1', now });
    expect(after.sections.quick_win).toEqual({ ...before.sections.quick_win, status: 'done' });
    expect(after.sections.need).toBe(before.sections.need);
    expect(after.version).toBe(before.version + 1);
  });
});
