import { describe, expect, it } from 'vitest';
import {
  emblemProblem,
  maxEmblemBytes,
  regionCodeSchema,
  regionInputSchema,
  regionUpdateInputSchema,
} from './region';

const sumedang = {
  name: 'Kabupaten Sumedang',
  kind: 'kabupaten',
  province: 'Jawa Barat',
  code: '32.11',
};

describe('regionCodeSchema', () => {
  it('takes a Kemendagri code as NN.NN, trimmed', () => {
    expect(regionCodeSchema.parse(' 32.11 ')).toBe('32.11');
    expect(regionCodeSchema.parse('73.71')).toBe('73.71');
  });

  it.each(['3211', '32.1', '32.111', '32-11', 'ab.cd', '32.11.01', ''])('refuses "%s"', (code) => {
    const result = regionCodeSchema.safeParse(code);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Use the Kemendagri code as NN.NN, e.g. 32.11');
  });
});

describe('regionInputSchema', () => {
  it('fills a missing branding line with null and keeps a given one trimmed', () => {
    expect(regionInputSchema.parse(sumedang)).toEqual({ ...sumedang, branding: null });
    expect(
      regionInputSchema.parse({ ...sumedang, branding: ' Sumedang Happy Digital Region ' }),
    ).toEqual({ ...sumedang, branding: 'Sumedang Happy Digital Region' });
  });

  it('refuses an unknown kind, a short name and unknown fields', () => {
    expect(regionInputSchema.safeParse({ ...sumedang, kind: 'provinsi' }).success).toBe(false);
    expect(regionInputSchema.safeParse({ ...sumedang, name: 'Ab' }).success).toBe(false);
    expect(regionInputSchema.safeParse({ ...sumedang, isDemo: true }).success).toBe(false);
  });

  it('needs the version read for an update', () => {
    expect(regionUpdateInputSchema.safeParse(sumedang).success).toBe(false);
    expect(regionUpdateInputSchema.parse({ ...sumedang, version: 3 }).version).toBe(3);
  });
});

describe('emblemProblem', () => {
  const png = { size: 2048, detectedMime: 'image/png', dimensions: { width: 64, height: 80 } };

  it('accepts a PNG, a JPEG and a WebP up to 1 MB', () => {
    expect(emblemProblem(png)).toBeNull();
    expect(emblemProblem({ ...png, detectedMime: 'image/jpeg', size: maxEmblemBytes })).toBeNull();
    expect(emblemProblem({ ...png, detectedMime: 'image/webp' })).toBeNull();
  });

  it('refuses an empty file, and one byte over 1 MB', () => {
    expect(emblemProblem({ ...png, size: 0 })).toBe('emblem_empty');
    expect(emblemProblem({ ...png, size: maxEmblemBytes + 1 })).toBe('emblem_too_large');
  });

  it('refuses an SVG, a GIF, a PDF and bytes of no known type', () => {
    for (const detectedMime of ['image/svg+xml', 'image/gif', 'application/pdf', null]) {
      expect(emblemProblem({ ...png, detectedMime })).toBe('emblem_unsupported_type');
    }
  });

  it('refuses an image wider or taller than 2048 pixels', () => {
    expect(emblemProblem({ ...png, dimensions: { width: 2048, height: 2048 } })).toBeNull();
    expect(emblemProblem({ ...png, dimensions: { width: 2049, height: 10 } })).toBe(
      'emblem_dimensions',
    );
    expect(emblemProblem({ ...png, dimensions: { width: 10, height: 4000 } })).toBe(
      'emblem_dimensions',
    );
  });

  it('refuses an image whose size cannot be read', () => {
    expect(emblemProblem({ ...png, dimensions: null })).toBe('emblem_unreadable');
    expect(emblemProblem({ ...png, dimensions: { width: 0, height: 10 } })).toBe(
      'emblem_unreadable',
    );
  });
});
