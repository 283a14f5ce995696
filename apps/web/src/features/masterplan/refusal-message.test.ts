import { describe, expect, it } from 'vitest';
import { masterplanRefusals, refusalFieldErrors } from './refusal-message';

describe('masterplanRefusals', () => {
  it('reads every issue of a refused programme, with its field', () => {
    expect(
      masterplanRefusals({
        field: 'startYear',
        issues: [
          { field: 'startYear', reason: 'outside_period' },
          { field: 'horizon', reason: 'horizon_too_short' },
        ],
      }),
    ).toEqual([
      { reason: 'outsidePeriod', field: 'startYear' },
      { reason: 'horizonTooShort', field: 'horizon' },
    ]);
    expect(
      masterplanRefusals({ issues: [{ field: 'endYear', reason: 'years_reversed' }] }),
    ).toEqual([{ reason: 'yearsReversed', field: 'endYear' }]);
    expect(
      masterplanRefusals({ issues: [{ field: 'endYear', reason: 'quick_win_spans_years' }] })[0]
        ?.reason,
    ).toBe('quickWinSpansYears');
  });

  it('reads the refusals of an action item', () => {
    expect(
      masterplanRefusals({
        issues: [
          { field: 'year', reason: 'action_outside_programme' },
          { field: 'progressPercent', reason: 'done_below_100' },
        ],
      }).map((r) => r.reason),
    ).toEqual(['actionOutsideProgramme', 'doneBelow100']);
  });

  it('reads a single reason (signatures, no masterplan)', () => {
    expect(masterplanRefusals({ reason: 'already_signed', signedOn: '2023-11-20' })).toEqual([
      { reason: 'alreadySigned', field: null },
    ]);
    expect(masterplanRefusals({ reason: 'not_signed' })[0]?.reason).toBe('notSigned');
    expect(masterplanRefusals({ reason: 'no_masterplan' })[0]?.reason).toBe('noMasterplan');
    expect(masterplanRefusals({ reason: 'masterplan_exists', id: 'm1' })[0]?.reason).toBe(
      'masterplanExists',
    );
    expect(masterplanRefusals({ reason: 'no_region' })[0]?.reason).toBe('noRegion');
  });

  it('leaves other errors to the generic message', () => {
    expect(masterplanRefusals(null)).toEqual([]);
    expect(masterplanRefusals({ reason: 'stale_version' })).toEqual([]);
    expect(masterplanRefusals({ field: 'leadUnitId', id: 'x' })).toEqual([]);
    expect(masterplanRefusals({ issues: [{ field: 'x', reason: 'unknown' }, 'junk'] })).toEqual([]);
  });
});

describe('refusalFieldErrors', () => {
  it('puts the first message of each field on it, and the rest on the fallback', () => {
    expect(
      refusalFieldErrors(
        [
          { reason: 'outsidePeriod', field: 'startYear' },
          { reason: 'yearsReversed', field: 'startYear' },
          { reason: 'alreadySigned', field: null },
        ],
        (reason) => `msg:${reason}`,
        'form',
      ),
    ).toEqual({ startYear: 'msg:outsidePeriod', form: 'msg:alreadySigned' });
  });
});
