import { useTranslation } from 'react-i18next';
import { apiErrorInfo } from '../api-error';

/**
 * Turns an API error into a sentence in the user's language: by domain code and transport code,
 * never by the server's (English) message.
 */
export function useApiErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const info = apiErrorInfo(error);
    // Refusals every page may meet, said the same everywhere.
    const reason = info.details?.['reason'];
    if (reason === 'unit_inactive') return t('errors.unitInactive');
    if (reason === 'password_change_required') return t('errors.passwordChangeRequired');
    switch (info.code) {
      case null:
        return t('errors.network');
      case 'BAD_REQUEST':
        return t('errors.badRequest');
      case 'UNAUTHORIZED':
        return t('errors.unauthorized');
      case 'FORBIDDEN':
        return t('errors.forbidden');
      case 'NOT_FOUND':
        return t('errors.notFound');
      case 'CONFLICT':
        return info.details?.['field'] === 'email' ? t('errors.emailTaken') : t('errors.conflict');
      case 'TOO_MANY_REQUESTS':
        return t('errors.tooManyRequests', {
          count: Number(info.details?.['retryAfterMinutes'] ?? 1),
        });
      default:
        return t('errors.unexpected');
    }
  };
}
