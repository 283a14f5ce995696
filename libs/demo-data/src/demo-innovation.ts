import {
  activeStages,
  bentukValues,
  defaultTahapan,
  dimensionKeys,
  dimensionOfElement,
  emptySections,
  isActiveStage,
  stageIndex,
  tahapanValues,
  type ActiveStage,
  type Bentuk,
  type DimensionKey,
  type EvaluationSection,
  type FundingSource,
  type Inisiator,
  type Innovation,
  type Jenis,
  type KpiActual,
  type NeedSection,
  type Outcome,
  type ProblemSection,
  type ProcessSection,
  type ProgressReport,
  type QuickWinSection,
  type QuickWinStatus,
  type Sections,
  type Stage,
  type UnitType,
} from '@smartcity/domain';
import type { NewAuditEvent } from '@smartcity/db';
import {
  discontinueReasons,
  impactfulNotes,
  kecamatanResponsible,
  legalBases,
  lessonsLearned,
  moveBackReasons,
  needsImprovementNotes,
  notImpactfulNotes,
  progressNarratives,
} from './content/phrases';
import type { Topic } from './content/topics';
import { kecamatanNames } from './content/unit-profiles';
import { addMonths, dayMs, isoDate } from './dates';
import { createRandom, mixSeed, type Random } from './prng';
import { required } from './required';

/** The label every demo summary ends with, so that nobody mistakes demo data for real records. */
export const demoLabel = '(Data demo ilustratif)';

/** A unit as the generator needs it. */
export type DemoUnit = {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly type: UnitType;
};

/**
 * One generated innovation, its history (oldest event first) and the progress reports on its
 * quick win (oldest first; each one also has its `innovation.progress_reported` event).
 */
export type DemoInnovation = {
  readonly innovation: Innovation;
  readonly events: readonly NewAuditEvent[];
  readonly progressReports: readonly ProgressReport[];
};

/** Everything that decides one innovation; the rest is drawn from `random`. */
export type DemoSpec = {
  readonly id: string;
  readonly unit: DemoUnit;
  readonly urusan: string;
  readonly topic: Topic;
  /** A fixed title (the publicly reported innovations); otherwise composed from the topic. */
  readonly title?: string;
  readonly stage: Stage;
  /** For a discontinued innovation: the stage it was discontinued from. */
  readonly discontinuedFrom: ActiveStage | null;
  readonly stale: boolean;
  readonly isPublic: boolean;
  readonly inisiator?: Inisiator;
  readonly extraDimensions?: readonly DimensionKey[];
  /** Unit users who write the innovation; the last one acts as the unit head. */
  readonly authors: readonly string[];
  readonly coordinatorId: string | null;
  readonly regionId: string | null;
  readonly now: Date;
  /** The earliest creation date. */
  readonly start: Date;
  /** A window for the creation date (the publicly reported innovations); else by stage. */
  readonly createdBetween?: readonly [Date, Date];
};

type Step =
  | { readonly kind: 'created' }
  | { readonly kind: 'section'; readonly section: ActiveStage; readonly revision: Revision }
  | {
      readonly kind: 'advance';
      readonly from: ActiveStage;
      readonly to: Stage;
      readonly outcome: Outcome | null;
    }
  | { readonly kind: 'move_back'; readonly from: ActiveStage; readonly to: ActiveStage }
  | { readonly kind: 'discontinue'; readonly from: ActiveStage }
  | { readonly kind: 'publish' };

/** Which version of a section a step writes. */
type Revision =
  'complete' | 'partial' | 'revised' | 'needs_improvement' | 'impactful' | 'not_impactful';

/** Longest time from creation to the last event, by final stage (younger work is earlier). */
const maxSpanDays: Readonly<Record<Stage, number>> = {
  problem: 200,
  need: 300,
  process: 420,
  quick_win: 700,
  evaluation: 900,
  sustained: 5000,
  discontinued: 5000,
};

