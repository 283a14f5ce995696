import { useMemo } from 'react';
import { useLanguage } from '../../../i18n/i18n';
import { localeFormat, type LocaleFormat } from '../locale-format';

/**
 * Numbers, percentages, money, file sizes and dates in the user's language (see
 * {@link localeFormat}); every page formats figures through it.
 */
export function useLocale(): LocaleFormat {
  const language = useLanguage();
  return useMemo(() => localeFormat(language), [language]);
}
