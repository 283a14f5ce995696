import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  actionIssues,
  bimtekChecklist,
  bimtekStages,
  dimensionKeys,
  horizons,
  isActionOverdue,
  programmeIssues,
} from '@smartcity/domain';
import {
  findMasterplan,
  findRegionByName,
  listActions,
  listCommitments,
  listOverdueActions,
  listProgrammes,
  listStrategies,
  listUnits,
  type Database,
  type DatabaseHandle,
} from '@smartcity/db';
import { seedDemoData, sumedangRegion, sumedangUnits } from '@smartcity/db/demo';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { demoLabel } from './demo-innovation';
import { planDemoMasterplan, seedDemoMasterplan, signerPosition } from './seed-demo-masterplan';
import { seedDemoInnovations } from './seed-demo-innovations';

const now = new Date('2026-03-02T09:00:00.000Z');
const today = now.toISOString().slice(0, 10);

async function seedAll(db: Kysely<Database>, at: Date = now) {
  await seedDemoData(db, at, { demoPasswordHash: '$argon2id$fake' });
  await seedDemoInnovations(db, { now: at });
  return seedDemoMasterplan(db, { now: at });
}

type Counted =
  | 'masterplans'
  | 'masterplan_strategies'
  | 'programmes'
  | 'programme_innovations'
  | 'action_items'
  | 'commitments'
  | 'events';

