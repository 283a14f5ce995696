import {
  elementKeys,
  isActiveStage,
  stages,
  type ActiveStage,
  type ElementKey,
  type Innovation,
  type Stage,
} from '@smartcity/domain';
import type { NewAuditEvent } from '@smartcity/db';
import { namedInnovations, type NamedInnovation } from './content/named-innovations';
import { topics, type Topic } from './content/topics';
import { profileOf } from './content/unit-profiles';
import { dayMs } from './dates';
import { buildDemoInnovation, type DemoInnovation, type DemoUnit } from './demo-innovation';
import { createRandom, demoUuid, mixSeed, type Random } from './prng';
import { required } from './required';

/** What {@link generateInnovations} needs. Same options, same output. */
export type GenerateInnovationsOptions = {
  readonly seed: number;
  readonly count: number;
  /** The units to spread the innovations over (Sumedang's 55 in the demo). */
  readonly units: readonly DemoUnit[];
  /** The present: every date lies before it. */
  readonly now: Date;
  /**
   * Users who write a unit's innovations, by unit id; the last of a unit's list acts as its head
   * (submits quick wins, publishes, discontinues). Units without users get `null` authors.
   */
  readonly authorIdsByUnit?: Readonly<Record<string, readonly string[]>>;
  /** The coordinator who records evaluation outcomes (null when none). */
  readonly coordinatorId?: string | null;
  /** The region the events name (null when not given). */
  readonly regionId?: string | null;
  /** Include the publicly reported Sumedang innovations (default true; needs their units). */
  readonly includeNamed?: boolean;
};

/**
 * The share of each stage in the demo, roughly as a regency's register looks a year or two after
 * its masterplan: many problems and quick wins, fewer evaluated, a few discontinued.
 */
export const demoStageShares: Readonly<Record<Stage, number>> = {
  problem: 0.2,
  need: 0.15,
  process: 0.15,
  quick_win: 0.25,
  evaluation: 0.08,
  sustained: 0.12,
  discontinued: 0.05,
};

/** The share of active innovations that are stale (no event for more than 30 days). */
export const demoStaleShare = 0.2;

/** How likely an innovation is published, by stage (about 40 % overall). */
const publicShare: Readonly<Record<Stage, number>> = {
  problem: 0.15,
  need: 0.2,
  process: 0.25,
  quick_win: 0.5,
  evaluation: 0.6,
  sustained: 0.9,
  discontinued: 0.2,
};

/** Where discontinued innovations stopped (evaluation: judged not impactful). */
const discontinuedFromShares: readonly (readonly [ActiveStage, number])[] = [
  ['problem', 0.1],
  ['need', 0.15],
  ['process', 0.15],
  ['quick_win', 0.25],
  ['evaluation', 0.35],
];

/** No innovation is created before this date (the regency's first Bimtek round, illustrative). */
export const demoStartDate = new Date('2021-01-04T01:00:00.000Z');

const topicsByElement = new Map<ElementKey, Topic[]>(
  elementKeys.map((e) => [e, topics.filter((t) => t.element === e)]),
);

/** Splits `count` by shares, rounding by largest remainder so the parts add up exactly. */
export function apportion<K extends string>(
  count: number,
  shares: Readonly<Record<K, number>>,
): Record<K, number> {
  const keys = Object.keys(shares) as K[];
  const total = keys.reduce((sum, k) => sum + shares[k], 0);
  const exact = keys.map((k) => (count * shares[k]) / total);
  const parts = exact.map(Math.floor);
  let rest = count - parts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => [x - Math.floor(x), i] as const)
    .sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (rest <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    rest -= 1;
  }
  return Object.fromEntries(keys.map((k, i) => [k, parts[i] ?? 0])) as Record<K, number>;
}

/**
 * How active each unit is: a weight from its profile, with jitter, and zero for about a third of the
 * kecamatan and one in twenty agencies (as in reality, some units have no innovation at all).
 * Units owning a named innovation always take part.
 */
function unitWeights(units: readonly DemoUnit[], namedCodes: ReadonlySet<string>, random: Random) {
  const eligible = (u: DemoUnit) => !namedCodes.has(u.code);
  const kecamatan = units.filter((u) => u.type === 'kecamatan' && eligible(u));
  const agencies = units.filter((u) => u.type !== 'kecamatan' && eligible(u));
  const silent = new Set<string>();
  if (units.length >= 4) {
    for (const u of random.shuffle(kecamatan).slice(0, Math.round(kecamatan.length * 0.35)))
      silent.add(u.id);
    for (const u of random.shuffle(agencies).slice(0, Math.round(agencies.length * 0.05)))
      silent.add(u.id);
  }
  const weights = units.map(
    (u) =>
      [
        u,
        silent.has(u.id) ? 0 : profileOf(u.code, u.type).activity * (0.4 + random.next()),
      ] as const,
  );
  return weights.some(([, w]) => w > 0) ? weights : units.map((u) => [u, 1] as const);
}

