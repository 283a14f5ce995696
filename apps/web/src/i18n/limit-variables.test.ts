import { maxEmblemSide, maxImportRows } from '@smartcity/domain';
import { createInstance } from 'i18next';
import { describe, expect, it } from 'vitest';
import { limitVariables } from './i18n';
import exchangeEn from './locales/exchange/en.json';
import exchangeId from './locales/exchange/id.json';
import regionEn from './locales/region/en.json';
import regionId from './locales/region/id.json';

async function translator(language: 'id' | 'en') {
  const instance = createInstance();
  await instance.init({
    lng: language,
    resources: {
      id: { translation: { exchange: exchangeId, region: regionId } },
      en: { translation: { exchange: exchangeEn, region: regionEn } },
    },
    interpolation: { escapeValue: false, defaultVariables: limitVariables },
  });
  return instance.t.bind(instance) as (key: string, values?: Record<string, unknown>) => string;
}

describe('limitVariables', () => {
  it('are the domain’s limits, which the texts name without their callers passing them', async () => {
    expect(limitVariables).toEqual({ maxImportMb: 20, maxEmblemMb: 1, maxEmblemSide });
    const id = await translator('id');
    expect(id('region.refusals.emblemTooLarge')).toBe('Lambang lebih besar dari 1 MB.');
    expect(id('region.refusals.emblemDimensions')).toBe('Lambang paling besar 2048 × 2048 piksel.');
    expect(id('exchange.refusal.too_large')).toContain('lebih besar dari 20 MB');
    const en = await translator('en');
    expect(en('exchange.file.hint', { rows: maxImportRows.toLocaleString('en-GB') })).toContain(
      'At most 20 MB and 20,000 rows.',
    );
    expect(en('region.emblem.intro')).toContain('at most 1 MB and 2048 × 2048 pixels');
  });
});
