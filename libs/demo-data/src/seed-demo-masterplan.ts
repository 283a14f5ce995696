import type { Kysely, Transaction } from 'kysely';
import { bimtekChecklist, bimtekStages, dimensionKeys, type ActionStatus } from '@smartcity/domain';
import {
  appendEvent,
  findCredentialsByEmail,
  findRegionByName,
  insertActions,
  insertCommitments,
  insertMasterplan,
  insertProgrammes,
  listUnits,
  upsertStrategy,
  type ActionItem,
  type Commitment,
  type Database,
  type Masterplan,
  type Programme,
  type Strategy,
} from '@smartcity/db';
import { sumedangRegion } from '@smartcity/db/demo';
import {
  demoBimtekDates,
  demoCommitmentStatement,
  demoMasterplanPeriod,
  demoMasterplanTitle,
  demoMissions,
  demoProgrammes,
  demoStrategies,
  demoVision,
  signerDegrees,
  signerFirstNames,
  signerSecondNames,
  type DemoProgrammeContent,
} from './content/masterplan-content';
import { dayMs } from './dates';
import type { DemoUnit } from './demo-innovation';
import { createRandom, demoUuid, mixSeed, type Random } from './prng';
import { required } from './required';

type Db = Kysely<Database> | Transaction<Database>;

/** The seed of the demo masterplan: change it and the drawn parts (statuses, signers) change. */
export const demoMasterplanSeed = 20_230_215;

/** The coordinator the masterplan's rows name as their last editor. */
const coordinatorEmail = 'koordinator@demo.test';

/**
 * The unit left unsigned on purpose, so that its demo head (`dinkes.kepala@demo.test`) can sign
 * the joint commitment in the app.
 */
const demoSigningUnitCode = 'dinkes';

/** The coordinating units: they led Bimtek and signed first. */
const coordinatingUnitCodes = new Set(['setda', 'bapppeda', 'diskominfosanditik']);

/** The share of active units that have not signed (55 units: 8 unsigned, 47 signed). */
const unsignedShare = 0.15;

/** Options of {@link seedDemoMasterplan}. */
export type SeedDemoMasterplanOptions = {
  /** The present: action items of earlier years are (mostly) done, this year's in progress. */
  readonly now: Date;
  readonly seed?: number;
};

/** What {@link seedDemoMasterplan} inserted (all zero when it did nothing). */
export type DemoMasterplanReport = {
  readonly masterplans: number;
  readonly strategies: number;
  readonly programmes: number;
  readonly actions: number;
  readonly innovationLinks: number;
  readonly commitments: number;
};

/** An innovation as the plan links it to programmes. */
export type DemoMasterplanInnovation = {
  readonly id: string;
  readonly title: string;
  readonly unitId: string;
  readonly dimension: string;
  readonly element: string;
  readonly stage: string;
};

/** What {@link planDemoMasterplan} works from. */
export type DemoMasterplanInput = {
  readonly now: Date;
  readonly seed: number;
  readonly regionId: string;
  /** The region's active units. */
  readonly units: readonly DemoUnit[];
  readonly innovations: readonly DemoMasterplanInnovation[];
};

/** The planned masterplan, as the repository stores it. */
export type PlannedMasterplan = {
  readonly masterplan: Omit<Masterplan, 'version' | 'updatedAt'>;
  readonly strategies: readonly Strategy[];
  readonly programmes: readonly Omit<Programme, 'version' | 'updatedAt'>[];
  readonly actions: readonly Omit<ActionItem, 'version' | 'updatedAt'>[];
  readonly commitments: readonly Omit<Commitment, 'withdrawnAt' | 'withdrawalReason'>[];
};

const none: DemoMasterplanReport = {
  masterplans: 0,
  strategies: 0,
  programmes: 0,
  actions: 0,
  innovationLinks: 0,
  commitments: 0,
};

