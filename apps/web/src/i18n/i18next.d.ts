import 'i18next';
import type evaluation from './locales/evaluation/id.json';
import type masterplan from './locales/masterplan/id.json';
import type openData from './locales/open-data/id.json';
import type id from './locales/id.json';

// Typed translation keys: `t('units.title')` is checked against the Indonesian resources (the
// evaluation, masterplan and open data texts are loaded with their pages, see
// features/evaluation/evaluation-texts.ts, features/masterplan/masterplan-texts.ts and
// features/open-data/open-data-texts.ts).
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof id & {
        evaluation: typeof evaluation;
        masterplan: typeof masterplan;
        openData: typeof openData;
      };
    };
  }
}
