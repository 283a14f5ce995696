import { featureTexts } from '../../i18n/feature-texts';

// The Data Terbuka page's texts (`openData.*`) load with the page (see i18n/feature-texts.ts).
const texts = featureTexts('openData', {
  id: () => import('../../i18n/locales/open-data/id.json'),
  en: () => import('../../i18n/locales/open-data/en.json'),
});

/** Fetches the open data texts of a language (once) and adds them to the translations. */
export const loadOpenDataTexts = texts.load;

/** Suspends until the open data texts of the current language are there (after a switch too). */
export const useOpenDataTexts = texts.use;