/**
 * Seeds the illustrative masterplan of Kabupaten Sumedang in one transaction: "Masterplan Smart
 * City Kabupaten Sumedang 2023–2032" with its vision (labelled "(Data demo ilustratif)") and
 * missions, Bimtek IV reached (2022–2023) with every checklist item done, a strategy per
 * dimension, five programmes per dimension (a mix of horizons, lead and supporting units that fit
 * the theme, budgets in IDR, RPJMD / Renstra references) linked to fitting demo innovations,
 * their action items with statuses that follow `now` (earlier years mostly done and some delayed,
 * so overdue; this year's in progress; later years planned), and the joint commitment signed in
 * 2023 by about 85 % of the active units (fictional signers marked "(Demo)"; Dinas Kesehatan is
 * left to sign in the app).
 *
 * Deterministic for the database's units, demo innovations, `now` and the seed. Idempotent: does
 * nothing when a masterplan exists (or the region or its units are missing). Run it after
 * `seedDemoData` and `seedDemoInnovations`; without innovations the programmes link none.
 */
export async function seedDemoMasterplan(
  db: Kysely<Database>,
  options: SeedDemoMasterplanOptions,
): Promise<DemoMasterplanReport> {
  return db.transaction().execute(async (trx) => {
    // A write first: it takes the region's row lock (PostgreSQL) or the write lock (SQLite), so
    // a second process seeding at the same time waits here and then finds the masterplan.
    await trx
      .updateTable('regions')
      .set((eb) => ({ version: eb.ref('version') }))
      .where('name', '=', sumedangRegion.name)
      .execute();
    if (await trx.selectFrom('masterplans').select('id').executeTakeFirst()) return none;
    const region = await findRegionByName(trx, sumedangRegion.name);
    if (!region) return none;
    const units = (
      await listUnits(trx, region.id, { search: null, type: null, includeInactive: false })
    ).items;
    if (units.length === 0) return none;
    const coordinator = (await findCredentialsByEmail(trx, coordinatorEmail))?.user;
    const actorId = coordinator?.active ? coordinator.id : null;

    const plan = planDemoMasterplan({
      now: options.now,
      seed: options.seed ?? demoMasterplanSeed,
      regionId: region.id,
      units,
      innovations: await readInnovations(trx, region.id),
    });
    const nowMs = options.now.getTime();
    // The plan was agreed at Bimtek IV; the action items carry their status as of now.
    const agreedAt = new Date(Math.min(nowMs, Date.parse(`${demoBimtekDates.IV}T03:00:00Z`)));
    const strategiesAt = new Date(Math.min(nowMs, Date.parse(`${demoBimtekDates.III}T03:00:00Z`)));

    await insertMasterplan(trx, { plan: plan.masterplan, at: agreedAt, actorUserId: actorId });
    for (const strategy of plan.strategies)
      await upsertStrategy(trx, {
        masterplanId: plan.masterplan.id,
        strategy,
        at: strategiesAt,
        actorUserId: actorId,
      });
    await insertProgrammes(trx, {
      programmes: plan.programmes,
      at: agreedAt,
      actorUserId: actorId,
    });
    await insertActions(trx, { actions: plan.actions, at: options.now, actorUserId: actorId });
    // The signers are not users of the app: nobody signed on their behalf in it.
    await insertCommitments(trx, {
      masterplanId: plan.masterplan.id,
      commitments: plan.commitments,
      signedBy: null,
    });

    const report: DemoMasterplanReport = {
      masterplans: 1,
      strategies: plan.strategies.length,
      programmes: plan.programmes.length,
      actions: plan.actions.length,
      innovationLinks: plan.programmes.reduce((sum, p) => sum + p.innovationIds.length, 0),
      commitments: plan.commitments.length,
    };
    await appendEvent(trx, {
      occurredAt: options.now,
      regionId: region.id,
      entityType: 'masterplan',
      entityId: plan.masterplan.id,
      action: 'demo_masterplan.seeded',
      after: report,
    });
    return report;
  });
}

