import { featureTexts } from '../../i18n/feature-texts';

// The account pages' texts (`accounts.*`: the first change of a password, the invitation page,
// the users page's invitations) load with those pages (see i18n/feature-texts.ts).
const texts = featureTexts('accounts', {
  id: () => import('../../i18n/locales/accounts/id.json'),
  en: () => import('../../i18n/locales/accounts/en.json'),
});

/** Fetches the account texts of a language (once) and adds them to the translations. */
export const loadAccountsTexts = texts.load;

/** Suspends until the account texts of the current language are there (after a switch too). */
export const useAccountsTexts = texts.use;
