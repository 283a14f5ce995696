import { describe, expect, it } from 'vitest';
import {
  dimensionKeySchema,
  dimensionKeys,
  dimensionOfElement,
  dimensions,
  elementKeys,
  getDimension,
  isElementOf,
} from './dimensions';

describe('dimensions', () => {
  it('has the six dimensions in catalogue order', () => {
    expect(dimensions.map((d) => d.key)).toEqual([...dimensionKeys]);
  });

  it('has three elements per dimension and eighteen distinct elements in all', () => {
    for (const d of dimensions) expect(d.elements).toHaveLength(3);
    const all = dimensions.flatMap((d) => d.elements.map((e) => e.key));
    expect(all).toEqual([...elementKeys]);
    expect(new Set(all).size).toBe(18);
  });

  it('labels every dimension and element in Indonesian and English', () => {
    for (const d of dimensions) {
      expect(d.label.id.length).toBeGreaterThan(0);
      expect(d.label.en.length).toBeGreaterThan(0);
      for (const e of d.elements) {
        expect(e.label.id.length).toBeGreaterThan(0);
        expect(e.label.en.length).toBeGreaterThan(0);
      }
    }
    expect(getDimension('living').elements[1].label).toEqual({ id: 'Kesehatan', en: 'Health' });
  });
});

describe('dimensionOfElement', () => {
  it('finds the dimension of an element', () => {
    expect(dimensionOfElement('health')).toBe('living');
    expect(dimensionOfElement('waste')).toBe('environment');
    expect(dimensionOfElement('public_service')).toBe('governance');
  });
});

describe('isElementOf', () => {
  it('accepts an element of the dimension and refuses one of another', () => {
    expect(isElementOf('economy', 'welfare')).toBe(true);
    expect(isElementOf('economy', 'tourism')).toBe(false);
  });
});

describe('dimensionKeySchema', () => {
  it('refuses an unknown key', () => {
    expect(dimensionKeySchema.safeParse('smart_city').success).toBe(false);
    expect(dimensionKeySchema.safeParse('society').success).toBe(true);
  });
});
