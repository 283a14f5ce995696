import { describe, expect, it } from 'vitest';
import { innovationsSearchSchema } from '../innovations/innovations-search';
import { innovationsSearchFor } from './dashboard-links';

const unitId = '0b7e3f1e-8d4c-4d7a-9a43-3c2b7f1f9a10';
const otherUnit = '7d1c0f52-3e55-4c1f-8f1e-2b1a2c3d4e5f';

describe('innovationsSearchFor', () => {
  it('links the total to the list with the dashboard filters only', () => {
    expect(innovationsSearchFor({}, { kind: 'all' })).toEqual({});
    expect(innovationsSearchFor({ year: 2022, dimension: 'living' }, { kind: 'all' })).toEqual({
      year: 2022,
      dimension: 'living',
    });
  });

  it('adds the stage of a funnel bar to the dashboard filters', () => {
    expect(
      innovationsSearchFor(
        { year: 2022, dimension: 'economy', unitId },
        { kind: 'stage', stage: 'need' },
      ),
    ).toEqual({ year: 2022, dimension: 'economy', unitId, stage: 'need' });
  });

  it("lets a unit's bar or a coverage cell replace the dashboard's unit and dimension", () => {
    expect(
      innovationsSearchFor({ unitId, year: 2021 }, { kind: 'unit', unitId: otherUnit }),
    ).toEqual({ unitId: otherUnit, year: 2021 });
    expect(
      innovationsSearchFor(
        { dimension: 'living' },
        { kind: 'coverage', unitId, dimension: 'governance' },
      ),
    ).toEqual({ unitId, dimension: 'governance' });
    expect(innovationsSearchFor({}, { kind: 'unit', unitId, active: true })).toEqual({
      unitId,
      active: true,
    });
  });

  it('maps stale, overdue, outcome and active figures to their list filters', () => {
    expect(innovationsSearchFor({}, { kind: 'stale' })).toEqual({ stale: true });
    expect(innovationsSearchFor({ year: 2023 }, { kind: 'overdue' })).toEqual({
      year: 2023,
      overdue: true,
    });
    expect(innovationsSearchFor({}, { kind: 'outcome', outcome: 'none' })).toEqual({
      outcome: 'none',
    });
    expect(innovationsSearchFor({}, { kind: 'active' })).toEqual({ active: true });
  });

  it('counts quick wins in the quick_win stage, by status when one is named', () => {
    expect(innovationsSearchFor({}, { kind: 'quickWins' })).toEqual({ stage: 'quick_win' });
    expect(innovationsSearchFor({}, { kind: 'quickWins', status: 'stalled' })).toEqual({
      stage: 'quick_win',
      quickWinStatus: 'stalled',
    });
  });

  it('builds searches that the list page reads back unchanged', () => {
    const search = innovationsSearchFor(
      { year: 2022, dimension: 'living', unitId },
      { kind: 'quickWins', status: 'in_progress' },
    );
    expect(innovationsSearchSchema.parse(search)).toMatchObject(search);
  });
});
