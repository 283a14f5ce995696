import { featureTexts } from '../../i18n/feature-texts';

// The import page's texts (`exchange.*`) load with that page (see i18n/feature-texts.ts).
const texts = featureTexts('exchange', {
  id: () => import('../../i18n/locales/exchange/id.json'),
  en: () => import('../../i18n/locales/exchange/en.json'),
});

/** Fetches the import texts of a language (once) and adds them to the translations. */
export const loadExchangeTexts = texts.load;

/** Suspends until the import texts of the current language are there (after a switch too). */
export const useExchangeTexts = texts.use;
