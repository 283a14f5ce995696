import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { apiErrorInfo, type ApiErrorInfo } from '../api-error';
import { errorMessages } from '../refusal-messages';

/**
 * The one way the SPA turns an API error into a sentence in the user's language: by the refusal
 * reason and the domain code the server sent (`refusalMessageKeys`), never by the server's
 * (English) message. Takes a tRPC error, or the `ApiErrorInfo` of a plain HTTP answer
 * (`httpErrorInfo`). Several refusals (a masterplan's checks) give their sentences together.
 */
export function useApiErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const { byReason, byCode } = errorMessages(isErrorInfo(error) ? error : apiErrorInfo(error));
    // A feature's texts load with its pages: where a reason's are not loaded, the code's stand.
    const shown = byReason.filter((m) => i18n.exists(m.key));
    if (shown.length === 0) return t(byCode.key, byCode.values);
    return [...new Set(shown.map((m) => t(m.key, m.values)))].join(' ');
  };
}

function isErrorInfo(value: unknown): value is ApiErrorInfo {
  return (
    typeof value === 'object' &&
    value !== null &&
    'domainCode' in value &&
    'reason' in value &&
    'fieldErrors' in value
  );
}
