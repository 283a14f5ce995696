import {
  maxEmblemBytes,
  maxEmblemSide,
  maxImportBytes,
  type Language,
  type LocalizedText,
} from '@smartcity/domain';
import i18n from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import id from './locales/id.json';

const megabyte = 1024 * 1024;

/**
 * The limits the texts name, from the domain's constants (never written into a text): every
 * text may use them without its caller passing them.
 */
export const limitVariables = {
  maxImportMb: maxImportBytes / megabyte,
  maxEmblemMb: maxEmblemBytes / megabyte,
  maxEmblemSide,
} as const;

/** Where the chosen language is kept between visits. */
export const languageStorageKey = 'smartcity.language';

/** The language chosen on an earlier visit; Indonesian when there was none. */
function storedLanguage(): Language {
  try {
    return localStorage.getItem(languageStorageKey) === 'en' ? 'en' : 'id';
  } catch {
    return 'id'; // storage blocked: Indonesian, as on a first visit
  }
}

function storeLanguage(language: string): void {
  try {
    localStorage.setItem(languageStorageKey, language);
  } catch {
    // storage blocked: the choice lasts for this visit only
  }
}

/** The English texts: fetched only by those who choose English, so the first load has one language. */
async function englishTexts(): Promise<typeof id> {
  return (await import('./locales/en.json')).default;
}

/** Switches the language (fetching its texts the first time) and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  if (!i18n.hasResourceBundle(language, 'translation')) {
    i18n.addResourceBundle(language, 'translation', await englishTexts());
  }
  await i18n.changeLanguage(language);
}

/** Bahasa Indonesia is the default; English is the other choice. The choice persists. */
export async function initI18n(): Promise<typeof i18n> {
  // Only an explicit earlier choice counts: the browser's language does not override Indonesian.
  const language = storedLanguage();
  await i18n.use(initReactI18next).init({
    resources: {
      id: { translation: id },
      ...(language === 'en' ? { en: { translation: await englishTexts() } } : {}),
    },
    lng: language,
    supportedLngs: ['id', 'en'],
    fallbackLng: 'id',
    nonExplicitSupportedLngs: false,
    interpolation: { escapeValue: false, defaultVariables: limitVariables },
    returnNull: false,
  });
  const syncHtmlLang = (lng: string) => document.documentElement.setAttribute('lang', lng);
  syncHtmlLang(i18n.resolvedLanguage ?? 'id');
  storeLanguage(i18n.resolvedLanguage ?? 'id');
  i18n.on('languageChanged', (lng) => {
    syncHtmlLang(lng);
    storeLanguage(lng);
  });
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
