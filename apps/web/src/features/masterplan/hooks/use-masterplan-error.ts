import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import type { MasterplanRefusalReason } from '../refusal-message';

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
  // The SPA's one error message says each check's reason (`refusalMessageKeys`), together.
  return useApiErrorMessage();
}
