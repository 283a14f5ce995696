/**
 * A small seeded pseudo-random generator and the helpers the demo data draws with. Demo data must
 * be reproducible (same seed, same innovations), so nothing here reads `Math.random()`.
 */

/** A source of numbers in [0, 1), and helpers on it. */
export type Random = {
  /** The next number in [0, 1). */
  readonly next: () => number;
  /** An integer in [min, max] (both included). */
  readonly int: (min: number, max: number) => number;
  /** True with probability `p`. */
  readonly chance: (p: number) => boolean;
  /** One item of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
  /** One item of a non-empty list, drawn by weight (weights ≥ 0, not all zero). */
  readonly weighted: <T>(items: readonly (readonly [T, number])[]) => T;
  /** A shuffled copy (Fisher–Yates). */
  readonly shuffle: <T>(items: readonly T[]) => T[];
};

/**
 * mulberry32: a 32-bit generator, fast and good enough for test data (not for secrets).
 * Returns numbers in [0, 1).
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Mixes numbers into one 32-bit seed (murmur3's finaliser on each step), so that the streams of
 * `(seed, 0)`, `(seed, 1)`, … are unrelated.
 */
export function mixSeed(...parts: readonly number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h ^= part >>> 0;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h >>> 0;
}

/** A {@link Random} over mulberry32 with this seed. */
export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(next() * items.length)] as T;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted: <T>(items: readonly (readonly [T, number])[]): T => {
      const total = items.reduce((sum, [, w]) => sum + w, 0);
      if (!(total > 0)) throw new Error('weighted pick needs a positive total weight');
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      // Rounding can leave r at 0 after the last item: that item is the pick.
      const last = items.at(-1);
      if (!last) throw new Error('weighted pick from an empty list');
      return last[0];
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const a = copy[i];
        const b = copy[j];
        // 0 ≤ j ≤ i < length: both exist (the demo never shuffles lists holding undefined).
        if (a === undefined || b === undefined) throw new Error('shuffle: index out of range');
        copy[i] = b;
        copy[j] = a;
      }
      return copy;
    },
  };
}

/**
 * A version-4-shaped UUID that is unique per `index` within one seed: the first group is the
 * index scrambled by a seed-derived mask (a bijection, so no two indexes collide), the rest comes
 * from `random`. Valid for `z.uuid()` (version and variant bits set).
 */
export function demoUuid(seedMask: number, index: number, random: Random): string {
  const hex = (value: number, digits: number) =>
    (value >>> 0).toString(16).padStart(digits, '0').slice(-digits);
  const r16 = () => random.int(0, 0xffff);
  const first = hex((index ^ seedMask) >>> 0, 8);
  const variant = (0x8000 | (r16() & 0x3fff)) >>> 0;
  return `${first}-${hex(r16(), 4)}-4${hex(r16(), 3)}-${hex(variant, 4)}-${hex(seedMask, 8)}${hex(r16(), 4)}`;
}
