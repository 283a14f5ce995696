import type { Language } from '@smartcity/domain';

/** The BCP 47 locale the SPA formats a language's numbers and dates in. */
export function localeOf(language: Language): string {
  return language === 'id' ? 'id-ID' : 'en-GB';
}

/** Numbers, percentages, money, file sizes and dates written the way a language writes them. */
export type LocaleFormat = {
  readonly language: Language;
  /** The BCP 47 locale (`id-ID`, `en-GB`), for components that take one (charts, collators). */
  readonly locale: string;
  /** An instant (ISO timestamp) as a date: "3 Des 2026", "3 Dec 2026". */
  readonly date: (iso: string) => string;
  /** An instant (ISO timestamp) as a date and time. */
  readonly dateTime: (iso: string) => string;
  /** An instant (ISO timestamp) with the weekday and the month written out, and the time. */
  readonly longDateTime: (iso: string) => string;
  /** A calendar date (YYYY-MM-DD): the same day everywhere, so formatted in UTC. */
  readonly calendarDate: (day: string) => string;
  /** `YYYY-MM` as a short month: "Mei 2024", "May 2024"; anything else as it is. */
  readonly month: (month: string) => string;
  /** A number with the language's separators: "1.250,5", "1,250.5". */
  readonly number: (value: number) => string;
  /** A percentage (0..100) with at most one decimal: "61,3%", "61.3%"; null as a dash. */
  readonly percent: (value: number | null) => string;
  /** A share (0..1) as a percentage, like {@link LocaleFormat.percent}; null as a dash. */
  readonly share: (value: number | null) => string;
  /** An amount of rupiah without decimals. */
  readonly money: (value: number) => string;
  /** A file size in B, KB or MB (one decimal). */
  readonly fileSize: (bytes: number) => string;
};

/** What a missing figure is written as. */
const noFigure = '–';

/**
 * The formatters of a language, built on `Intl`: Indonesian writes `61,3%` and `1.250.000`,
 * English `61.3%` and `1,250,000`. One place, so every page writes figures the same way.
 */
export function localeFormat(language: Language): LocaleFormat {
  const locale = localeOf(language);
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const longDateTimeFormat = new Intl.DateTimeFormat(locale, {
    dateStyle: 'full',
    timeStyle: 'short',
  });
  const calendarFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(locale, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const numberFormat = new Intl.NumberFormat(locale);
  const percentFormat = new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
  });
  const moneyFormat = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'IDR',
    maximumFractionDigits: 0,
  });
  const share = (value: number | null) => (value === null ? noFigure : percentFormat.format(value));
  return {
    language,
    locale,
    date: (iso) => dateFormat.format(new Date(iso)),
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    longDateTime: (iso) => longDateTimeFormat.format(new Date(iso)),
    calendarDate: (day) => calendarFormat.format(new Date(`${day}T00:00:00Z`)),
    month: (month) => {
      const [year, monthNo] = month.split('-').map(Number);
      if (!year || !monthNo) return month;
      return monthFormat.format(new Date(Date.UTC(year, monthNo - 1, 1)));
    },
    number: (value) => numberFormat.format(value),
    percent: (value) => share(value === null ? null : value / 100),
    share,
    money: (value) => moneyFormat.format(value),
    fileSize: (bytes) =>
      bytes < 1024
        ? `${numberFormat.format(bytes)} B`
        : bytes < 1024 * 1024
          ? `${numberFormat.format(Math.round(bytes / 102.4) / 10)} KB`
          : `${numberFormat.format(Math.round(bytes / (1024 * 102.4)) / 10)} MB`,
  };
}
