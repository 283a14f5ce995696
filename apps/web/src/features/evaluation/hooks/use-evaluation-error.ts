import { useApiErrorMessage } from '../../common/hooks/use-api-error-message';

/**
 * Sentences for the evaluation API's errors: a refusal says why (no evaluator yet, evaluations
 * pending, conflict of interest, …), by the reason the server sends (the SPA's one error message,
 * whose table `refusalMessageKeys` points at the evaluation texts); anything else as everywhere.
 */
export function useEvaluationErrorMessage(): (error: unknown) => string {
  return useApiErrorMessage();
}
