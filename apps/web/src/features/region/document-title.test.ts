import { describe, expect, it } from 'vitest';
import { documentTitle, emblemUrl } from './document-title';

describe('documentTitle', () => {
  it('names the page, then the region', () => {
    expect(documentTitle('Inovasi', 'Kabupaten Sumedang', 'Smart City')).toBe(
      'Inovasi · Kabupaten Sumedang',
    );
    expect(documentTitle('Dasbor', 'Kabupaten Sumedang', 'Smart City')).toBe(
      'Dasbor · Kabupaten Sumedang',
    );
  });

  it('uses the product name before the setup, and the region alone without a page', () => {
    expect(documentTitle('Masuk', null, 'Smart City')).toBe('Masuk · Smart City');
    expect(documentTitle('Masuk', '  ', 'Smart City')).toBe('Masuk · Smart City');
    expect(documentTitle(null, 'Kota Bandung', 'Smart City')).toBe('Kota Bandung');
    expect(documentTitle(undefined, undefined, 'Smart City')).toBe('Smart City');
  });
});

describe('emblemUrl', () => {
  it('names the hash, so that the image can be cached for good', () => {
    expect(emblemUrl('ab12')).toBe('/region/emblem?v=ab12');
  });
});
