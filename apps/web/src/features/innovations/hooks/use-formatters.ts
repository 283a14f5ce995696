import { useLanguage } from '../../../i18n/i18n';

/** Dates, times, numbers, money and file sizes in the user's language. */
export function useFormatters() {
  const language = useLanguage();
  const locale = language === 'id' ? 'id-ID' : 'en-GB';
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  // A calendar date (YYYY-MM-DD) is the same day everywhere: format it in UTC.
  const calendarFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const numberFormat = new Intl.NumberFormat(locale);
  const moneyFormat = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  });
  return {
    /** An instant (ISO timestamp) as a date. */
    date: (iso: string) => dateFormat.format(new Date(iso)),
    /** An instant (ISO timestamp) as a date and time. */
    dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
    /** A calendar date (YYYY-MM-DD). */
    calendarDate: (day: string) => calendarFormat.format(new Date(`${day}T00:00:00Z`)),
    number: (value: number) => numberFormat.format(value),
    money: (value: number) => moneyFormat.format(value),
    fileSize: (bytes: number) =>
      bytes < 1024
        ? `${numberFormat.format(bytes)} B`
        : bytes < 1024 * 1024
          ? `${numberFormat.format(Math.round(bytes / 102.4) / 10)} KB`
          : `${numberFormat.format(Math.round(bytes / (1024 * 102.4)) / 10)} MB`,
  };
}
