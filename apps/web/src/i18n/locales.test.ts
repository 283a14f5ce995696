import { describe, expect, it } from 'vitest';
import accountsEn from './locales/accounts/en.json';
import accountsId from './locales/accounts/id.json';
import evaluationEn from './locales/evaluation/en.json';
import evaluationId from './locales/evaluation/id.json';
import en from './locales/en.json';
import exchangeEn from './locales/exchange/en.json';
import exchangeId from './locales/exchange/id.json';
import masterplanEn from './locales/masterplan/en.json';
import masterplanId from './locales/masterplan/id.json';
import regionEn from './locales/region/en.json';
import regionId from './locales/region/id.json';
import openDataEn from './locales/open-data/en.json';
import openDataId from './locales/open-data/id.json';
import id from './locales/id.json';
import unitAdminEn from './locales/unit-admin/en.json';
import unitAdminId from './locales/unit-admin/id.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function leaves(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [String(value)];
  return Object.values(value).flatMap(leaves);
}

// The shell's texts, and those loaded with a feature's pages.
const pairs = [
  { name: 'app', id, en },
  { name: 'evaluation', id: evaluationId, en: evaluationEn },
  { name: 'masterplan', id: masterplanId, en: masterplanEn },
  { name: 'region', id: regionId, en: regionEn },
  { name: 'accounts', id: accountsId, en: accountsEn },
  { name: 'unitAdmin', id: unitAdminId, en: unitAdminEn },
  { name: 'exchange', id: exchangeId, en: exchangeEn },
  { name: 'openData', id: openDataId, en: openDataEn },
] as const;

describe.each(pairs)('locales ($name)', ({ id, en }) => {
  it('have the same keys in Bahasa Indonesia and English', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });

  it('have no empty text', () => {
    for (const text of [...leaves(id), ...leaves(en)]) expect(text.trim()).not.toBe('');
  });

  it('use the same interpolation variables in both languages', () => {
    const variables = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();
    const idTexts = Object.fromEntries(keys(id).map((k, i) => [k, leaves(id)[i]!]));
    const enTexts = Object.fromEntries(keys(en).map((k, i) => [k, leaves(en)[i]!]));
    for (const key of Object.keys(idTexts)) {
      expect(variables(enTexts[key] ?? ''), key).toEqual(variables(idTexts[key]!));
    }
  });
});