/** The region's innovations, in a stable order (title, then id). */
async function readInnovations(db: Db, regionId: string): Promise<DemoMasterplanInnovation[]> {
  const rows = await db
    .selectFrom('innovations as i')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .select(['i.id', 'i.title', 'i.unit_id', 'i.dimension', 'i.element', 'i.stage'])
    .where('u.region_id', '=', regionId)
    .execute();
  return rows
    .map((r) => ({
      id: r.id,
      title: r.title,
      unitId: r.unit_id,
      dimension: r.dimension,
      element: r.element,
      stage: r.stage,
    }))
    .sort(byTitleThenId);
}

const byTitleThenId = (a: DemoMasterplanInnovation, b: DemoMasterplanInnovation) =>
  a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Plans the demo masterplan (pure and deterministic; see {@link seedDemoMasterplan}). A programme
 * whose lead unit is not among `units` is left out; missing supporting units are dropped.
 */
export function planDemoMasterplan(input: DemoMasterplanInput): PlannedMasterplan {
  const { now, seed } = input;
  const master = createRandom(mixSeed(seed, 0x3a51));
  const idMask = mixSeed(seed, 0x3a52);
  let idIndex = 0;
  const nextId = () => demoUuid(idMask, idIndex++, master);
  const unitByCode = new Map(input.units.map((u) => [u.code, u]));
  const innovations = [...input.innovations].sort(byTitleThenId);

  const masterplan: PlannedMasterplan['masterplan'] = {
    id: nextId(),
    regionId: input.regionId,
    title: demoMasterplanTitle,
    startYear: demoMasterplanPeriod.startYear,
    endYear: demoMasterplanPeriod.endYear,
    vision: demoVision,
    mission: demoMissions,
    bimtekStage: 'IV',
    bimtekDates: { ...demoBimtekDates },
    bimtekChecklist: bimtekStages.flatMap((stage) => bimtekChecklist[stage].map((i) => i.key)),
    commitmentStatement: demoCommitmentStatement,
  };
  const strategies = dimensionKeys.map((dimension): Strategy => ({
    dimension,
    text: demoStrategies[dimension],
  }));

  const contents = demoProgrammes.filter((c) => unitByCode.has(c.lead));
  // The named innovations are reserved for their programmes before any is drawn as an extra.
  const linked = new Set<string>();
  const named = contents.map((content) =>
    content.innovations.flatMap((prefix) => {
      const found = innovations.find(
        (i) =>
          i.title.startsWith(prefix) &&
          i.dimension === content.dimension &&
          i.stage !== 'discontinued' &&
          !linked.has(i.id),
      );
      if (!found) return [];
      linked.add(found.id);
      return [found.id];
    }),
  );

  const programmes: Omit<Programme, 'version' | 'updatedAt'>[] = [];
  const actions: Omit<ActionItem, 'version' | 'updatedAt'>[] = [];
  contents.forEach((content, index) => {
    const random = createRandom(mixSeed(seed, 0x3a53, index));
    const lead = required(unitByCode.get(content.lead), `the lead unit ${content.lead}`);
    const supporting = content.supporting.flatMap((code) => {
      const unit = unitByCode.get(code);
      return unit && unit.id !== lead.id ? [unit] : [];
    });
    const unitIds = [lead.id, ...supporting.map((u) => u.id)];
    const namedIds = required(named[index], `the named innovations of ${content.name}`);
    const innovationIds = [
      ...namedIds,
      ...extraInnovations({
        content,
        unitIds,
        namedCount: namedIds.length,
        innovations,
        linked,
        random,
      }),
    ];
    const programme: Omit<Programme, 'version' | 'updatedAt'> = {
      id: nextId(),
      masterplanId: masterplan.id,
      dimension: content.dimension,
      element: content.element,
      name: content.name,
      description: content.description,
      horizon: content.horizon,
      leadUnitId: lead.id,
      supportingUnitIds: supporting.map((u) => u.id),
      startYear: content.startYear,
      endYear: content.endYear,
      budget: content.budget,
      fundingSource: content.fundingSource,
      reference: content.reference,
      innovationIds,
    };
    programmes.push(programme);
    // Each item's status from a stream of its own: a different `now` changes the statuses only.
    const statusRandom = (k: number) => createRandom(mixSeed(seed, 0x3a56, index, k));
    actions.push(
      ...planActions({
        content,
        programmeId: programme.id,
        unitIds,
        now,
        random,
        statusRandom,
        nextId,
      }),
    );
  });
  ensureSomeOverdue(actions, now, createRandom(mixSeed(seed, 0x3a54)));

  return {
    masterplan,
    strategies,
    programmes,
    actions,
    commitments: planCommitments({
      units: input.units,
      contents,
      random: createRandom(mixSeed(seed, 0x3a55)),
      nextId,
    }),
  };
}

