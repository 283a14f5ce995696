import 'i18next';
import type id from './locales/id.json';

// Typed translation keys: `t('units.title')` is checked against the Indonesian resources.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof id };
  }
}
