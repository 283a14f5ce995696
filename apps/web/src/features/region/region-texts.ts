import { featureTexts } from '../../i18n/feature-texts';

// The region profile's and the setup wizard's texts (`region.*`) load with those pages (see
// i18n/feature-texts.ts).
const texts = featureTexts('region', {
  id: () => import('../../i18n/locales/region/id.json'),
  en: () => import('../../i18n/locales/region/en.json'),
});

/** Fetches the region texts of a language (once) and adds them to the translations. */
export const loadRegionTexts = texts.load;

/** Suspends until the region texts of the current language are there (after a switch too). */
export const useRegionTexts = texts.use;
