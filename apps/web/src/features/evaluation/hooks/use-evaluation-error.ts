import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../../common/api-error';
import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';
import { refusalOf } from '../refusal-message';

/**
 * Sentences for the evaluation API's errors: a refusal says why (no evaluator yet, evaluations
 * pending, conflict of interest, …); anything else as everywhere else.
 */
export function useEvaluationErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  const generic = useApiErrorMessage();
  return (error) => {
    const refusal = refusalOf(apiErrorInfo(error).details);
    return refusal
      ? t(`evaluation.refusals.${refusal.reason}`, { count: refusal.count })
      : generic(error);
  };
}