/**
 * Demo innovations of the programme's dimension and element (not discontinued, not linked
 * elsewhere) owned by its lead or supporting units: none or one beside named ones, one or two
 * otherwise. A programme that would link nothing takes one of another unit.
 */
function extraInnovations({
  content,
  unitIds,
  namedCount,
  innovations,
  linked,
  random,
}: {
  readonly content: DemoProgrammeContent;
  readonly unitIds: readonly string[];
  readonly namedCount: number;
  readonly innovations: readonly DemoMasterplanInnovation[];
  readonly linked: Set<string>;
  readonly random: Random;
}): string[] {
  const wanted = namedCount > 0 ? random.int(0, 1) : random.int(1, 2);
  const candidates = innovations.filter(
    (i) =>
      i.dimension === content.dimension &&
      i.element === content.element &&
      i.stage !== 'discontinued' &&
      !linked.has(i.id),
  );
  const own = random.shuffle(candidates.filter((i) => unitIds.includes(i.unitId)));
  const others = random.shuffle(candidates.filter((i) => !unitIds.includes(i.unitId)));
  const chosen = (
    own.length === 0 && namedCount === 0 ? others.slice(0, 1) : own.slice(0, wanted)
  ).map((i) => i.id);
  for (const id of chosen) linked.add(id);
  return chosen;
}

/** Rounds down to a multiple of Rp 5 juta (as budgets are written). */
const roundBudget = (idr: number) => Math.floor(idr / 5_000_000) * 5_000_000;

/** Rounds to a multiple of 5 % within [min, max]. */
const roundProgress = (value: number, min: number, max: number) =>
  Math.min(max, Math.max(min, Math.round(value / 5) * 5));

/** How much of `now`'s year has passed, in [0, 1). */
function yearElapsed(now: Date): number {
  const start = Date.UTC(now.getUTCFullYear(), 0, 1);
  const end = Date.UTC(now.getUTCFullYear() + 1, 0, 1);
  return (now.getTime() - start) / (end - start);
}

/**
 * An action item's status and progress by its year against `now`: earlier years mostly done
 * (some delayed, which makes them overdue), this year's in progress about as far as the year
 * (some done late in the year, some not started early in it), later years planned.
 */
function actionState(
  year: number,
  now: Date,
  random: Random,
): { status: ActionStatus; progressPercent: number } {
  const currentYear = now.getUTCFullYear();
  if (year < currentYear) {
    return random.chance(0.18)
      ? { status: 'delayed', progressPercent: random.int(4, 16) * 5 }
      : { status: 'done', progressPercent: 100 };
  }
  if (year > currentYear) return { status: 'planned', progressPercent: 0 };
  const elapsed = yearElapsed(now);
  if (elapsed >= 0.75 && random.chance(0.3)) return { status: 'done', progressPercent: 100 };
  if (elapsed < 0.15 && random.chance(0.5)) return { status: 'planned', progressPercent: 0 };
  return {
    status: 'in_progress',
    progressPercent: roundProgress(elapsed * 100 + random.int(-25, 10), 5, 95),
  };
}

