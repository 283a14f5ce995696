import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../common/api-error';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { masterplanRefusals, type MasterplanRefusalReason } from '../refusal-message';

/** The sentence of one masterplan refusal. */
export function useRefusalText(): (reason: MasterplanRefusalReason) => string {
  const { t } = useTranslation();
  return (reason) => t(`masterplan.refusals.${reason}`);
}

/**
 * Sentences for the masterplan API's errors: a refusal says why (years outside the period, a
 * horizon too short, already signed, …); anything else as everywhere else.
 */
export function useMasterplanErrorMessage(): (error: unknown) => string {
  const generic = useApiErrorMessage();
  const refusalText = useRefusalText();
  return (error) => {
    const refusals = masterplanRefusals(apiErrorInfo(error).details);
    return refusals.length > 0
      ? [...new Set(refusals.map((r) => refusalText(r.reason)))].join(' ')
      : generic(error);
  };
}
