import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cellText,
  decodeLines,
  encodeLines,
  neutraliseText,
  parseBooleanCell,
  parseDateCell,
  parseNumberCell,
  restoreText,
  splitList,
} from './cell-values';

describe('parseNumberCell', () => {
  it('reads Indonesian numbers: a comma for decimals, dots for thousands', () => {
    expect(parseNumberCell('35,5')).toBe(35.5);
    expect(parseNumberCell('1.200.000')).toBe(1_200_000);
    expect(parseNumberCell('1.250,75')).toBe(1250.75);
    expect(parseNumberCell('Rp 1.200.000')).toBe(1_200_000);
    expect(parseNumberCell('66,6 %')).toBe(66.6);
    expect(parseNumberCell('-3,25')).toBe(-3.25);
  });

  it('reads a decimal point and English thousands too, and number cells as they are', () => {
    expect(parseNumberCell('35.5')).toBe(35.5);
    expect(parseNumberCell('1,200,000.50')).toBe(1_200_000.5);
    expect(parseNumberCell('12 000')).toBe(12_000);
    expect(parseNumberCell(42.25)).toBe(42.25);
  });

  it('refuses what is not a number', () => {
    for (const text of ['', 'dua', '1,2,3', '1..2', '12a', '--5']) {
      expect(parseNumberCell(text), text).toBeNull();
    }
    expect(parseNumberCell(Number.NaN)).toBeNull();
    expect(parseNumberCell(true)).toBeNull();
  });
});

describe('parseDateCell', () => {
  it('reads day-first Indonesian dates, ISO dates, date cells and Excel serial numbers', () => {
    expect(parseDateCell('31/12/2026')).toBe('2026-12-31');
    expect(parseDateCell('1-2-2026')).toBe('2026-02-01');
    expect(parseDateCell('31.12.2026')).toBe('2026-12-31');
    expect(parseDateCell('2026-12-31')).toBe('2026-12-31');
    expect(parseDateCell(new Date(Date.UTC(2026, 11, 31)))).toBe('2026-12-31');
    expect(parseDateCell(46387)).toBe('2026-12-31');
  });

  it('refuses dates that do not exist and text that is not a date', () => {
    for (const text of ['31/02/2026', '29/02/2025', '12/31/2026', '2026-13-01', 'besok', '2026']) {
      expect(parseDateCell(text), text).toBeNull();
    }
    expect(parseDateCell('29/02/2028')).toBe('2028-02-29');
    expect(parseDateCell(1.5)).toBeNull();
  });
});

describe('parseBooleanCell', () => {
  it('reads Ya/Tidak and their usual spellings', () => {
    expect(parseBooleanCell('Ya')).toBe(true);
    expect(parseBooleanCell(' tidak ')).toBe(false);
    expect(parseBooleanCell('yes')).toBe(true);
    expect(parseBooleanCell(0)).toBe(false);
    expect(parseBooleanCell(true)).toBe(true);
    expect(parseBooleanCell('mungkin')).toBeNull();
  });
});

describe('neutraliseText', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const text of ['=SUM(A1:A9)', '+62 812', '-x', '@cmd', '\tx', '\rx']) {
      expect(neutraliseText(text).startsWith("'"), JSON.stringify(text)).toBe(true);
    }
    expect(neutraliseText('Layanan')).toBe('Layanan');
    expect(neutraliseText('-5')).toBe('-5');
  });

  it('reads every text back exactly, whatever it starts with', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = neutraliseText(text);
        expect(/^[=+@\t\r]/.test(written) || /^-(?![\d.]+$)/.test(written)).toBe(false);
        expect(restoreText(written)).toBe(text);
      }),
    );
  });
});

describe('encodeLines', () => {
  it('reads back the records it wrote, separators and line breaks included', () => {
    const field = fc.string().map((s) => s.trim());
    fc.assert(
      fc.property(
        fc
          .array(fc.array(field, { minLength: 1, maxLength: 5 }), { maxLength: 6 })
          .filter((rs) => rs.every((r) => r.some((f) => f !== ''))),
        (records) => {
          expect(decodeLines(encodeLines(records))).toEqual(records);
        },
      ),
    );
  });

  it('reads hand-typed lines', () => {
    expect(
      decodeLines(
        'Cakupan imunisasi | % | 60 | 95 | 31/12/2026\n\nWaktu layanan|hari|14|3|2026-06-30',
      ),
    ).toEqual([
      ['Cakupan imunisasi', '%', '60', '95', '31/12/2026'],
      ['Waktu layanan', 'hari', '14', '3', '2026-06-30'],
    ]);
  });
});

describe('cellText and splitList', () => {
  it('trims, drops the neutralising apostrophe and splits lists by semicolons or lines', () => {
    expect(cellText("  '=1+1 ")).toBe('=1+1');
    expect(cellText(null)).toBe('');
    expect(cellText(12)).toBe('12');
    expect(splitList('dinkes; diskominfo ;\nbapppeda;')).toEqual([
      'dinkes',
      'diskominfo',
      'bapppeda',
    ]);
  });
});
