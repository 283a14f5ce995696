import type { Language } from '@smartcity/domain';
import i18n from 'i18next';
import { use } from 'react';
import { useLanguage } from '../../i18n/i18n';

// The evaluation pages' texts (`evaluation.*`) live in their own locale files, fetched with the
// pages that use them: the app shell carries the Indonesian texts of every page eagerly, and
// these would push the dashboard's first load over its budget.

const loaders: Readonly<Record<Language, () => Promise<{ default: object }>>> = {
  id: () => import('../../i18n/locales/evaluation/id.json'),
  en: () => import('../../i18n/locales/evaluation/en.json'),
};

const loading = new Map<Language, Promise<void>>();
const loaded = new Set<Language>();

/** Fetches the evaluation texts of a language (once) and adds them to the translations. */
export function loadEvaluationTexts(language: Language = currentLanguage()): Promise<void> {
  let promise = loading.get(language);
  if (!promise) {
    promise = loaders[language]().then((module) => {
      i18n.addResourceBundle(language, 'translation', { evaluation: module.default }, true, true);
      loaded.add(language);
    });
    promise.catch(() => loading.delete(language));
    loading.set(language, promise);
  }
  return promise;
}

function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'id';
}

/** Suspends until the evaluation texts of the current language are there (after a switch too). */
export function useEvaluationTexts(): void {
  const language = useLanguage();
  if (!loaded.has(language)) use(loadEvaluationTexts(language));
}