/**
 * A programme's action items: in their order, their years spread from its start to its end
 * year, owned by the lead unit or (now and then) a supporting unit, about nine tenths of its
 * budget shared among them.
 */
function planActions({
  content,
  programmeId,
  unitIds,
  now,
  random,
  statusRandom,
  nextId,
}: {
  readonly content: DemoProgrammeContent;
  readonly programmeId: string;
  /** The lead unit first, then the supporting units. */
  readonly unitIds: readonly string[];
  readonly now: Date;
  readonly random: Random;
  readonly statusRandom: (k: number) => Random;
  readonly nextId: () => string;
}): Omit<ActionItem, 'version' | 'updatedAt'>[] {
  const n = content.actions.length;
  const span = content.endYear - content.startYear;
  const weights = content.actions.map(() => 1 + random.next());
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  return content.actions.map((action, k) => {
    const year = content.startYear + (n > 1 ? Math.round((k * span) / (n - 1)) : 0);
    const owner =
      unitIds.length > 1 && random.chance(0.35)
        ? random.pick(unitIds.slice(1))
        : required(unitIds[0], 'the lead unit');
    return {
      id: nextId(),
      programmeId,
      activity: action.activity,
      year,
      ownerUnitId: owner,
      outputTarget: action.output,
      budget: roundBudget((content.budget * 0.9 * required(weights[k], 'a weight')) / totalWeight),
      ...actionState(year, now, statusRandom(k)),
    };
  });
}

/**
 * When the draw left no earlier-year item delayed, delays one (the demo shows overdue items
 * whenever there is a past year to be late in).
 */
function ensureSomeOverdue(
  actions: Omit<ActionItem, 'version' | 'updatedAt'>[],
  now: Date,
  random: Random,
): void {
  const past = actions
    .map((a, index) => ({ a, index }))
    .filter(({ a }) => a.year < now.getUTCFullYear());
  if (past.length < 2 || past.some(({ a }) => a.status === 'delayed')) return;
  const { a, index } = random.pick(past);
  actions[index] = { ...a, status: 'delayed', progressPercent: random.int(4, 16) * 5 };
}

/** The position a unit's head signs with. */
export function signerPosition(unit: DemoUnit): string {
  const regency = 'Kabupaten Sumedang';
  switch (unit.type) {
    case 'kecamatan':
      return `Camat ${unit.name.replace(/^Kecamatan\s+/, '')}`;
    case 'sekretariat':
      return unit.code === 'setda'
        ? `Sekretaris Daerah ${regency}`
        : unit.code === 'setwan'
          ? `Sekretaris DPRD ${regency}`
          : `Kepala ${unit.name}`;
    case 'inspektorat':
      return `Inspektur Daerah ${regency}`;
    case 'rsud':
      return `Direktur ${unit.name}`;
    case 'dinas':
    case 'badan':
      return `Kepala ${unit.name} ${regency}`;
    case 'other':
      return `Kepala ${unit.name}`;
  }
}

/**
 * The joint commitment: every active unit but about {@link unsignedShare} of them signs in 2023,
 * most on the day of Bimtek IV, the rest over the following weeks. The unsigned ones are the
 * demo's signing unit (Dinas Kesehatan) and units that lead no programme (never a coordinating
 * unit). Signers are fictional, marked "(Demo)", with plausible 18-digit NIPs.
 */
