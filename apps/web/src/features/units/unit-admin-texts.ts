import { featureTexts } from '../../i18n/feature-texts';

// The texts of managing units (`unitAdmin.*`: forms, deactivation, merge) load with the
// Perangkat Daerah pages (see i18n/feature-texts.ts).
const texts = featureTexts('unitAdmin', {
  id: () => import('../../i18n/locales/unit-admin/id.json'),
  en: () => import('../../i18n/locales/unit-admin/en.json'),
});

/** Fetches the unit management texts of a language (once) and adds them to the translations. */
export const loadUnitAdminTexts = texts.load;

/** Suspends until the unit management texts of the current language are there. */
export const useUnitAdminTexts = texts.use;
