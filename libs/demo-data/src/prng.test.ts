import { describe, expect, it } from 'vitest';
import { idSchema } from '@smartcity/domain';
import { createRandom, demoUuid, mixSeed, mulberry32 } from './prng';

describe('mulberry32', () => {
  it('repeats the same numbers in [0, 1) for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 100 }, a);
    expect(Array.from({ length: 100 }, b)).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 100 }, mulberry32(43))).not.toEqual(first);
  });
});

describe('createRandom', () => {
  it('draws integers in range, picks by weight and shuffles without losing items', () => {
    const random = createRandom(mixSeed(1, 2));
    const ints = Array.from({ length: 1000 }, () => random.int(3, 7));
    expect(Math.min(...ints)).toBe(3);
    expect(Math.max(...ints)).toBe(7);
    const picks = Array.from({ length: 1000 }, () =>
      random.weighted([
        ['a', 0],
        ['b', 1],
      ] as const),
    );
    expect(new Set(picks)).toEqual(new Set(['b']));
    expect(random.shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(() => random.pick([])).toThrow();
  });
});

describe('demoUuid', () => {
  it('gives valid UUIDs, unique per index', () => {
    const random = createRandom(7);
    const ids = Array.from({ length: 20_000 }, (_, i) => demoUuid(mixSeed(7), i, random));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids.slice(0, 100)) expect(idSchema.safeParse(id).success).toBe(true);
  });
});