const fill = (template: string, vars: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (match, key: string) =>
    vars[key] === undefined ? match : String(vars[key]),
  );

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/** A 32-bit FNV-1a hash of a string (to seed a stream from an id). */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * Builds one demo innovation, its event history and its progress reports. The path through the
 * lifecycle follows the real rules: every stage passed has a section that opens its gate (a quick
 * win submitted to evaluation has at least one progress report before the move), the current
 * stage is partly or fully written, later sections are empty; the history ends at `updatedAt`.
 *
 * A quick win that has started (a status other than `planned`, a start date before the next step
 * of the history) gets one to four reports, made after its section is written and dated from its
 * start on, before that next step (or before now; for a stale innovation, more than 30 days ago).
 * One submitted to evaluation always has started when its section was written, so it always has
 * a report before the move. Progress never goes down; the last report's status is the section's
 * (`done` at 100 %); the KPIs move from their baseline towards their target. Reports are drawn
 * from a stream of their own (seeded by the id), so that the rest of an innovation is what it was
 * before reports existed.
 */
export function buildDemoInnovation(spec: DemoSpec, random: Random): DemoInnovation {
  const { topic, unit, stage } = spec;
  const active = isActiveStage(stage);
  // The stage whose section is being worked on last (for a discontinued one: where it stopped).
  const reach: ActiveStage | 'sustained' = active
    ? stage
    : stage === 'sustained'
      ? 'sustained'
      : (spec.discontinuedFrom ?? 'problem');

  // ── the path, as steps without times ──────────────────────────────────────────────────
  const steps: Step[] = [{ kind: 'created' }];
  const reachIndex = reach === 'sustained' ? activeStages.length : stageIndex(reach);
  const reachesEvaluation = reachIndex >= stageIndex('evaluation');
  const improvementLoop =
    (reachesEvaluation && random.chance(0.25)) || (reach === 'quick_win' && random.chance(0.1));
  const moveBackAt: ActiveStage | null =
    reachIndex >= 2 && random.chance(0.08)
      ? reachIndex >= 3 && random.chance(0.5)
        ? 'need'
        : 'problem'
      : null;
  // A quick win sent back by its assessors ("perlu perbaikan") and revised.
  const improvementRound = (): void => {
    steps.push({ kind: 'advance', from: 'quick_win', to: 'evaluation', outcome: null });
    steps.push({ kind: 'section', section: 'evaluation', revision: 'needs_improvement' });
    steps.push({
      kind: 'advance',
      from: 'evaluation',
      to: 'quick_win',
      outcome: 'needs_improvement',
    });
    steps.push({ kind: 'section', section: 'quick_win', revision: 'revised' });
  };
  for (const s of activeStages.slice(0, Math.min(reachIndex, stageIndex('evaluation')))) {
    steps.push({ kind: 'section', section: s, revision: 'complete' });
    if (s === 'quick_win' && improvementLoop) improvementRound();
    const next = required(activeStages[stageIndex(s) + 1], `the stage after ${s}`);
    steps.push({ kind: 'advance', from: s, to: next, outcome: null });
    if (s === moveBackAt) {
      steps.push({ kind: 'move_back', from: next, to: s });
      steps.push({ kind: 'section', section: s, revision: 'revised' });
      steps.push({ kind: 'advance', from: s, to: next, outcome: null });
    }
  }
  const tail = (): void => {
    if (reach === 'sustained') {
      steps.push({ kind: 'section', section: 'evaluation', revision: 'impactful' });
      steps.push({ kind: 'advance', from: 'evaluation', to: 'sustained', outcome: 'impactful' });
      return;
    }
    if (stage === 'discontinued' && reach === 'evaluation') {
      steps.push({ kind: 'section', section: 'evaluation', revision: 'not_impactful' });
      steps.push({
        kind: 'advance',
        from: 'evaluation',
        to: 'discontinued',
        outcome: 'not_impactful',
      });
      return;
    }
    // The current stage, written partly or fully (an evaluation waits for its assessors).
    if (reach === 'quick_win' && improvementLoop) {
      steps.push({ kind: 'section', section: 'quick_win', revision: 'complete' });
      improvementRound();
    } else if (reach !== 'evaluation' || random.chance(0.5)) {
      const complete =
        reach === 'quick_win'
          ? random.chance(0.75)
          : reach === 'evaluation'
            ? false
            : random.chance(0.35);
      if (reach !== 'problem' || random.chance(0.85))
        steps.push({
          kind: 'section',
          section: reach,
          revision: complete ? 'complete' : 'partial',
        });
    }
    if (stage === 'discontinued') steps.push({ kind: 'discontinue', from: reach });
  };
  tail();
  if (spec.isPublic) {
    const at = random.int(1, steps.length);
    steps.splice(at, 0, { kind: 'publish' });
  }

  // ── times: from creation to the last event ────────────────────────────────────────────
  const now = spec.now.getTime();
  const minute = 60_000;
  const last =
    active && !spec.stale
      ? now - random.int(60, 27 * 24 * 60) * minute
      : active
        ? now - random.int(32, 330) * dayMs - random.int(0, 1439) * minute
        : now - random.int(10, 700) * dayMs - random.int(0, 1439) * minute;
  const available = Math.max(last - spec.start.getTime(), steps.length * minute);
  const minSpan = Math.min(steps.length * 2 * dayMs, available);
  const maxSpan = Math.max(minSpan, Math.min(maxSpanDays[stage] * dayMs, available));
  let span = minSpan + Math.pow(random.next(), 0.8) * (maxSpan - minSpan);
  if (spec.createdBetween) {
    const [from, to] = spec.createdBetween.map((d) => d.getTime()) as [number, number];
    const wanted = from + random.next() * Math.max(0, to - from);
    span = Math.min(Math.max(last - wanted, minSpan), available);
  }
  const created = last - span;
  const weights = steps.map((step, i) => {
    if (i === 0) return 0;
    const w = 0.4 + random.next();
    if (step.kind === 'advance' && step.to === 'evaluation') return w * 8; // the quick win runs
    if (step.kind === 'advance' && step.from === 'evaluation') return w * 2;
    return w;
  });
  const totalWeight = weights.reduce((a, b) => a + b, 0) || 1;
  let cumulative = 0;
  const times = weights.map((w, i) => {
    cumulative += w;
    // Whole seconds, strictly increasing, the last exactly at `last`.
    const t = i === steps.length - 1 ? last : created + (span * cumulative) / totalWeight;
    return Math.floor(t / 1000) * 1000;
  });
  let previousTime = -Infinity;
  for (const [i, t] of times.entries()) {
    const strictlyLater = t <= previousTime ? previousTime + 1000 : t;
    times[i] = strictlyLater;
    previousTime = strictlyLater;
  }
  const firstTime = required(times[0], 'the time of the first step');

  // ── text ──────────────────────────────────────────────────────────────────────────────
  const inKecamatan = unit.type === 'kecamatan';
  const place = inKecamatan
    ? unit.name
    : spec.title === undefined && random.chance(0.45)
      ? `Kecamatan ${random.pick(kecamatanNames)}`
      : 'Kabupaten Sumedang';
  const createdYear = new Date(firstTime).getUTCFullYear();
  const vars = {
    place,
    pct: random.int(15, 65),
    n: random.int(3, 12),
    days: random.int(4, 21),
    year: createdYear - 1,
  };
  const title =
    spec.title ??
    `${random.pick(topic.names)}: ${topic.subject}${place.startsWith('Kecamatan') ? ` di ${place}` : ''}`;
  const pilot = place.startsWith('Kecamatan') && !inKecamatan ? ` Uji coba di ${place}.` : '';
  const summary = `${fill(topic.summary, vars)}${pilot} ${demoLabel}`;
  const responsible = inKecamatan ? random.pick(kecamatanResponsible) : topic.responsible;

  // ── sections, as each step writes them ────────────────────────────────────────────────
  const problem = (revision: Revision): ProblemSection => {
    const full: ProblemSection = {
      statement: fill(topic.problem, vars),
      affectedGroup: topic.affectedGroup,
      evidence: fill(topic.evidence, vars),
      source: topic.source,
    };
    if (revision !== 'partial') return full;
    return random.chance(0.5)
      ? { statement: full.statement, affectedGroup: full.affectedGroup }
      : { statement: full.statement };
  };
  const kpiBaseline = random.int(topic.kpi.baseline[0], topic.kpi.baseline[1]);
  const kpiTarget = random.int(topic.kpi.target[0], topic.kpi.target[1]);
  const beneficiaryCount = roundTo(
    random.int(topic.beneficiaryCount[0], topic.beneficiaryCount[1]),
    topic.beneficiaryCount[1] >= 1000 ? 10 : 1,
  );
  const need = (revision: Revision, at: number): NeedSection => {
    if (revision === 'partial') {
      return { statement: topic.need, beneficiaries: { who: topic.beneficiaries }, indicators: [] };
    }
    return {
      statement: topic.need,
      beneficiaries: { who: topic.beneficiaries, estimatedCount: beneficiaryCount },
      indicators: [
        {
          name: topic.kpi.name,
          unit: topic.kpi.unit,
          baseline: kpiBaseline,
          target: kpiTarget,
          targetDate: isoDate(at + random.int(300, 500) * dayMs),
        },
      ],
    };
  };
  const needsApplication = topic.application !== undefined && random.chance(0.8);
  const legalBasis = random.chance(0.5)
    ? fill(random.pick(legalBases), { n: random.int(2, 60), year: createdYear })
    : undefined;
  const process = (revision: Revision): ProcessSection => {
    if (revision === 'partial') {
      return { asIs: [...topic.asIs], toBe: [], needsApplication: false };
    }
    return {
      asIs: [...topic.asIs],
      toBe: [...topic.toBe],
      needsApplication,
      ...(needsApplication && topic.application
        ? { applicationJustification: topic.application }
        : {}),
      ...(legalBasis ? { legalBasis } : {}),
    };
  };
  const funding: FundingSource = random.weighted<FundingSource>([
    ['apbd', 0.55],
    ['apbdes', inKecamatan ? 0.25 : 0.05],
    ['csr', 0.1],
    ['apbn', 0.05],
    ['none', 0.2],
  ]);
  const budget =
    funding === 'none'
      ? 0
      : roundTo(random.int(Math.max(topic.budget[0], 5), Math.max(topic.budget[1], 10)), 0.5) *
        1_000_000;
  const lessons = random.pick(lessonsLearned);
  let firstStart: string | null = null;
  const quickWin = ({
    revision,
    at,
    nextEval,
    revisedLater,
  }: {
    readonly revision: Revision;
    readonly at: number;
    readonly nextEval: number | null;
    readonly revisedLater: boolean;
  }): QuickWinSection => {
    // A revised quick win (after "needs improvement") restarts; it never starts before the first.
    const offset = revision === 'revised' ? random.int(0, 10) : random.int(-20, 25);
    // One submitted to evaluation has been running (it needs a progress report before the move).
    const drawn = isoDate(at + (nextEval === null ? offset : Math.min(offset, 0)) * dayMs);
    const startDate = firstStart !== null && drawn < firstStart ? firstStart : drawn;
    firstStart ??= startDate;
    const targetDate = addMonths(startDate, random.int(3, 11));
    const base = { deliverable: fill(topic.deliverable, vars), responsiblePerson: responsible };
    if (revision === 'partial') return random.chance(0.5) ? { ...base, startDate } : base;
    let status: QuickWinStatus;
    const today = isoDate(now);
    if (nextEval !== null) {
      const done = random.chance(0.85);
      // Sent back by the assessors and revised later: it was not finished (progress never goes
      // down, and a finished one would leave the revision nothing to report).
      status = done && !revisedLater ? 'done' : 'in_progress';
    } else if (stage === 'discontinued') {
      status = 'stalled';
    } else if (startDate > today) {
      status = 'planned';
    } else if (targetDate < today) {
      status = random.weighted<QuickWinStatus>([
        ['done', 0.35],
        ['in_progress', 0.35],
        ['stalled', 0.3],
      ]);
    } else {
      status = random.weighted<QuickWinStatus>([
        ['in_progress', 0.75],
        ['stalled', 0.1],
        ['done', 0.1],
        ['planned', 0.05],
      ]);
    }
    return { ...base, startDate, targetDate, budget, fundingSource: funding, status };
  };
  const evaluation = (revision: Revision): EvaluationSection => {
    switch (revision) {
      case 'impactful':
        return {
          outcome: 'impactful',
          notes: random.pick(impactfulNotes),
          lessonsLearned: lessons,
        };
      case 'not_impactful':
        return {
          outcome: 'not_impactful',
          notes: random.pick(notImpactfulNotes),
          lessonsLearned: lessons,
        };
      case 'needs_improvement':
        return { outcome: 'needs_improvement', notes: random.pick(needsImprovementNotes) };
      case 'complete':
      case 'partial':
      case 'revised':
        return { notes: 'Menunggu penilaian seluruh penilai yang ditugaskan.' };
    }
  };

  // ── replay the steps: state, events, actors ───────────────────────────────────────────
  const author = spec.authors.length > 0 ? random.pick(spec.authors) : null;
  const head = spec.authors.at(-1) ?? null;
  let sections: Sections = emptySections();
  let current: Stage = 'problem';
  let isPublic = false;
  let updatedBy: string | null = author;
  let trialDate: string | null = null;
  let implementationDate: string | null = null;
  let discontinuedFrom: ActiveStage | null = null;
  const events: NewAuditEvent[] = [];
  const event = ({
    at,
    actor,
    action,
    before,
    after,
  }: {
    readonly at: number;
    readonly actor: string | null;
    readonly action: string;
    /** Absent on a creation. */
    readonly before?: unknown;
    readonly after: unknown;
  }): void => {
    updatedBy = actor;
    events.push({
      occurredAt: new Date(at),
      regionId: spec.regionId,
      actorUserId: actor,
      entityType: 'innovation',
      entityId: spec.id,
      action,
      ...(before === undefined ? {} : { before }),
      after,
    });
  };
  const nextEvaluationAfter = (i: number): number | null => {
    for (const [j, s] of steps.entries()) {
      if (j <= i) continue;
      if (s.kind === 'advance' && s.to === 'evaluation') return required(times[j], 'a step time');
      if (s.kind === 'section' && s.section === 'quick_win') return null;
    }
    return null;
  };
  const revisedAfter = (i: number): boolean =>
    steps.some(
      (s, j) =>
        j > i && s.kind === 'section' && s.section === 'quick_win' && s.revision === 'revised',
    );

  // ── progress reports: a stream of their own, so that the draws above stay as they were ───────
  const reportRandom = createRandom(mixSeed(hashString(spec.id), 0x9e5));
  const effect = 0.55 + 0.45 * reportRandom.next(); // how much of the KPI target the work reaches
  const progressReports: ProgressReport[] = [];
  const hex = (value: number, digits: number) =>
    (value >>> 0).toString(16).padStart(digits, '0').slice(-digits);
  // Unique per innovation (the id's first group is) and per report (the second group).
  const reportId = (k: number): string => {
    const r16 = () => reportRandom.int(0, 0xffff);
    const variant = (0x8000 | (r16() & 0x3fff)) >>> 0;
    return `${spec.id.slice(0, 8)}-${hex(k, 4)}-4${hex(r16(), 3)}-${hex(variant, 4)}-${hex(r16(), 4)}${hex(r16(), 4)}${hex(r16(), 4)}`;
  };
  const kpiActuals = (percent: number): KpiActual[] =>
    sections.need.indicators.map((k) => {
      const actual = k.baseline + ((k.target - k.baseline) * effect * percent) / 100;
      return { name: k.name, actual: Math.round(actual * 10) / 10 };
    });
  /**
   * The reports on the quick win written at step `i` (time `at`), before `end`, each with its
   * event, as `progress.add` records them: the quick win takes the report's status.
   */
  const reportRound = (i: number, at: number, end: number): void => {
    const q = sections.quick_win;
    const status = q.status;
    if (status === undefined || status === 'planned' || q.startDate === undefined) return;
    // Reports speak of days from the start on, and mostly of the quick win's run (up to some
    // weeks after its target date), though never after `end`.
    const from = Math.max(at, Date.parse(`${q.startDate}T00:00:00.000Z`));
    const runEnd =
      q.targetDate === undefined ? end : Date.parse(`${q.targetDate}T00:00:00.000Z`) + 45 * dayMs;
    const until = runEnd > from ? Math.min(end, runEnd) : end;
    if (from >= until) return;
    // Times first (strictly between the step and `until`), then as many reports as fit.
    const wanted = reportRandom.int(1, 4);
    const gap = until - from;
    const wholeSeconds = gap >= wanted * 120_000;
    const times: number[] = [];
    for (let k = 0; k < wanted; k++) {
      let t = from + Math.floor((gap * (k + 0.15 + 0.7 * reportRandom.next())) / wanted);
      if (wholeSeconds) t = Math.floor(t / 1000) * 1000;
      t = Math.max(t, (times.at(-1) ?? at) + 1);
      if (t < until) times.push(t);
    }
    const count = times.length;
    if (count === 0) return;
    const floor = progressReports.at(-1)?.progressPercent ?? 0;
    const between = (lo: number, hi: number) => reportRandom.int(lo, Math.max(lo, hi));
    const sentBack = revisedAfter(i);
    const final =
      status === 'done'
        ? 100
        : status === 'in_progress'
          ? between(Math.max(floor, sentBack ? 35 : 15), sentBack ? 85 : 95)
          : between(Math.max(floor, 10), 75);
    const percents = Array.from({ length: count - 1 }, () =>
      between(floor, Math.min(final, 95)),
    ).sort((a, b) => a - b);
    percents.push(final);
    // A stalled quick win plateaus: its last two reports stand at the same progress.
    if (status === 'stalled' && count >= 2) percents[count - 2] = final;
    for (const [k, t] of times.entries()) {
      const percent = required(percents[k], 'a progress percent');
      const last = k === count - 1;
      const reportStatus: QuickWinStatus = last ? status : 'in_progress';
      const pool =
        last && status === 'done'
          ? progressNarratives.done
          : last && status === 'stalled'
            ? progressNarratives.stalled
            : percent < 35
              ? progressNarratives.early
              : progressNarratives.middle;
      const previous = progressReports.at(-1);
      const report: ProgressReport = {
        id: reportId(progressReports.length),
        innovationId: spec.id,
        reportDate: isoDate(t),
        progressPercent: percent,
        narrative: fill(reportRandom.pick(pool), { pct: percent }),
        kpiActuals: kpiActuals(percent),
        status: reportStatus,
        decreaseReason: null,
        createdAt: new Date(t).toISOString(),
        createdBy: author,
      };
      progressReports.push(report);
      event({
        at: t,
        actor: author,
        action: 'innovation.progress_reported',
        before: {
          progressPercent: previous?.progressPercent ?? null,
          status: sections.quick_win.status ?? null,
        },
        after: {
          reportId: report.id,
          progressPercent: report.progressPercent,
          status: report.status,
        },
      });
      sections = {
        ...sections,
        quick_win: { ...sections.quick_win, status: reportStatus },
      };
    }
  };

  for (const [i, step] of steps.entries()) {
    const at = required(times[i], 'a step time');
    switch (step.kind) {
      case 'created':
        event({
          at,
          actor: author,
          action: 'innovation.created',
          after: {
            title,
            stage: 'problem',
            unitId: unit.id,
          },
        });
        break;
      case 'section': {
        const before = sections[step.section];
        let data: Sections[ActiveStage];
        switch (step.section) {
          case 'problem':
            data = problem(step.revision);
            break;
          case 'need':
            data = need(step.revision, at);
            break;
          case 'process':
            data = process(step.revision);
            break;
          case 'quick_win': {
            const q = quickWin({
              revision: step.revision,
              at,
              nextEval: nextEvaluationAfter(i),
              revisedLater: revisedAfter(i),
            });
            if (q.status && q.status !== 'planned' && q.startDate) trialDate ??= q.startDate;
            data = q;
            break;
          }
          case 'evaluation':
            data = evaluation(step.revision);
            break;
        }
        sections = { ...sections, [step.section]: data };
        // The evaluation section is the coordinator's (see `sectionEditRefusal`).
        const actor = step.section === 'evaluation' ? spec.coordinatorId : author;
        event({
          at,
          actor,
          action: 'innovation.section_updated',
          before: { section: step.section, data: before },
          after: { section: step.section, data },
        });
        if (step.section === 'quick_win') {
          // Reports come before the next step; after the last one, before now (and a stale
          // innovation stays stale: nothing in the last 30 days).
          const end =
            times[i + 1] ?? (spec.stale ? Math.max(at + 1, now - 31 * dayMs) : now - minute);
          reportRound(i, at, end);
        }
        break;
      }
      case 'advance': {
        const actor =
          step.from === 'evaluation'
            ? spec.coordinatorId
            : step.from === 'quick_win'
              ? head
              : author;
        current = step.to;
        if (step.to === 'sustained') implementationDate = isoDate(at);
        if (step.to === 'discontinued') discontinuedFrom = step.from;
        // An outcome is consumed by the move it caused (as the domain's transition does).
        if (step.from === 'evaluation' && step.to === 'quick_win') {
          const { outcome: _consumed, ...rest } = sections.evaluation;
          sections = { ...sections, evaluation: rest };
        }
        event({
          at,
          actor,
          action: 'innovation.advanced',
          before: { stage: step.from },
          after: {
            stage: step.to,
            reason: null,
            outcome: step.outcome,
          },
        });
        break;
      }
      case 'move_back': {
        current = step.to;
        event({
          at,
          actor: author,
          action: 'innovation.moved_back',
          before: { stage: step.from },
          after: {
            stage: step.to,
            reason: random.pick(moveBackReasons),
            outcome: null,
          },
        });
        break;
      }
      case 'discontinue':
        current = 'discontinued';
        discontinuedFrom = step.from;
        event({
          at,
          actor: head ?? spec.coordinatorId,
          action: 'innovation.discontinued',
          before: { stage: step.from },
          after: {
            stage: 'discontinued',
            reason: random.pick(discontinueReasons),
            outcome: null,
          },
        });
        break;
      case 'publish':
        isPublic = true;
        event({
          at,
          actor: head ?? spec.coordinatorId,
          action: 'innovation.published',
          before: { isPublic: false },
          after: {
            isPublic: true,
          },
        });
        break;
    }
  }
  if (current !== stage)
    throw new Error(`demo path of ${spec.id} ended at ${current}, not ${stage}`);

  // ── the profile ───────────────────────────────────────────────────────────────────────
  const dimension = dimensionOfElement(topic.element);
  const extraDimensions =
    spec.extraDimensions ??
    (random.chance(0.35)
      ? random
          .shuffle(dimensionKeys.filter((d) => d !== dimension))
          .slice(0, random.chance(0.25) ? 2 : 1)
      : []);
  const jenis: Jenis = spec.title
    ? topic.digital
      ? 'digital'
      : 'non_digital'
    : topic.digital
      ? random.chance(0.9)
        ? 'digital'
        : 'non_digital'
      : random.chance(0.12)
        ? 'digital'
        : 'non_digital';
  const bentuk: Bentuk =
    spec.title || random.chance(0.9) ? topic.bentuk : random.pick(bentukValues);
  const inisiator: Inisiator =
    spec.inisiator ??
    random.weighted<Inisiator>([
      ['unit', 0.5],
      ['civil_servant', 0.2],
      ['regional_head', 0.15],
      ['community', 0.1],
      ['dprd', 0.05],
    ]);
  const followed = defaultTahapan(
    stage === 'discontinued' ? (discontinuedFrom ?? 'problem') : stage,
  );
  const manual = !spec.title && random.chance(0.04);
  const tahapan = manual ? random.pick(tahapanValues.filter((t) => t !== followed)) : followed;

  const innovation: Innovation = {
    id: spec.id,
    unitId: unit.id,
    title,
    summary,
    dimension,
    element: topic.element,
    extraDimensions,
    isPublic,
    jenis,
    bentuk,
    inisiator,
    tahapan,
    tahapanManual: manual,
    urusan: spec.urusan,
    trialDate,
    implementationDate,
    stage,
    discontinuedFrom,
    sections,
    version: events.length,
    createdAt: new Date(firstTime).toISOString(),
    createdBy: author,
    // The last event: a step, or a progress report after the last step.
    updatedAt: required(events.at(-1), 'the last event').occurredAt.toISOString(),
    updatedBy,
  };
  return { innovation, events, progressReports };
}
