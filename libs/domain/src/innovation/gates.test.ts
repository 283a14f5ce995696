import { describe, expect, it } from 'vitest';
import { gate } from './gates';
import { emptySections, type QuickWinSection, type Sections } from './sections';
import { completeSections, gateContext, statementOfLength } from './testing/innovation-fixtures';
import { activeStages, outcomes } from './vocabulary';

/** Complete sections with one section replaced. */
function completeWith<S extends keyof Sections>(section: S, data: Sections[S]): Sections {
  return { ...completeSections(), [section]: data };
}

const completeQuickWin = (): QuickWinSection => completeSections().quick_win;

describe('gate', () => {
  describe('problem', () => {
    it('lists every missing field of an empty problem with its path and reason', () => {
      expect(gate('problem', emptySections(), gateContext())).toEqual([
        { field: 'problem.statement', reason: 'required' },
        { field: 'problem.affectedGroup', reason: 'required' },
        { field: 'problem.evidence', reason: 'required' },
        { field: 'problem.source', reason: 'required' },
      ]);
    });

    it('treats a statement of only spaces as missing, not as too short', () => {
      const sections = completeWith('problem', { ...completeSections().problem, statement: '   ' });
      expect(gate('problem', sections, gateContext())).toEqual([
        { field: 'problem.statement', reason: 'required' },
      ]);
    });

    it('refuses a statement of 49 characters after trimming as too short', () => {
      const statement = `   ${statementOfLength(49)}   `;
      const sections = completeWith('problem', { ...completeSections().problem, statement });
      expect(gate('problem', sections, gateContext())).toEqual([
        { field: 'problem.statement', reason: 'too_short' },
      ]);
    });

    it('accepts a statement of exactly 50 characters after trimming', () => {
      const statement = `   ${statementOfLength(50)}   `;
      const sections = completeWith('problem', { ...completeSections().problem, statement });
      expect(gate('problem', sections, gateContext())).toEqual([]);
    });

    it('treats a blank affected group or evidence as missing', () => {
      const sections = completeWith('problem', {
        ...completeSections().problem,
        affectedGroup: ' ',
        evidence: '\t',
      });
      expect(gate('problem', sections, gateContext())).toEqual([
        { field: 'problem.affectedGroup', reason: 'required' },
        { field: 'problem.evidence', reason: 'required' },
      ]);
    });
  });

  describe('need', () => {
    it('lists every missing field of an empty need, with at least one KPI required', () => {
      expect(gate('need', emptySections(), gateContext())).toEqual([
        { field: 'need.statement', reason: 'required' },
        { field: 'need.beneficiaries.who', reason: 'required' },
        { field: 'need.beneficiaries.estimatedCount', reason: 'required' },
        { field: 'need.indicators', reason: 'at_least_one' },
      ]);
    });

    it('asks for the estimated number when only who benefits is given', () => {
      const need = { ...completeSections().need, beneficiaries: { who: 'Parents' } };
      expect(gate('need', completeWith('need', need), gateContext())).toEqual([
        { field: 'need.beneficiaries.estimatedCount', reason: 'required' },
      ]);
    });

    it('reports no KPI as at_least_one', () => {
      const need = { ...completeSections().need, indicators: [] };
      expect(gate('need', completeWith('need', need), gateContext())).toEqual([
        { field: 'need.indicators', reason: 'at_least_one' },
      ]);
    });

    it.each([
      ['a blank name', { name: '  ' }],
      ['a blank unit', { unit: '' }],
    ])('reports a KPI with %s as incomplete, even next to a complete one', (_label, change) => {
      const [kpi] = completeSections().need.indicators;
      const need = { ...completeSections().need, indicators: [kpi!, { ...kpi!, ...change }] };
      expect(gate('need', completeWith('need', need), gateContext())).toEqual([
        { field: 'need.indicators', reason: 'incomplete' },
      ]);
    });
  });

  describe('process', () => {
    it('asks for at least one as-is and one to-be step', () => {
      expect(gate('process', emptySections(), gateContext())).toEqual([
        { field: 'process.asIs', reason: 'at_least_one' },
        { field: 'process.toBe', reason: 'at_least_one' },
      ]);
    });

    it('asks for a justification when an application is needed', () => {
      const process = {
        ...completeSections().process,
        needsApplication: true,
        applicationJustification: '  ',
      };
      expect(gate('process', completeWith('process', process), gateContext())).toEqual([
        { field: 'process.applicationJustification', reason: 'required' },
      ]);
      const { applicationJustification: _omitted, ...withoutJustification } = process;
      expect(gate('process', completeWith('process', withoutJustification), gateContext())).toEqual(
        [{ field: 'process.applicationJustification', reason: 'required' }],
      );
    });

    it('needs no justification when no application is needed', () => {
      const { applicationJustification: _omitted, ...process } = completeSections().process;
      const sections = completeWith('process', { ...process, needsApplication: false });
      expect(gate('process', sections, gateContext())).toEqual([]);
    });
  });

  describe('quick_win', () => {
    it('lists every missing field of an empty quick win, and the missing progress report', () => {
      expect(gate('quick_win', emptySections(), gateContext(0))).toEqual([
        { field: 'quick_win.deliverable', reason: 'required' },
        { field: 'quick_win.responsiblePerson', reason: 'required' },
        { field: 'quick_win.startDate', reason: 'required' },
        { field: 'quick_win.targetDate', reason: 'required' },
        { field: 'quick_win.budget', reason: 'required' },
        { field: 'quick_win.fundingSource', reason: 'required' },
        { field: 'quick_win.status', reason: 'required' },
        { field: 'quick_win.progressReports', reason: 'at_least_one' },
      ]);
    });

    it('refuses a target date before the start date', () => {
      const quickWin = { ...completeQuickWin(), startDate: '2025-03-10', targetDate: '2025-03-09' };
      expect(gate('quick_win', completeWith('quick_win', quickWin), gateContext())).toEqual([
        { field: 'quick_win.targetDate', reason: 'before_start' },
      ]);
    });

    it.each([
      ['on the start date', '2025-03-10', '2025-03-10'],
      ['exactly 12 months after the start', '2025-01-15', '2026-01-15'],
      ['exactly 12 months after a start on the 31st', '2025-01-31', '2026-01-31'],
      ['12 months after a 29 February start (28 February)', '2024-02-29', '2025-02-28'],
      ['at the end of the year that starts on the 1st', '2025-01-01', '2025-12-31'],
    ])('accepts a target date %s', (_label, startDate, targetDate) => {
      const quickWin = { ...completeQuickWin(), startDate, targetDate };
      expect(gate('quick_win', completeWith('quick_win', quickWin), gateContext())).toEqual([]);
    });

    it.each([
      ['12 months and one day after the start', '2025-01-15', '2026-01-16'],
      ['12 months and one day after a start on the 31st', '2025-01-31', '2026-02-01'],
      ['12 months and one day after a 29 February start', '2024-02-29', '2025-03-01'],
      ['two years after the start', '2025-01-15', '2027-01-15'],
    ])('refuses a target date %s as too late', (_label, startDate, targetDate) => {
      const quickWin = { ...completeQuickWin(), startDate, targetDate };
      expect(gate('quick_win', completeWith('quick_win', quickWin), gateContext())).toEqual([
        { field: 'quick_win.targetDate', reason: 'too_late' },
      ]);
    });

    it('does not compare dates while the start date is missing', () => {
      const { startDate: _omitted, ...quickWin } = completeQuickWin();
      expect(gate('quick_win', completeWith('quick_win', quickWin), gateContext())).toEqual([
        { field: 'quick_win.startDate', reason: 'required' },
      ]);
    });

    it('accepts a budget of 0 (funding source none)', () => {
      const quickWin = { ...completeQuickWin(), budget: 0, fundingSource: 'none' as const };
      expect(gate('quick_win', completeWith('quick_win', quickWin), gateContext())).toEqual([]);
    });

    it('asks for at least one progress report and opens with one', () => {
      expect(gate('quick_win', completeSections(), gateContext(0))).toEqual([
        { field: 'quick_win.progressReports', reason: 'at_least_one' },
      ]);
      expect(gate('quick_win', completeSections(), gateContext(1))).toEqual([]);
    });
  });

  describe('evaluation', () => {
    it('asks for an outcome', () => {
      const sections = completeWith('evaluation', { notes: 'Scores are in' });
      expect(gate('evaluation', sections, gateContext())).toEqual([
        { field: 'evaluation.outcome', reason: 'required' },
      ]);
    });

    it.each(outcomes)('opens with the outcome %s', (outcome) => {
      expect(gate('evaluation', completeWith('evaluation', { outcome }), gateContext())).toEqual(
        [],
      );
    });
  });

  it.each(activeStages)('opens the %s gate of complete sections (empty list)', (stage) => {
    expect(gate(stage, completeSections(), gateContext())).toEqual([]);
  });

  it.each(activeStages)('looks only at the %s section, not at the others', (stage) => {
    const sections = { ...emptySections(), [stage]: completeSections()[stage] };
    expect(gate(stage, sections, gateContext())).toEqual([]);
  });
});
