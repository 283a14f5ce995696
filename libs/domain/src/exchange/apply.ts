import { roundLockRefusal } from '../evaluation/round';
import type { Innovation } from '../innovation/innovation';
import { defaultTahapan } from '../innovation/vocabulary';
import type { InnovationRecord } from './entities/innovation-exchange';
import type { UserRecord } from './entities/user-exchange';
import type { RowProblem } from './issues';
import type { StoredLookup } from './plan';

/**
 * What a committed import does to stored records, and which stored records it may not change.
 * Pure: ids, the importer and the time come in.
 */

/**
 * The innovation an imported record makes: a new one (`existing` null, version 1) or the stored
 * one with its identity, IID profile, sections, stage, publication and unit replaced and its
 * version bumped. The IID tahapan follows the stage unless the sheet names one (as the profile
 * form does), and the extra dimensions leave out the primary one.
 */
export function importedInnovation(
  record: InnovationRecord,
  existing: Innovation | null,
  meta: { readonly id: string; readonly actorUserId: string; readonly now: Date },
): Innovation {
  const at = meta.now.toISOString();
  const { profile } = record;
  return {
    id: existing?.id ?? meta.id,
    unitId: record.unitId,
    title: profile.title,
    summary: profile.summary,
    dimension: profile.dimension,
    element: profile.element,
    extraDimensions: [...new Set(profile.extraDimensions.filter((d) => d !== profile.dimension))],
    isPublic: record.isPublic,
    jenis: profile.jenis,
    bentuk: profile.bentuk,
    inisiator: profile.inisiator,
    tahapan: profile.tahapan ?? defaultTahapan(record.stage),
    tahapanManual: profile.tahapan !== null,
    urusan: profile.urusan,
    trialDate: profile.trialDate,
    implementationDate: profile.implementationDate,
    stage: record.stage,
    discontinuedFrom: record.discontinuedFrom,
    sections: record.sections,
    version: existing ? existing.version + 1 : 1,
    createdAt: existing?.createdAt ?? at,
    createdBy: existing ? existing.createdBy : meta.actorUserId,
    updatedAt: at,
    updatedBy: meta.actorUserId,
  };
}

/**
 * The round lock, for imports: an innovation in evaluation while a round runs for it cannot be
 * changed by a spreadsheet either (the same rule as `roundLockRefusal`; the outcome is recorded
 * in the round). `runningRoundOf` answers the round running for an innovation, or null.
 */
export function innovationImportRefusal(
  runningRoundOf: (innovationId: string) => string | null,
): NonNullable<StoredLookup<InnovationRecord>['refusal']> {
  return (existing) =>
    roundLockRefusal(existing.record, runningRoundOf(existing.id))
      ? { code: 'locked_in_round' }
      : null;
}

/**
 * What an import may not do to the importer's own account (as the Pengguna page does not):
 * change its role or deactivate it.
 */
export function userImportRefusal(
  actorUserId: string,
): NonNullable<StoredLookup<UserRecord>['refusal']> {
  return (existing, record): RowProblem | null =>
    existing.id === actorUserId && (record.role !== existing.record.role || !record.active)
      ? {
          code: 'not_allowed',
          message: 'You cannot change your own role or deactivate your own account',
        }
      : null;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields of two versions of a record that differ, as `before` and `after` halves for the
 * event log (nested objects, such as an innovation's profile and sections, field by field).
 */
export function changedFields(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): { readonly before: Record<string, unknown>; readonly after: Record<string, unknown> } {
  const was: Record<string, unknown> = {};
  const is: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const a = before[key];
    const b = after[key];
    if (same(a, b)) continue;
    if (isPlainObject(a) && isPlainObject(b)) {
      const inner = changedFields(a, b);
      was[key] = inner.before;
      is[key] = inner.after;
    } else {
      was[key] = a ?? null;
      is[key] = b ?? null;
    }
  }
  return { before: was, after: is };
}
