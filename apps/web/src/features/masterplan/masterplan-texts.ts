import { featureTexts } from '../../i18n/feature-texts';

// The Rencana Induk pages' texts (`masterplan.*`) load with those pages (see i18n/feature-texts.ts).
const texts = featureTexts('masterplan', {
  id: () => import('../../i18n/locales/masterplan/id.json'),
  en: () => import('../../i18n/locales/masterplan/en.json'),
});

/** Fetches the masterplan texts of a language (once) and adds them to the translations. */
export const loadMasterplanTexts = texts.load;

/** Suspends until the masterplan texts of the current language are there (after a switch too). */
export const useMasterplanTexts = texts.use;
