import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import type { UnitRefusalReason } from '../unit-refusal';

/** The sentence of one unit refusal. */
export function useUnitRefusalText(): (reason: UnitRefusalReason) => string {
  const { t } = useTranslation();
  return (reason) => t(`unitAdmin.refusals.${reason}`);
}

/**
 * Sentences for the unit API's errors: a refusal says why (a code taken, an inactive successor,
 * a merge that would create conflicts of interest, …); anything else as everywhere else.
 */
export function useUnitErrorMessage(): (error: unknown) => string {
  // The SPA's one error message says a unit refusal by its reason (`refusalMessageKeys`).
  return useApiErrorMessage();
}
