import type { Language, LocalizedText } from '@smartcity/domain';
import i18n from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next, useTranslation } from 'react-i18next';
import en from './locales/en.json';
import id from './locales/id.json';

/** Where the chosen language is kept between visits. */
export const languageStorageKey = 'smartcity.language';

/** Bahasa Indonesia is the default; English is the other choice. The choice persists. */
export async function initI18n(): Promise<typeof i18n> {
  await i18n
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { id: { translation: id }, en: { translation: en } },
      supportedLngs: ['id', 'en'],
      fallbackLng: 'id',
      nonExplicitSupportedLngs: false,
      // Only an explicit earlier choice counts: the browser's language does not override Indonesian.
      detection: {
        order: ['localStorage'],
        lookupLocalStorage: languageStorageKey,
        caches: ['localStorage'],
      },
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  const syncHtmlLang = (lng: string) => document.documentElement.setAttribute('lang', lng);
  syncHtmlLang(i18n.resolvedLanguage ?? 'id');
  i18n.on('languageChanged', syncHtmlLang);
  return i18n;
}

/** The current language as one of the product's languages. */
export function useLanguage(): Language {
  const { i18n: instance } = useTranslation();
  return instance.resolvedLanguage === 'en' ? 'en' : 'id';
}

/** Picks the label of a domain {@link LocalizedText} in the current language. */
export function useLocalized(): (text: LocalizedText) => string {
  const language = useLanguage();
  return (text) => text[language];
}
