import {
  DomainError,
  actionIssues,
  programmeIssues,
  type MasterplanIssue,
} from '@smartcity/domain';
import { findMasterplan, findProgramme, type Masterplan, type Programme } from '@smartcity/db';
import type { Context } from '../../context';

/** The deployment's masterplan, or `NOT_FOUND` (a region without one yet). */
export async function loadMasterplan(ctx: Context): Promise<Masterplan> {
  const plan = await findMasterplan(ctx.db);
  if (!plan) throw new DomainError('NOT_FOUND', 'No masterplan yet', { reason: 'no_masterplan' });
  return plan;
}

/** A programme of the masterplan, or `NOT_FOUND`. */
export async function loadProgramme(ctx: Context, id: string): Promise<Programme> {
  const programme = await findProgramme(ctx.db, id);
  if (!programme) throw new DomainError('NOT_FOUND', 'Programme not found', { id });
  return programme;
}

/** Refuses with VALIDATION naming the first issue's field, and listing them all. */
export function refuseIssues(issues: readonly MasterplanIssue[]): void {
  const [first] = issues;
  if (!first) return;
  throw new DomainError(
    'VALIDATION',
    `Check ${first.field}: ${first.reason.replaceAll('_', ' ')}`,
    {
      field: first.field,
      issues,
    },
  );
}

/** The checks of a programme's years against the masterplan's period. */
export function checkProgramme(
  plan: Masterplan,
  programme: Parameters<typeof programmeIssues>[0],
): void {
  refuseIssues(programmeIssues(programme, { startYear: plan.startYear, endYear: plan.endYear }));
}

/** The checks of an action item against its programme. */
export function checkAction(
  programme: Programme,
  action: Parameters<typeof actionIssues>[0],
): void {
  refuseIssues(actionIssues(action, programme));
}
