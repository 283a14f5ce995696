import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../common/api-error';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { unitRefusal, type UnitRefusalReason } from '../unit-refusal';

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
  const generic = useApiErrorMessage();
  const refusalText = useUnitRefusalText();
  return (error) => {
    const refusal = unitRefusal(apiErrorInfo(error).details);
    return refusal ? refusalText(refusal.reason) : generic(error);
  };
}
