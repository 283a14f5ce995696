import type { Sections } from './sections';
import type { ActiveStage } from './vocabulary';

/** The shortest problem statement accepted at the gate. */
export const minProblemStatementLength = 50;

/** A quick win must be delivered within this many months of its start. */
export const maxQuickWinMonths = 12;

/**
 * Something still missing before a stage's gate opens: the field's path (`need.indicators`)
 * and why (`required`, `too_short`, `too_late`, …), so the SPA can show a checklist.
 */
export type MissingItem = {
  readonly field: string;
  readonly reason:
    'required' | 'too_short' | 'at_least_one' | 'incomplete' | 'too_late' | 'before_start';
};

/** What a gate looks at besides the sections (facts kept elsewhere). */
export type GateContext = {
  /** Progress reports on the quick win (needed to submit it to evaluation). */
  readonly progressReportCount: number;
};

const blank = (value: string | undefined): boolean => value === undefined || value.trim() === '';

/** Months between two `YYYY-MM-DD` dates, as a whole-and-fraction calendar difference. */
function monthsAfter(start: string, end: string): number {
  const [sy, sm, sd] = start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = end.split('-').map(Number) as [number, number, number];
  return (ey - sy) * 12 + (em - sm) + (ed - sd) / 31;
}

/**
 * The gate of a stage: what is missing before an innovation in this stage may move on. An empty
 * list means the gate is open. The evaluation stage's gate is the recorded outcome.
 *
 * - problem: statement (≥ 50 characters), affected group, evidence / baseline data, source;
 * - need: need statement, beneficiaries (who, estimated number), ≥ 1 complete KPI;
 * - process: ≥ 1 as-is and ≥ 1 to-be step; a justification when an application is needed;
 * - quick_win: deliverable, responsible person, start and target date (target not before the
 *   start and at most 12 months after it), budget and its source, status, ≥ 1 progress report;
 * - evaluation: an outcome.
 */
export function gate(stage: ActiveStage, sections: Sections, context: GateContext): MissingItem[] {
  const missing: MissingItem[] = [];
  const need = (field: string, reason: MissingItem['reason'] = 'required') =>
    missing.push({ field, reason });
  switch (stage) {
    case 'problem': {
      const p = sections.problem;
      if (blank(p.statement)) need('problem.statement');
      else if ((p.statement ?? '').trim().length < minProblemStatementLength)
        need('problem.statement', 'too_short');
      if (blank(p.affectedGroup)) need('problem.affectedGroup');
      if (blank(p.evidence)) need('problem.evidence');
      if (p.source === undefined) need('problem.source');
      break;
    }
    case 'need': {
      const n = sections.need;
      if (blank(n.statement)) need('need.statement');
      if (blank(n.beneficiaries?.who)) need('need.beneficiaries.who');
      if (n.beneficiaries?.estimatedCount === undefined) need('need.beneficiaries.estimatedCount');
      if (n.indicators.length === 0) need('need.indicators', 'at_least_one');
      else if (n.indicators.some((k) => blank(k.name) || blank(k.unit)))
        need('need.indicators', 'incomplete');
      break;
    }
    case 'process': {
      const p = sections.process;
      if (p.asIs.length === 0) need('process.asIs', 'at_least_one');
      if (p.toBe.length === 0) need('process.toBe', 'at_least_one');
      if (p.needsApplication && blank(p.applicationJustification))
        need('process.applicationJustification');
      break;
    }
    case 'quick_win': {
      const q = sections.quick_win;
      if (blank(q.deliverable)) need('quick_win.deliverable');
      if (blank(q.responsiblePerson)) need('quick_win.responsiblePerson');
      if (q.startDate === undefined) need('quick_win.startDate');
      if (q.targetDate === undefined) need('quick_win.targetDate');
      else if (q.startDate !== undefined) {
        if (q.targetDate < q.startDate) need('quick_win.targetDate', 'before_start');
        else if (monthsAfter(q.startDate, q.targetDate) > maxQuickWinMonths)
          need('quick_win.targetDate', 'too_late');
      }
      if (q.budget === undefined) need('quick_win.budget');
      if (q.fundingSource === undefined) need('quick_win.fundingSource');
      if (q.status === undefined) need('quick_win.status');
      if (context.progressReportCount < 1) need('quick_win.progressReports', 'at_least_one');
      break;
    }
    case 'evaluation': {
      if (sections.evaluation.outcome === undefined) need('evaluation.outcome');
      break;
    }
  }
  return missing;
}
