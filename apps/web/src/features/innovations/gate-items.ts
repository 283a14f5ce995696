import { emptySections, gate, type ActiveStage, type MissingItem } from '@smartcity/domain';
import type { TranslationKey } from '../../i18n/keys';

/** The label of each field a gate names (`MissingItem.field`), as a translation key. */
export const gateFieldKeys: Readonly<Record<string, TranslationKey>> = {
  'problem.statement': 'innovations.fields.problemStatement',
  'problem.affectedGroup': 'innovations.fields.affectedGroup',
  'problem.evidence': 'innovations.fields.problemEvidence',
  'problem.source': 'innovations.fields.problemSource',
  'need.statement': 'innovations.fields.needStatement',
  'need.beneficiaries.who': 'innovations.fields.beneficiariesWho',
  'need.beneficiaries.estimatedCount': 'innovations.fields.beneficiariesCount',
  'need.indicators': 'innovations.fields.indicators',
  'process.asIs': 'innovations.fields.asIs',
  'process.toBe': 'innovations.fields.toBe',
  'process.applicationJustification': 'innovations.fields.applicationJustification',
  'quick_win.deliverable': 'innovations.fields.deliverable',
  'quick_win.responsiblePerson': 'innovations.fields.responsiblePerson',
  'quick_win.startDate': 'innovations.fields.startDate',
  'quick_win.targetDate': 'innovations.fields.targetDate',
  'quick_win.budget': 'innovations.fields.budget',
  'quick_win.fundingSource': 'innovations.fields.fundingSource',
  'quick_win.status': 'innovations.fields.quickWinStatus',
  'quick_win.progressReports': 'innovations.fields.progressReports',
  'evaluation.outcome': 'innovations.fields.outcome',
};

/** One line of a stage's checklist: a requirement, and what is wrong with it (null when met). */
export type ChecklistItem = { readonly field: string; readonly missing: MissingItem | null };

/**
 * The whole checklist of a stage's gate: every requirement (what the gate misses on an empty
 * section), each marked met or not according to what the API says is still missing.
 */
export function gateChecklist(
  stage: ActiveStage,
  missing: readonly MissingItem[],
): ChecklistItem[] {
  const requirements = gate(stage, emptySections(), { progressReportCount: 0 }).map((m) => m.field);
  const fields = [...new Set([...requirements, ...missing.map((m) => m.field)])];
  return fields.map((field) => ({
    field,
    missing: missing.find((m) => m.field === field) ?? null,
  }));
}

/** The missing items of a STAGE_GATE_NOT_MET error's details, when they are well formed. */
export function missingItemsOf(details: Readonly<Record<string, unknown>> | null): MissingItem[] {
  const missing = details?.missing;
  if (!Array.isArray(missing)) return [];
  return missing.filter(
    (m): m is MissingItem =>
      typeof m === 'object' &&
      m !== null &&
      typeof (m as { field?: unknown }).field === 'string' &&
      typeof (m as { reason?: unknown }).reason === 'string',
  );
}
