import { featureTexts } from '../../i18n/feature-texts';

// The evaluation pages' texts (`evaluation.*`) load with those pages (see i18n/feature-texts.ts).
const texts = featureTexts('evaluation', {
  id: () => import('../../i18n/locales/evaluation/id.json'),
  en: () => import('../../i18n/locales/evaluation/en.json'),
});

/** Fetches the evaluation texts of a language (once) and adds them to the translations. */
export const loadEvaluationTexts = texts.load;

/** Suspends until the evaluation texts of the current language are there (after a switch too). */
export const useEvaluationTexts = texts.use;