function planCommitments({
  units,
  contents,
  random,
  nextId,
}: {
  readonly units: readonly DemoUnit[];
  readonly contents: readonly DemoProgrammeContent[];
  readonly random: Random;
  readonly nextId: () => string;
}): Omit<Commitment, 'withdrawnAt' | 'withdrawalReason'>[] {
  const sorted = [...units].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const unsignedCount =
    sorted.length >= 2 ? Math.max(1, Math.round(sorted.length * unsignedShare)) : 0;
  const unsigned = new Set<string>();
  if (unsignedCount > 0 && sorted.some((u) => u.code === demoSigningUnitCode))
    unsigned.add(demoSigningUnitCode);
  const leads = new Set(contents.map((c) => c.lead));
  const candidates = random.shuffle(
    sorted.filter(
      (u) => !leads.has(u.code) && !coordinatingUnitCodes.has(u.code) && !unsigned.has(u.code),
    ),
  );
  for (const unit of candidates) {
    if (unsigned.size >= unsignedCount) break;
    unsigned.add(unit.code);
  }

  const usedNames = new Set<string>();
  const usedNips = new Set<string>();
  const bimtekIv = Date.parse(`${demoBimtekDates.IV}T00:00:00Z`);
  return sorted
    .filter((unit) => !unsigned.has(unit.code))
    .map((unit) => {
      // Most signed at the Bimtek IV session; the rest within about three months (all in 2023).
      let day = coordinatingUnitCodes.has(unit.code) || random.chance(0.6) ? 0 : random.int(1, 95);
      // On a working day: a weekend moves to the Monday.
      const weekday = new Date(bimtekIv + day * dayMs).getUTCDay();
      if (weekday === 6) day += 2;
      if (weekday === 0) day += 1;
      const signedOn = new Date(bimtekIv + day * dayMs).toISOString().slice(0, 10);
      // 09:00–15:00 WIB (UTC+7).
      const minutes = 2 * 60 + random.int(0, 6 * 60);
      const signedAtMs = bimtekIv + day * dayMs + minutes * 60_000;
      const signer = drawSigner({ unit, random, usedNames, usedNips });
      return {
        id: nextId(),
        unitId: unit.id,
        signerName: signer.name,
        signerNip: signer.nip,
        signerPosition: signerPosition(unit),
        signedOn,
        statement: demoCommitmentStatement,
        signedAt: new Date(signedAtMs).toISOString(),
      };
    });
}

/** A fictional head of unit: a Sundanese name with title and degrees, and a NIP that fits. */
function drawSigner({
  unit,
  random,
  usedNames,
  usedNips,
}: {
  readonly unit: DemoUnit;
  readonly random: Random;
  readonly usedNames: Set<string>;
  readonly usedNips: Set<string>;
}): { name: string; nip: string } {
  let first: string;
  let gender: 1 | 2;
  let second: string;
  do {
    [first, gender] = random.pick(signerFirstNames);
    second = random.pick(signerSecondNames[gender]);
  } while (usedNames.has(`${first} ${second}`));
  usedNames.add(`${first} ${second}`);
  const hajj = random.chance(0.3) ? (gender === 1 ? 'H. ' : 'Hj. ') : '';
  const degree = random.pick(
    signerDegrees[unit.code] ?? required(signerDegrees['*'], 'the default signer degrees'),
  );
  const name =
    unit.code === 'dinkes' || unit.code === 'rsud'
      ? `dr. ${hajj}${first} ${second}, ${degree}`
      : unit.type !== 'kecamatan' && random.chance(0.12)
        ? `${gender === 1 ? 'Drs.' : 'Dra.'} ${hajj}${first} ${second}, M.Si.`
        : `${hajj}${first} ${second}, ${degree}`;

  // NIP: birth date (8), appointment year and month (6), gender (1), sequence (3).
  let nip: string;
  do {
    const birthYear = random.int(1966, 1981);
    const birth = `${String(birthYear)}${pad(random.int(1, 12), 2)}${pad(random.int(1, 28), 2)}`;
    const appointed = `${String(Math.min(2006, birthYear + random.int(24, 30)))}${random.pick(['01', '03', '12'])}`;
    nip = `${birth}${appointed}${String(gender)}${pad(random.int(1, 15), 3)}`;
  } while (usedNips.has(nip));
  usedNips.add(nip);
  return { name: `${name} (Demo)`, nip };
}

const pad = (value: number, digits: number) => String(value).padStart(digits, '0');
