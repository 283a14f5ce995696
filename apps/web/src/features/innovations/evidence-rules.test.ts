import { describe, expect, it } from 'vitest';
import { evidenceAccept, evidenceProblem, maxEvidenceBytes } from './evidence-rules';

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
