import { describe, expect, it } from 'vitest';
import {
  activeStages,
  dimensionKeys,
  elementKeys,
  emptySections,
  gate,
  idSchema,
  innovationCreateInputSchema,
  isActiveStage,
  isStale,
  isElementOf,
  progressAddInputSchema,
  sectionSchemas,
  stageIndex,
  stages,
  type ActiveStage,
  type Innovation,
  type ProgressReport,
} from '@smartcity/domain';
import { sumedangUnits } from '@smartcity/db/demo';
import type { DemoUnit } from './demo-innovation';
import {
  apportion,
  demoStageShares,
  demoStartDate,
  generateDemoInnovations,
  generateEvents,
  generateInnovations,
} from './generate-innovations';
import { namedInnovations } from './content/named-innovations';
import { demoLabel } from './demo-innovation';

const units: DemoUnit[] = sumedangUnits.map((u, i) => ({
  id: `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
  code: u.code,
  name: u.name,
  type: u.type,
}));
const now = new Date('2026-03-02T09:00:00.000Z');
const options = { seed: 20_221_128, count: 119, units, now };
const dayMs = 86_400_000;

/** The stages whose gates must be open for an innovation at its stage. */
function passedStages(innovation: Innovation): readonly ActiveStage[] {
  switch (innovation.stage) {
    case 'sustained':
      return activeStages;
    case 'discontinued': {
      const from = innovation.discontinuedFrom!;
      // Judged not impactful: the evaluation's outcome is recorded, so its gate is open too.
      return from === 'evaluation' ? activeStages : activeStages.slice(0, stageIndex(from));
    }
    default:
      return activeStages.slice(0, stageIndex(innovation.stage));
  }
}

/** The stage whose section is the last one written. */
function reachedStage(innovation: Innovation): ActiveStage {
  if (innovation.stage === 'sustained') return 'evaluation';
  if (innovation.stage === 'discontinued') return innovation.discontinuedFrom!;
  return innovation.stage;
}

// The domain's one stale rule, over the generated record's last change.
const isStaleNow = (i: Innovation) => isStale({ stage: i.stage, lastEventAt: i.updatedAt }, now);

describe('generateInnovations', () => {
  const innovations = generateInnovations(options);

  it('gives the same innovations for the same seed and others for another seed', () => {
    expect(generateInnovations(options)).toEqual(innovations);
    const other = generateInnovations({ ...options, seed: 7 });
    expect(other).not.toEqual(innovations);
    expect(other.map((i) => i.id)).not.toEqual(innovations.map((i) => i.id));
  });

  it('generates exactly the count asked for, with unique valid ids', () => {
    expect(innovations).toHaveLength(119);
    expect(new Set(innovations.map((i) => i.id)).size).toBe(119);
    for (const i of innovations) expect(idSchema.safeParse(i.id).success).toBe(true);
    expect(generateInnovations({ ...options, count: 0 })).toEqual([]);
    expect(generateInnovations({ ...options, count: 3 })).toHaveLength(3);
  });

  it('writes every section so that it passes its schema unchanged', () => {
    for (const innovation of innovations) {
      for (const section of activeStages) {
        const parsed = sectionSchemas[section].safeParse(innovation.sections[section]);
        expect(parsed.success, `${innovation.title}: ${section}`).toBe(true);
        expect(parsed.data).toEqual(innovation.sections[section]);
      }
    }
  });

  it('opens the gate of every stage passed, and leaves the sections after the last one empty', () => {
    const empty = emptySections();
    for (const { innovation, progressReports } of generateDemoInnovations(options)) {
      const context = { progressReportCount: progressReports.length };
      for (const stage of passedStages(innovation)) {
        expect(gate(stage, innovation.sections, context), stage).toEqual([]);
      }
      const reached = stageIndex(reachedStage(innovation));
      for (const later of activeStages.slice(reached + 1)) {
        const section = innovation.sections[later];
        // A quick win sent back by its assessors keeps their notes (the outcome is consumed).
        if (later === 'evaluation' && 'notes' in section) {
          expect(Object.keys(section)).toEqual(['notes']);
          continue;
        }
        expect(section, `${innovation.stage}: ${later}`).toEqual(empty[later]);
      }
    }
  });

  it('records outcomes consistent with sustained and discontinued innovations', () => {
    for (const i of innovations) {
      if (i.stage === 'sustained') {
        expect(i.sections.evaluation.outcome).toBe('impactful');
        expect(i.implementationDate).not.toBeNull();
        expect(i.discontinuedFrom).toBeNull();
      } else if (i.stage === 'discontinued') {
        expect(i.discontinuedFrom).not.toBeNull();
        if (i.discontinuedFrom === 'evaluation')
          expect(i.sections.evaluation.outcome).toBe('not_impactful');
        else expect(i.sections.evaluation.outcome).toBeUndefined();
      } else {
        expect(i.sections.evaluation.outcome).toBeUndefined();
        expect(i.discontinuedFrom).toBeNull();
      }
    }
  });

  it('keeps quick wins within twelve months and the IID profile consistent with the stage', () => {
    for (const i of innovations) {
      const q = i.sections.quick_win;
      if (q.startDate && q.targetDate) expect(q.targetDate >= q.startDate).toBe(true);
      if (!i.tahapanManual) {
        const expected =
          i.stage === 'sustained'
            ? 'implementation'
            : ['quick_win', 'evaluation'].includes(reachedStage(i)) &&
                (i.stage !== 'discontinued' || stageIndex(i.discontinuedFrom!) >= 3)
              ? 'trial'
              : 'initiative';
        expect(i.tahapan, `${i.stage} ${i.discontinuedFrom}`).toBe(expected);
      }
      // The trial began with the first quick win (a revised one restarts later).
      if (i.trialDate) expect(i.trialDate <= q.startDate!).toBe(true);
      if (stageIndex(reachedStage(i)) < stageIndex('quick_win')) expect(i.trialDate).toBeNull();
    }
  });

  it('gives profiles that the create form accepts, and summaries labelled as demo data', () => {
    for (const i of innovations) {
      const parsed = innovationCreateInputSchema.safeParse({
        unitId: i.unitId,
        title: i.title,
        summary: i.summary,
        dimension: i.dimension,
        element: i.element,
        extraDimensions: i.extraDimensions,
        jenis: i.jenis,
        bentuk: i.bentuk,
        inisiator: i.inisiator,
        urusan: i.urusan,
        trialDate: i.trialDate,
        implementationDate: i.implementationDate,
      });
      expect(parsed.success, i.title).toBe(true);
      expect(isElementOf(i.dimension, i.element)).toBe(true);
      expect(i.extraDimensions).not.toContain(i.dimension);
      expect(i.summary.endsWith(demoLabel)).toBe(true);
    }
  });

  it('covers all six dimensions and most elements', () => {
    expect(new Set(innovations.map((i) => i.dimension))).toEqual(new Set(dimensionKeys));
    expect(new Set(innovations.map((i) => i.element)).size).toBeGreaterThanOrEqual(15);
    // Over many innovations every element appears.
    const many = generateInnovations({ ...options, count: 2000 });
    expect(new Set(many.map((i) => i.element))).toEqual(new Set(elementKeys));
  });

  it('names the publicly reported Sumedang innovations, in plausible units, and publishes them', () => {
    const unitCode = (id: string) => units.find((u) => u.id === id)?.code;
    for (const named of namedInnovations) {
      const found = innovations.find((i) => i.title === named.title);
      expect(found, named.title).toBeDefined();
      expect(unitCode(found!.unitId)).toBe(named.unitCode);
      expect(found!.isPublic).toBe(true);
      expect(found!.stage).toBe(named.stage);
    }
    const titles = innovations.map((i) => i.title).join('\n');
    for (const name of [
      'SAKIP Desa',
      'SIMPATI',
      'e-Office',
      'SLRT',
      'WAKEPO',
      'Sipajakdadi',
      'Command Center',
      'Digital Services Living Lab',
      'Puspaga',
      'Zona Integritas Desa',
    ])
      expect(titles).toContain(name);
    expect(unitCode(innovations.find((i) => i.title.startsWith('SIMPATI'))!.unitId)).toBe('dinkes');
    expect(unitCode(innovations.find((i) => i.title.startsWith('e-Office'))!.unitId)).toBe(
      'diskominfosanditik',
    );
  });

  it('spreads the stages in the demo shares exactly (largest remainder)', () => {
    const expected = apportion(119, demoStageShares);
    for (const stage of stages) {
      expect(innovations.filter((i) => i.stage === stage).length, stage).toBe(expected[stage]);
    }
    expect(expected).toEqual({
      problem: 24,
      need: 18,
      process: 18,
      quick_win: 30,
      evaluation: 9,
      sustained: 14,
      discontinued: 6,
    });
    for (const seed of [1, 2, 3]) {
      const other = generateInnovations({ ...options, seed, count: 1000 });
      const counts = apportion(1000, demoStageShares);
      for (const stage of stages)
        expect(other.filter((i) => i.stage === stage).length).toBe(counts[stage]);
    }
  });

  it('makes some active innovations stale and most recently active', () => {
    const active = innovations.filter((i) => isActiveStage(i.stage));
    const stale = active.filter(isStaleNow);
    expect(stale.length).toBeGreaterThanOrEqual(8);
    expect(stale.length).toBeLessThanOrEqual(active.length * 0.4);
  });

  it('publishes about 40 % of the innovations', () => {
    const share = innovations.filter((i) => i.isPublic).length / innovations.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.55);
  });

  it('spreads unevenly: about a third of the units have no active innovation, kecamatan fewer', () => {
    for (const seed of [options.seed, 1, 2, 3, 4, 5]) {
      const list = generateInnovations({ ...options, seed });
      const withActive = new Set(list.filter((i) => isActiveStage(i.stage)).map((i) => i.unitId));
      const without = units.length - withActive.size;
      expect(without, `seed ${seed}`).toBeGreaterThanOrEqual(12);
      expect(without, `seed ${seed}`).toBeLessThanOrEqual(30);
      const kecamatanIds = new Set(units.filter((u) => u.type === 'kecamatan').map((u) => u.id));
      const inKecamatan = list.filter((i) => kecamatanIds.has(i.unitId)).length;
      // 26 of the 55 units are kecamatan; they hold well under half of the innovations.
      expect(inKecamatan / list.length).toBeLessThan(0.35);
      const perUnit = [...new Set(list.map((i) => i.unitId))].map(
        (id) => list.filter((i) => i.unitId === id).length,
      );
      expect(Math.max(...perUnit)).toBeGreaterThanOrEqual(6);
    }
  });

  it('dates every innovation between the start of the demo and now', () => {
    for (const i of innovations) {
      expect(Date.parse(i.createdAt)).toBeGreaterThanOrEqual(demoStartDate.getTime());
      // Equal only for an innovation with nothing but its creation.
      expect(Date.parse(i.createdAt)).toBeLessThanOrEqual(Date.parse(i.updatedAt));
      if (i.version > 1) expect(Date.parse(i.createdAt)).toBeLessThan(Date.parse(i.updatedAt));
      expect(Date.parse(i.updatedAt)).toBeLessThanOrEqual(now.getTime());
    }
    const years = new Set(innovations.map((i) => i.createdAt.slice(0, 4)));
    expect(years).toContain('2021');
    expect(years).toContain('2022');
  });

  it('works for any set of units, even one, and without the named innovations', () => {
    const one = generateInnovations({ ...options, units: units.slice(0, 1), count: 20 });
    expect(one.every((i) => i.unitId === units[0]!.id)).toBe(true);
    const unnamed = generateInnovations({ ...options, includeNamed: false });
    expect(unnamed.some((i) => i.title.startsWith('SIMPATI'))).toBe(false);
    expect(() => generateInnovations({ ...options, units: [] })).toThrow(RangeError);
    expect(() => generateInnovations({ ...options, count: -1 })).toThrow(RangeError);
  });
});

describe('generateEvents', () => {
  const demos = generateDemoInnovations({
    ...options,
    authorIdsByUnit: { [units[4]!.id]: ['staff-dinkes', 'head-dinkes'] },
    coordinatorId: 'coordinator',
    regionId: 'region',
  });

  it('gives every innovation a history from its creation to its last change, in order', () => {
    for (const { innovation, events } of demos) {
      expect(events[0]!.action).toBe('innovation.created');
      expect(events[0]!.occurredAt.toISOString()).toBe(innovation.createdAt);
      expect(events.at(-1)!.occurredAt.toISOString()).toBe(innovation.updatedAt);
      for (let k = 1; k < events.length; k++)
        expect(events[k]!.occurredAt.getTime()).toBeGreaterThan(
          events[k - 1]!.occurredAt.getTime(),
        );
      expect(innovation.version).toBe(events.length);
      expect(events.every((e) => e.entityId === innovation.id && e.regionId === 'region')).toBe(
        true,
      );
    }
  });

  it('replays to the innovation: its stage moves, sections and publication', () => {
    for (const { innovation, events } of demos) {
      let stage = 'problem';
      const sections: Record<string, unknown> = { ...emptySections() };
      let isPublic = false;
      for (const e of events) {
        const after = e.after as Record<string, unknown>;
        const before = e.before as Record<string, unknown> | undefined;
        switch (e.action) {
          case 'innovation.advanced':
          case 'innovation.moved_back':
          case 'innovation.discontinued':
            expect(before!.stage).toBe(stage);
            stage = after.stage as string;
            // A quick win sent back consumes the outcome that sent it back.
            if (before!.stage === 'evaluation' && stage === 'quick_win') {
              const { outcome: _consumed, ...rest } = sections.evaluation as object & {
                outcome?: unknown;
              };
              sections.evaluation = rest;
            }
            if (e.action !== 'innovation.advanced')
              expect((after.reason as string).length).toBeGreaterThanOrEqual(10);
            break;
          case 'innovation.section_updated':
            expect(before!.data).toEqual(sections[after.section as string]);
            sections[after.section as string] = after.data;
            break;
          case 'innovation.published':
            isPublic = true;
            break;
          case 'innovation.progress_reported': {
            // As `progress.add` records it: the quick win takes the report's status.
            const quickWin = sections.quick_win as { status?: string };
            expect(stage).toBe('quick_win');
            expect(before!.status).toBe(quickWin.status);
            sections.quick_win = { ...quickWin, status: after.status };
            break;
          }
        }
      }
      expect(stage).toBe(innovation.stage);
      expect(isPublic).toBe(innovation.isPublic);
      for (const s of activeStages) expect(sections[s]).toEqual(innovation.sections[s]);
    }
  });

  it('names the unit authors, the unit head for submissions and the coordinator for outcomes', () => {
    const dinkes = demos.filter((d) => d.innovation.unitId === units[4]!.id);
    expect(dinkes.length).toBeGreaterThan(0);
    for (const { innovation, events } of dinkes) {
      expect(['staff-dinkes', 'head-dinkes']).toContain(innovation.createdBy);
      for (const e of events) {
        const before = e.before as { stage?: string; section?: string } | undefined;
        if (e.action === 'innovation.advanced' && before?.stage === 'quick_win')
          expect(e.actorUserId).toBe('head-dinkes');
        if (e.action === 'innovation.advanced' && before?.stage === 'evaluation')
          expect(e.actorUserId).toBe('coordinator');
        if (e.action === 'innovation.section_updated' && before?.section === 'evaluation')
          expect(e.actorUserId).toBe('coordinator');
      }
    }
    const others = demos.filter((d) => d.innovation.unitId !== units[4]!.id);
    expect(others.every((d) => d.innovation.createdBy === null)).toBe(true);
  });

  it('equals the histories of generateDemoInnovations', () => {
    expect(generateEvents(options)).toEqual(
      generateDemoInnovations(options).flatMap((d) => d.events),
    );
  });
});

describe('apportion', () => {
  it('splits a count by shares so the parts add up exactly', () => {
    expect(apportion(10, { a: 1, b: 1, c: 1 })).toEqual({ a: 4, b: 3, c: 3 });
    const parts = apportion(100_000, demoStageShares);
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(100_000);
    expect(parts.quick_win).toBe(25_000);
  });
});

describe('generateDemoInnovations', () => {
  const authored = {
    ...options,
    authorIdsByUnit: { [units[4]!.id]: ['staff-dinkes', 'head-dinkes'] },
    coordinatorId: 'coordinator',
    regionId: 'region',
  };
  const demos = generateDemoInnovations(authored);
  const withReports = demos.filter((d) => d.progressReports.length > 0);
  const time = (iso: string) => Date.parse(iso);
  /** The latest report: by report date, then by entry, then by id (as the repository orders). */
  const latest = (reports: readonly ProgressReport[]) =>
    [...reports].sort(
      (a, b) =>
        a.reportDate.localeCompare(b.reportDate) ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.id.localeCompare(b.id),
    )[reports.length - 1];

  it('reports on quick wins: a good share of the 119 have reports, none before the quick win', () => {
    expect(withReports.length).toBeGreaterThanOrEqual(30);
    for (const { innovation, progressReports } of demos) {
      if (stageIndex(reachedStage(innovation)) < stageIndex('quick_win'))
        expect(progressReports, innovation.stage).toEqual([]);
      const q = innovation.sections.quick_win;
      // Not started (no status, or planned): nothing to report on.
      if (q.status === undefined || q.status === 'planned') expect(progressReports).toEqual([]);
    }
  });

  it('gives every quick win submitted to evaluation a report before each move to evaluation', () => {
    const evaluated = demos.filter(
      (d) =>
        d.innovation.stage === 'evaluation' ||
        d.innovation.stage === 'sustained' ||
        d.innovation.discontinuedFrom === 'evaluation',
    );
    expect(evaluated.length).toBe(
      9 + 14 + demos.filter((d) => d.innovation.discontinuedFrom === 'evaluation').length,
    );
    for (const { innovation, progressReports } of evaluated) {
      expect(progressReports.length, innovation.title).toBeGreaterThanOrEqual(1);
    }
    // Every move to evaluation, in any innovation and for other seeds too, follows a report made
    // after the quick win was last written.
    for (const set of [demos, generateDemoInnovations({ ...options, seed: 3, count: 1500 })]) {
      for (const { innovation, events } of set) {
        let reportedSinceQuickWin = 0;
        for (const e of events) {
          const after = e.after as Record<string, unknown>;
          if (e.action === 'innovation.section_updated' && after.section === 'quick_win')
            reportedSinceQuickWin = 0;
          if (e.action === 'innovation.progress_reported') reportedSinceQuickWin += 1;
          if (e.action === 'innovation.advanced' && after.stage === 'evaluation')
            expect(reportedSinceQuickWin, innovation.id).toBeGreaterThanOrEqual(1);
        }
      }
    }
  });

  it('never lets progress go down, ends at the quick win section status and at 100 % when done', () => {
    for (const { innovation, progressReports } of withReports) {
      for (let k = 1; k < progressReports.length; k++)
        expect(progressReports[k]!.progressPercent).toBeGreaterThanOrEqual(
          progressReports[k - 1]!.progressPercent,
        );
      const last = latest(progressReports)!;
      expect(last).toBe(progressReports.at(-1));
      expect(last.status).toBe(innovation.sections.quick_win.status);
      if (last.status === 'done') expect(last.progressPercent).toBe(100);
      else expect(last.progressPercent).toBeLessThan(100);
      for (const r of progressReports.slice(0, -1)) expect(r.status).toBe('in_progress');
    }
  });

  it('dates reports after the quick win started, before the next step or now, each with its event', () => {
    const today = now.toISOString().slice(0, 10);
    for (const { innovation, events, progressReports } of withReports) {
      const q = innovation.sections.quick_win;
      const reported = events.filter((e) => e.action === 'innovation.progress_reported');
      expect(reported).toHaveLength(progressReports.length);
      let previous: ProgressReport | null = null;
      for (const [k, r] of progressReports.entries()) {
        expect(r.innovationId).toBe(innovation.id);
        expect(r.reportDate >= (innovation.trialDate ?? q.startDate!)).toBe(true);
        expect(r.reportDate <= today).toBe(true);
        expect(r.reportDate).toBe(r.createdAt.slice(0, 10));
        expect(time(r.createdAt)).toBeLessThanOrEqual(time(innovation.updatedAt));
        const e = reported[k]!;
        expect(e.occurredAt.toISOString()).toBe(r.createdAt);
        expect(e.actorUserId).toBe(r.createdBy);
        // The status before is the quick win's (checked by the replay above).
        expect(Object.keys(e.before as object).sort()).toEqual(['progressPercent', 'status']);
        expect((e.before as { progressPercent: unknown }).progressPercent).toBe(
          previous?.progressPercent ?? null,
        );
        expect(e.after).toEqual({
          reportId: r.id,
          progressPercent: r.progressPercent,
          status: r.status,
        });
        // The step after the report (if any) comes later: reports fit between two steps.
        const next = events[events.indexOf(e) + 1];
        if (next) expect(next.occurredAt.getTime()).toBeGreaterThan(e.occurredAt.getTime());
        previous = r;
      }
    }
  });

  it('keeps stale innovations stale: no report in their last 30 days', () => {
    for (const { innovation, progressReports } of withReports) {
      if (isStaleNow(innovation))
        for (const r of progressReports)
          expect(now.getTime() - time(r.createdAt)).toBeGreaterThan(30 * dayMs);
    }
  });

  it('writes reports the progress form accepts: the need indicators, moving from baseline to target', () => {
    for (const { innovation, progressReports } of withReports) {
      const indicators = innovation.sections.need.indicators;
      let previousDistance = new Map<string, number>();
      for (const r of progressReports) {
        const parsed = progressAddInputSchema.safeParse({
          innovationId: r.innovationId,
          reportDate: r.reportDate,
          progressPercent: r.progressPercent,
          narrative: r.narrative,
          kpiActuals: r.kpiActuals,
          status: r.status,
          decreaseReason: r.decreaseReason,
        });
        expect(parsed.success, r.narrative).toBe(true);
        expect(idSchema.safeParse(r.id).success).toBe(true);
        expect(r.kpiActuals.map((k) => k.name)).toEqual(indicators.map((k) => k.name));
        const distance = new Map<string, number>();
        for (const actual of r.kpiActuals) {
          const kpi = indicators.find((k) => k.name === actual.name)!;
          const [lo, hi] = [Math.min(kpi.baseline, kpi.target), Math.max(kpi.baseline, kpi.target)];
          expect(actual.actual).toBeGreaterThanOrEqual(lo);
          expect(actual.actual).toBeLessThanOrEqual(hi);
          const d = Math.abs(kpi.target - actual.actual);
          expect(d).toBeLessThanOrEqual(previousDistance.get(actual.name) ?? Infinity);
          distance.set(actual.name, d);
        }
        previousDistance = distance;
      }
    }
    const ids = demos.flatMap((d) => d.progressReports.map((r) => r.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names the unit author on its reports, and no one elsewhere', () => {
    for (const { innovation, progressReports } of withReports) {
      for (const r of progressReports) {
        if (innovation.unitId === units[4]!.id)
          expect(['staff-dinkes', 'head-dinkes']).toContain(r.createdBy);
        else expect(r.createdBy).toBeNull();
      }
    }
  });

  it('gives the same reports for the same seed and others for another seed', () => {
    const again = generateDemoInnovations(authored);
    expect(again.map((d) => d.progressReports)).toEqual(demos.map((d) => d.progressReports));
    const other = generateDemoInnovations({ ...authored, seed: 7 });
    expect(other.flatMap((d) => d.progressReports)).not.toEqual(
      demos.flatMap((d) => d.progressReports),
    );
  });
});