async function count(db: Kysely<Database>, table: Counted): Promise<number> {
  const { n } = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

/** The seeded masterplan with unit and innovation ids replaced by codes and titles. */
async function content(db: Kysely<Database>) {
  const plan = (await findMasterplan(db))!;
  const region = (await findRegionByName(db, sumedangRegion.name))!;
  const units = (
    await listUnits(db, region.id, { search: null, type: null, includeInactive: true })
  ).items;
  const code = new Map(units.map((u) => [u.id, u.code]));
  const titles = new Map(
    (await db.selectFrom('innovations').select(['id', 'title']).execute()).map((r) => [
      r.id,
      r.title,
    ]),
  );
  const { regionId: _regionId, updatedAt: _updatedAt, ...masterplan } = plan;
  return {
    masterplan,
    strategies: (await listStrategies(db, plan.id)).sort((a, b) =>
      a.dimension.localeCompare(b.dimension),
    ),
    programmes: (await listProgrammes(db, plan.id)).map(({ updatedAt: _u, ...p }) => ({
      ...p,
      leadUnitId: code.get(p.leadUnitId),
      supportingUnitIds: p.supportingUnitIds.map((id) => code.get(id)),
      innovationIds: p.innovationIds.map((id) => titles.get(id)).sort(),
    })),
    actions: (await listActions(db, plan.id)).map(({ updatedAt: _u, ...a }) => ({
      ...a,
      ownerUnitId: code.get(a.ownerUnitId),
    })),
    commitments: (await listCommitments(db, plan.id))
      .map((c) => ({ ...c, unitId: code.get(c.unitId) }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

describe.each(testDatabaseFactories())('seedDemoMasterplan on $dialect', ({ open }) => {
  let handle: DatabaseHandle;
  let db: Kysely<Database>;

  beforeAll(async () => {
    handle = await open();
    db = handle.db;
    const report = await seedAll(db);
    expect(report).toMatchObject({ masterplans: 1, strategies: 6 });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('seeds the Sumedang masterplan with Bimtek IV reached and every checklist item done', async () => {
    const plan = (await findMasterplan(db))!;
    expect(plan).toMatchObject({
      title: 'Masterplan Smart City Kabupaten Sumedang 2023–2032',
      startYear: 2023,
      endYear: 2032,
      bimtekStage: 'IV',
      version: 1,
    });
    expect(plan.vision).toContain(demoLabel);
    expect(plan.mission.length).toBeGreaterThanOrEqual(4);
    expect(plan.mission.length).toBeLessThanOrEqual(6);
    const dates = bimtekStages.map((stage) => plan.bimtekDates[stage]!);
    expect(dates.every((d) => d >= '2022-01-01' && d <= '2023-12-31')).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect([...plan.bimtekChecklist].sort()).toEqual(
      bimtekStages.flatMap((stage) => bimtekChecklist[stage].map((i) => i.key)).sort(),
    );
    expect(plan.commitmentStatement).toMatch(/^Kami, kepala perangkat daerah .* berkomitmen /);
  });

  it('gives every dimension a strategy and at least three programmes that pass the checks', async () => {
    const plan = (await findMasterplan(db))!;
    const strategies = await listStrategies(db, plan.id);
    expect(strategies.map((s) => s.dimension).sort()).toEqual([...dimensionKeys].sort());
    for (const strategy of strategies) {
      const sentences = strategy.text.split(/(?<=\.)\s+/).length;
      expect(sentences).toBeGreaterThanOrEqual(2);
      expect(sentences).toBeLessThanOrEqual(4);
    }

    const programmes = await listProgrammes(db, plan.id);
    const units = (
      await listUnits(db, plan.regionId, { search: null, type: null, includeInactive: false })
    ).items;
    const active = new Set(units.map((u) => u.id));
    const innovations = new Map(
      (await db.selectFrom('innovations').select(['id', 'dimension', 'title']).execute()).map(
        (r) => [r.id, r],
      ),
    );
    for (const dimension of dimensionKeys) {
      const ofDimension = programmes.filter((p) => p.dimension === dimension);
      expect(ofDimension.length, dimension).toBeGreaterThanOrEqual(3);
      expect(ofDimension.length, dimension).toBeLessThanOrEqual(6);
      // Linked innovations: of the programme's dimension.
      for (const p of ofDimension)
        for (const id of p.innovationIds) expect(innovations.get(id)?.dimension).toBe(dimension);
    }
    expect(new Set(programmes.map((p) => p.horizon))).toEqual(new Set(horizons));
    for (const p of programmes) {
      expect(programmeIssues(p, plan), p.name).toEqual([]);
      expect(active.has(p.leadUnitId)).toBe(true);
      expect(p.supportingUnitIds.length).toBeLessThanOrEqual(3);
      expect(p.supportingUnitIds.every((id) => active.has(id) && id !== p.leadUnitId)).toBe(true);
      expect(p.budget).toBeGreaterThan(0);
      expect(p.reference).toMatch(/RPJMD|Renstra/);
    }
    // APBD mostly.
    const apbd = programmes.filter((p) => p.fundingSource === 'apbd').length;
    expect(apbd / programmes.length).toBeGreaterThan(0.6);
    // The publicly reported innovations sit in their programmes; most programmes link some.
    const linkedTitles = programmes.flatMap((p) =>
      p.innovationIds.map((id) => innovations.get(id)!.title),
    );
    for (const prefix of ['SAKIP Desa:', 'SIMPATI:', 'e-Office:', 'Command Center Sumedang:'])
      expect(
        linkedTitles.some((t) => t.startsWith(prefix)),
        prefix,
      ).toBe(true);
    expect(programmes.filter((p) => p.innovationIds.length > 0).length).toBeGreaterThan(
      programmes.length / 2,
    );
    const simpati = programmes.find((p) =>
      p.innovationIds.some((id) => innovations.get(id)!.title.startsWith('SIMPATI:')),
    )!;
    const dinkes = units.find((u) => u.code === 'dinkes')!;
    expect(simpati).toMatchObject({
      dimension: 'living',
      element: 'health',
      leadUnitId: dinkes.id,
    });
  });

  it('plans action items inside their programmes, with statuses that follow the year', async () => {
    const plan = (await findMasterplan(db))!;
    const programmes = new Map((await listProgrammes(db, plan.id)).map((p) => [p.id, p]));
    const actions = await listActions(db, plan.id);
    for (const p of programmes.values()) {
      const own = actions.filter((a) => a.programmeId === p.id);
      expect(own.length, p.name).toBeGreaterThanOrEqual(2);
      expect(own.length, p.name).toBeLessThanOrEqual(5);
    }
    for (const a of actions) {
      const p = programmes.get(a.programmeId)!;
      expect(actionIssues(a, p), a.activity).toEqual([]);
      expect([p.leadUnitId, ...p.supportingUnitIds]).toContain(a.ownerUnitId);
      expect(a.budget).toBeGreaterThan(0);
      if (a.year < 2026) expect(['done', 'delayed']).toContain(a.status);
      if (a.year === 2026) expect(['planned', 'in_progress', 'done']).toContain(a.status);
      if (a.year > 2026) expect(a).toMatchObject({ status: 'planned', progressPercent: 0 });
      if (a.status === 'in_progress' || a.status === 'delayed') {
        expect(a.progressPercent).toBeGreaterThan(0);
        expect(a.progressPercent).toBeLessThan(100);
      }
    }
    const overdue = actions.filter((a) => isActionOverdue(a, today));
    const done = actions.filter((a) => a.status === 'done');
    expect(overdue.length).toBeGreaterThan(0);
    // Some, not most: earlier years are mostly done.
    expect(overdue.length).toBeLessThan(done.length / 2);
    expect(actions.some((a) => a.year === 2026 && a.status === 'in_progress')).toBe(true);
    expect(actions.some((a) => a.status === 'planned')).toBe(true);
    // The dashboard's list finds the same.
    expect((await listOverdueActions(db, 2026, { limit: 5 })).total).toBe(overdue.length);
  });

  it('has most but not all active units sign, once each, with 18-digit NIPs', async () => {
    const plan = (await findMasterplan(db))!;
    const units = (
      await listUnits(db, plan.regionId, { search: null, type: null, includeInactive: false })
    ).items;
    const commitments = await listCommitments(db, plan.id);
    expect(units).toHaveLength(55);
    expect(commitments).toHaveLength(47);
    expect(new Set(commitments.map((c) => c.unitId)).size).toBe(commitments.length);
    const byId = new Map(units.map((u) => [u.id, u]));
    for (const c of commitments) {
      const unit = byId.get(c.unitId)!;
      expect(unit).toBeDefined();
      expect(c.signerNip).toMatch(/^\d{18}$/);
      expect(c.signerName).toMatch(/ \(Demo\)$/);
      expect(c.signerPosition).toBe(signerPosition(unit));
      expect(c.signerPosition).toMatch(/^(Kepala|Camat|Sekretaris|Inspektur|Direktur) /);
      expect(c.signedOn).toMatch(/^2023-/);
      expect(c.signedOn >= plan.bimtekDates.IV!).toBe(true);
      expect(c.signedAt.slice(0, 10)).toBe(c.signedOn);
      expect([0, 6]).not.toContain(new Date(c.signedOn).getUTCDay());
      expect(c.statement).toBe(plan.commitmentStatement);
      expect(c.withdrawnAt).toBeNull();
    }
    expect(new Set(commitments.map((c) => c.signerNip)).size).toBe(commitments.length);
    expect(new Set(commitments.map((c) => c.signerName)).size).toBe(commitments.length);
    // Kecamatan heads are camat; Dinas Kesehatan is left for its demo head to sign in the app.
    expect(commitments.some((c) => c.signerPosition.startsWith('Camat '))).toBe(true);
    const dinkes = units.find((u) => u.code === 'dinkes')!;
    expect(commitments.some((c) => c.unitId === dinkes.id)).toBe(false);
    // One standing signature per unit is what the index allows: a second one is refused.
    const [first] = commitments;
    await expect(
      db
        .insertInto('commitments')
        .values({
          id: '00000000-0000-4000-8000-000000000001',
          masterplan_id: plan.id,
          unit_id: first!.unitId,
          signer_name: 'Penanda Tangan Kedua (Demo)',
          signer_nip: '197001012000031001',
          signer_position: first!.signerPosition,
          signed_on: '2023-03-01',
          statement: plan.commitmentStatement,
          signed_at: '2023-03-01T03:00:00.000Z',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('inserts nothing on a second run', async () => {
    const tables = [
      'masterplans',
      'masterplan_strategies',
      'programmes',
      'programme_innovations',
      'action_items',
      'commitments',
      'events',
    ] as const;
    const before = await Promise.all(tables.map((t) => count(db, t)));
    const report = await seedDemoMasterplan(db, { now: new Date('2027-01-05T00:00:00Z') });
    expect(report).toEqual({
      masterplans: 0,
      strategies: 0,
      programmes: 0,
      actions: 0,
      innovationLinks: 0,
      commitments: 0,
    });
    expect(await Promise.all(tables.map((t) => count(db, t)))).toEqual(before);
  });

  it('is deterministic: the same now gives the same masterplan', async () => {
    const other = await open();
    try {
      await seedAll(other.db);
      expect(await content(other.db)).toEqual(await content(db));
    } finally {
      await other.close();
    }
  });
});

describe('planDemoMasterplan', () => {
  const units = sumedangUnits.map((u, k) => ({
    id: `00000000-0000-4000-8000-${String(k).padStart(12, '0')}`,
    code: u.code,
    name: u.name,
    type: u.type,
  }));
  const input = { seed: 1, regionId: 'region', units, innovations: [] };

  it('plans every item of a year not yet begun as planned', () => {
    const plan = planDemoMasterplan({ ...input, now: new Date('2022-12-01T00:00:00Z') });
    expect(plan.actions.every((a) => a.status === 'planned' && a.progressPercent === 0)).toBe(true);
  });

  it('moves the statuses with now, and keeps the rest', () => {
    const early = planDemoMasterplan({ ...input, now: new Date('2024-02-01T00:00:00Z') });
    const late = planDemoMasterplan({ ...input, now: new Date('2031-06-01T00:00:00Z') });
    const strip = (plan: typeof early) => ({
      ...plan,
      actions: plan.actions.map(({ status: _s, progressPercent: _p, ...a }) => a),
    });
    expect(strip(late)).toEqual(strip(early));
    expect(early.actions.filter((a) => isActionOverdue(a, '2024-02-01')).length).toBeGreaterThan(0);
    expect(early.actions.filter((a) => a.year > 2024).every((a) => a.status === 'planned')).toBe(
      true,
    );
    expect(late.actions.filter((a) => a.year < 2031).every((a) => a.status !== 'planned')).toBe(
      true,
    );
  });

  it('leaves out a programme whose lead unit is missing', () => {
    const withoutKominfo = planDemoMasterplan({
      ...input,
      units: units.filter((u) => u.code !== 'diskominfosanditik'),
      now: new Date('2026-03-02T00:00:00Z'),
    });
    const all = planDemoMasterplan({ ...input, now: new Date('2026-03-02T00:00:00Z') });
    expect(withoutKominfo.programmes.length).toBeLessThan(all.programmes.length);
    expect(withoutKominfo.commitments).toHaveLength(54 - Math.round(54 * 0.15));
  });
});
