import type { Language } from '@smartcity/domain';
import i18n from 'i18next';
import { use } from 'react';
import { useLanguage } from '../../i18n/i18n';

// The Rencana Induk pages' texts (`masterplan.*`) live in their own locale files, fetched with the
// pages that use them, so that the shell's first load does not carry them (see evaluation-texts.ts).

const loaders: Readonly<Record<Language, () => Promise<{ default: object }>>> = {
  id: () => import('../../i18n/locales/masterplan/id.json'),
  en: () => import('../../i18n/locales/masterplan/en.json'),
};

const loading = new Map<Language, Promise<void>>();
const loaded = new Set<Language>();

/** Fetches the masterplan texts of a language (once) and adds them to the translations. */
export function loadMasterplanTexts(language: Language = currentLanguage()): Promise<void> {
  let promise = loading.get(language);
  if (!promise) {
    promise = loaders[language]().then((module) => {
      i18n.addResourceBundle(language, 'translation', { masterplan: module.default }, true, true);
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

/** Suspends until the masterplan texts of the current language are there (after a switch too). */
export function useMasterplanTexts(): void {
  const language = useLanguage();
  if (!loaded.has(language)) use(loadMasterplanTexts(language));
}
