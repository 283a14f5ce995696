import type { Language } from '@smartcity/domain';
import i18n from 'i18next';
import { use } from 'react';
import { useLanguage } from './i18n';

// Some features keep their texts in locale files of their own (`locales/<feature>/<lang>.json`),
// fetched with the pages that use them: the app shell carries the Indonesian texts of every page
// eagerly, and large features would push the dashboard's first load over its budget.

/** Loading and using a feature's own texts (under the key `namespace`). */
export type FeatureTexts = {
  /** Fetches the texts of a language (once) and adds them to the translations. */
  readonly load: (language?: Language) => Promise<void>;
  /** Suspends until the texts of the current language are there (after a switch too). */
  readonly use: () => void;
};

function currentLanguage(): Language {
  return i18n.resolvedLanguage === 'en' ? 'en' : 'id';
}

/** The lazily loaded texts of a feature: `loaders` import its locale files by language. */
export function featureTexts(
  namespace: string,
  loaders: Readonly<Record<Language, () => Promise<{ default: object }>>>,
): FeatureTexts {
  const loading = new Map<Language, Promise<void>>();
  const loaded = new Set<Language>();
  const load = (language: Language = currentLanguage()): Promise<void> => {
    let promise = loading.get(language);
    if (!promise) {
      promise = loaders[language]().then((module) => {
        i18n.addResourceBundle(
          language,
          'translation',
          { [namespace]: module.default },
          true,
          true,
        );
        loaded.add(language);
      });
      promise.catch(() => loading.delete(language));
      loading.set(language, promise);
    }
    return promise;
  };
  return {
    load,
    use: function useFeatureTexts() {
      const language = useLanguage();
      if (!loaded.has(language)) use(load(language));
    },
  };
}
