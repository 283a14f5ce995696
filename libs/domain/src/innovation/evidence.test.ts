import { describe, expect, it } from 'vitest';
import {
  acceptedEvidenceTypes,
  evidenceAccept,
  evidenceFileExtensions,
  evidenceProblem,
  hasUnstorableText,
  maxEvidenceBytes,
} from './evidence';

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

// Moved from the SPA's evidence-rules.test.ts, which kept its own list of extensions.
describe('evidenceProblem', () => {
  it('accepts PDFs, images and office documents up to 10 MB', () => {
    expect(evidenceProblem({ name: 'laporan.pdf', size: 1200 })).toBeNull();
    expect(evidenceProblem({ name: 'Foto Posyandu.JPG', size: maxEvidenceBytes })).toBeNull();
    expect(evidenceProblem({ name: 'anggaran.xlsx', size: 5000 })).toBeNull();
  });

  it('refuses other types, empty files and files over 10 MB', () => {
    expect(evidenceProblem({ name: 'skrip.exe', size: 10 })).toBe('unsupported_type');
    expect(evidenceProblem({ name: 'tanpa-ekstensi', size: 10 })).toBe('unsupported_type');
    expect(evidenceProblem({ name: 'kosong.pdf', size: 0 })).toBe('empty');
    expect(evidenceProblem({ name: 'besar.pdf', size: maxEvidenceBytes + 1 })).toBe('too_large');
  });

  it('offers the same types to the file picker', () => {
    expect(evidenceAccept.split(',')).toContain('.pdf');
    expect(evidenceAccept.split(',')).toContain('.docx');
  });
});

describe('evidenceFileExtensions', () => {
  it('names the extensions of exactly the accepted types', () => {
    expect(Object.keys(evidenceFileExtensions)).toEqual(Object.keys(acceptedEvidenceTypes));
    expect(evidenceAccept).toBe(
      '.pdf,.png,.jpg,.jpeg,.gif,.webp,.docx,.xlsx,.pptx,.odt,.ods,.odp,.doc,.xls,.ppt',
    );
  });
});
