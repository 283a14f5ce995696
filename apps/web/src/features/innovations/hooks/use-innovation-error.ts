import { useTranslation } from 'react-i18next';
import { apiErrorInfo, isConflict } from '../../common/api-error';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { useLocale } from '../../common/hooks/use-locale';

/** Who changed an innovation and when, from a CONFLICT answer (a stale version). */
export type ConflictInfo = { readonly updatedBy: string | null; readonly updatedAt: string | null };

/** The conflict in an error, or null when the error is not a version conflict. */
export function conflictOf(error: unknown): ConflictInfo | null {
  const info = apiErrorInfo(error);
  // A refusal with its own reason (e.g. `in_round`) is not someone else's change.
  if (!isConflict(info) || (info.reason !== null && info.reason !== 'stale_version')) return null;
  const by = info.details?.updatedBy;
  const at = info.details?.updatedAt;
  return {
    updatedBy: typeof by === 'string' ? by : null,
    updatedAt: typeof at === 'string' ? at : null,
  };
}

/**
 * Sentences for the innovation register's errors: a version conflict names who changed the
 * innovation and when; a move the lifecycle refuses says so; the rest as everywhere else.
 */
export function useInnovationErrorMessage() {
  const { t } = useTranslation();
  const generic = useApiErrorMessage();
  const format = useLocale();
  const conflictText = (conflict: ConflictInfo) =>
    t('innovations.conflict.changedBy', {
      name: conflict.updatedBy ?? t('innovations.conflict.someone'),
      time: conflict.updatedAt ? format.dateTime(conflict.updatedAt) : '–',
    });
  const message = (error: unknown): string => {
    const conflict = conflictOf(error);
    if (conflict) return `${conflictText(conflict)} ${t('innovations.conflict.reloadHint')}`;
    // The lifecycle's refusals (INVALID_TRANSITION, STAGE_GATE_NOT_MET) are said by the one
    // error message, by their domain code.
    return generic(error);
  };
  return { message, conflictText };
}
