import 'i18next';
import type accounts from './locales/accounts/id.json';
import type evaluation from './locales/evaluation/id.json';
import type exchange from './locales/exchange/id.json';
import type masterplan from './locales/masterplan/id.json';
import type region from './locales/region/id.json';
import type openData from './locales/open-data/id.json';
import type id from './locales/id.json';
import type unitAdmin from './locales/unit-admin/id.json';

// Typed translation keys: `t('units.title')` is checked against the Indonesian resources (the
// evaluation, masterplan, region, account, unit management, import and open data texts are loaded
// with their pages, see features/evaluation/evaluation-texts.ts,
// features/masterplan/masterplan-texts.ts, features/region/region-texts.ts,
// features/auth/accounts-texts.ts, features/units/unit-admin-texts.ts,
// features/exchange/exchange-texts.ts and features/open-data/open-data-texts.ts).
declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof id & {
        evaluation: typeof evaluation;
        masterplan: typeof masterplan;
        region: typeof region;
        accounts: typeof accounts;
        unitAdmin: typeof unitAdmin;
        exchange: typeof exchange;
        openData: typeof openData;
      };
    };
  }
}
