import { describe, expect, it } from 'vitest';
import { localeFormat, localeOf } from './locale-format';

describe('localeOf', () => {
  it('formats Indonesian as id-ID and English as en-GB', () => {
    expect(localeOf('id')).toBe('id-ID');
    expect(localeOf('en')).toBe('en-GB');
  });
});

describe('localeFormat', () => {
  const id = localeFormat('id');
  const en = localeFormat('en');

  it('writes a percentage the Indonesian way in Indonesian and the English way in English', () => {
    expect(id.percent(61.3)).toBe('61,3%');
    expect(en.percent(61.3)).toBe('61.3%');
    expect(id.percent(66.6)).toBe('66,6%');
    expect(en.percent(66.6)).toBe('66.6%');
  });

  it('keeps at most one decimal and none for a whole percentage', () => {
    expect(id.percent(61.25)).toBe('61,3%');
    expect(id.percent(35)).toBe('35%');
    expect(en.percent(100)).toBe('100%');
    expect(id.percent(0)).toBe('0%');
  });

  it('writes a share (0..1) as a percentage', () => {
    expect(en.share(0.5)).toBe('50%');
    expect(id.share(0.613)).toBe('61,3%');
  });

  it('writes a missing figure as a dash', () => {
    expect(id.percent(null)).toBe('–');
    expect(en.share(null)).toBe('–');
  });

  it('writes numbers and rupiah with the language’s separators', () => {
    expect(id.number(1_250_000.5)).toBe('1.250.000,5');
    expect(en.number(1_250_000.5)).toBe('1,250,000.5');
    expect(id.money(1_500_000)).toMatch(/^Rp\s1\.500\.000$/);
    expect(en.money(1_500_000)).toMatch(/1,500,000$/);
  });

  it('writes a calendar date on the same day whatever the time zone', () => {
    expect(id.calendarDate('2024-05-31')).toBe('31 Mei 2024');
    expect(en.calendarDate('2024-05-31')).toBe('31 May 2024');
  });

  it('writes an instant as a date, and with its time', () => {
    // Noon UTC is the same day in every time zone from UTC−11 to UTC+11.
    expect(id.date('2026-12-03T12:00:00Z')).toBe('3 Des 2026');
    expect(en.date('2026-12-03T12:00:00Z')).toBe('3 Dec 2026');
    expect(id.dateTime('2026-12-03T12:00:00Z')).toMatch(/^3 Des 2026, \d{2}\.\d{2}$/);
    expect(en.dateTime('2026-12-03T12:00:00Z')).toMatch(/^3 Dec 2026, \d{2}:\d{2}$/);
    expect(id.longDateTime('2026-12-03T12:00:00Z')).toMatch(/Desember 2026/);
    expect(en.longDateTime('2026-12-03T12:00:00Z')).toMatch(/December 2026/);
  });

  // Moved from dashboard-figures.test.ts with the formatters (monthLabel, percent).
  it('formats months and percentages in the locale', () => {
    expect(en.month('2024-05')).toBe('May 2024');
    expect(id.month('2024-05')).toBe('Mei 2024');
    expect(en.month('bad')).toBe('bad');
    expect(en.percent(42.5)).toBe('42.5%');
    expect(en.share(0.5)).toBe('50%');
    expect(en.percent(null)).toBe('–');
  });

  it('writes file sizes in B, KB and MB', () => {
    expect(en.fileSize(500)).toBe('500 B');
    expect(id.fileSize(1536)).toBe('1,5 KB');
    expect(en.fileSize(1536)).toBe('1.5 KB');
    expect(en.fileSize(3 * 1024 * 1024)).toBe('3 MB');
  });
});