/**
 * Generates demo innovations with their histories, one at a time (so that a seed of 100,000
 * needs little memory). Pure and deterministic: the same options give the same innovations,
 * events and ids; each innovation draws from its own stream, seeded by the seed and its index.
 *
 * The publicly reported Sumedang innovations come first (when their units are among `units`),
 * then innovations spread unevenly over the units by their profile: stages in the shares of
 * {@link demoStageShares} (exactly, by largest remainder), about a fifth of the active ones
 * stale, about 40 % public.
 */
export function* iterateDemoInnovations(
  options: GenerateInnovationsOptions,
): Generator<DemoInnovation> {
  const { seed, count, units, now } = options;
  if (!Number.isInteger(count) || count < 0) throw new RangeError('count must be an integer ≥ 0');
  if (count === 0) return;
  if (units.length === 0) throw new RangeError('units must not be empty');

  const master = createRandom(mixSeed(seed, 0x5eed));
  const seedMask = mixSeed(seed, 0x1d);
  const start = new Date(Math.min(demoStartDate.getTime(), now.getTime() - 400 * dayMs));
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const named: NamedInnovation[] =
    options.includeNamed === false
      ? []
      : namedInnovations.filter((n) => unitByCode.has(n.unitCode)).slice(0, count);
  const weights = unitWeights(units, new Set(named.map((n) => n.unitCode)), master);

  // Exact stage quotas over the whole count; the named innovations take theirs first.
  const quotas = apportion(count, demoStageShares);
  for (const n of named) quotas[n.stage] = Math.max(0, quotas[n.stage] - 1);
  const pool = master.shuffle(stages.flatMap((s) => Array<Stage>(quotas[s]).fill(s)));

  for (let index = 0; index < count; index++) {
    const random = createRandom(mixSeed(seed, index + 1));
    const id = demoUuid(seedMask, index, random);
    const n = named[index];
    const unit = n
      ? required(unitByCode.get(n.unitCode), `the unit ${n.unitCode}`)
      : random.weighted(weights);
    const profile = profileOf(unit.code, unit.type);
    let topic: Topic;
    if (n) topic = n.content;
    else {
      const element = random.chance(0.15)
        ? random.pick(elementKeys)
        : random.weighted(profile.elements);
      topic = random.pick(required(topicsByElement.get(element), `topics for ${element}`));
    }
    const stage: Stage = n ? n.stage : (pool[index - named.length] ?? 'quick_win');
    const discontinuedFrom =
      stage === 'discontinued' ? random.weighted(discontinuedFromShares) : null;
    yield buildDemoInnovation(
      {
        id,
        unit,
        urusan: profile.urusan,
        topic,
        ...(n
          ? {
              title: n.title,
              inisiator: n.inisiator,
              extraDimensions: n.extraDimensions,
              createdBetween: [
                new Date(`${n.createdIn[0]}T02:00:00.000Z`),
                new Date(`${n.createdIn[1]}T09:00:00.000Z`),
              ],
            }
          : {}),
        stage,
        discontinuedFrom,
        stale: isActiveStage(stage) && !n && random.chance(demoStaleShare),
        isPublic: n ? true : random.chance(publicShare[stage]),
        authors: options.authorIdsByUnit?.[unit.id] ?? [],
        coordinatorId: options.coordinatorId ?? null,
        regionId: options.regionId ?? null,
        now,
        start,
      },
      random,
    );
  }
}

/**
 * {@link iterateDemoInnovations}, all at once: innovations with their event histories and their
 * quick wins' progress reports.
 */
export function generateDemoInnovations(options: GenerateInnovationsOptions): DemoInnovation[] {
  return [...iterateDemoInnovations(options)];
}

/**
 * `count` demo innovations spread over `units`, deterministic for a seed. See
 * {@link iterateDemoInnovations} for how they are spread.
 */
export function generateInnovations(options: GenerateInnovationsOptions): Innovation[] {
  return generateDemoInnovations(options).map((d) => d.innovation);
}

/**
 * The event histories of {@link generateInnovations}' innovations (same options), oldest first
 * per innovation: created, section updates, progress reports, advances, discontinuations,
 * publications.
 */
export function generateEvents(options: GenerateInnovationsOptions): NewAuditEvent[] {
  return generateDemoInnovations(options).flatMap((d) => d.events);
}
