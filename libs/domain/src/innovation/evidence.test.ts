import { describe, expect, it } from 'vitest';
import { acceptedEvidenceTypes, hasUnstorableText, maxEvidenceBytes } from './evidence';

describe('hasUnstorableText', () => {
  it('finds NUL characters and lone surrogates', () => {
    expect(hasUnstorableText('Judul\u0000NUL')).toBe(true);
    expect(hasUnstorableText('rusak \uD800 di tengah')).toBe(true);
    expect(hasUnstorableText('\uDC00 di awal')).toBe(true);
  });

  it('accepts ordinary text, emoji (surrogate pairs) and accents', () => {
    expect(hasUnstorableText('Kafé Literasi 📚 Desa')).toBe(false);
    expect(hasUnstorableText('')).toBe(false);
  });
});

describe('acceptedEvidenceTypes', () => {
  it('accepts PDF, images and office documents up to 10 MB', () => {
    expect(Object.keys(acceptedEvidenceTypes)).toEqual(
      expect.arrayContaining(['pdf', 'png', 'jpg', 'docx', 'xlsx']),
    );
    expect(maxEvidenceBytes).toBe(10 * 1024 * 1024);
  });
});
