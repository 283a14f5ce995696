import type { Kysely, Transaction } from 'kysely';
import {
  aggregateScores,
  defaultRubric,
  defaultThresholds,
  outcomeLabels,
  outcomes,
  type CriterionScore,
  type EvaluationRound,
  type EvaluationSection,
  type Outcome,
  type Rubric,
  type ScoreSheet,
  type Thresholds,
} from '@smartcity/domain';
import {
  appendEvents,
  findCredentialsByEmail,
  findRegionByName,
  insertRound,
  insertRoundContents,
  type Database,
  type NewAuditEvent,
} from '@smartcity/db';
import { sumedangRegion } from '@smartcity/db/demo';
import {
  criterionComments,
  fallbackOutcomeNotes,
  genericComments,
  scoreBand,
} from './content/evaluation-comments';
import { dayMs } from './dates';
import { hashString } from './demo-innovation';
import { createRandom, demoUuid, mixSeed, type Random } from './prng';
import { required } from './required';
import { demoInnovationSeed } from './seed-demo-innovations';

type Db = Kysely<Database> | Transaction<Database>;

/** The demo's evaluators: the ministry's assessor (no unit) and the regency's team (Bapppeda). */
export const demoEvaluatorEmails = ['penilai@demo.test', 'penilai.kabupaten@demo.test'] as const;

/** The coordinator who runs the demo rounds. */
const coordinatorEmail = 'koordinator@demo.test';

/** Options of {@link seedDemoEvaluationRounds}. */
export type SeedDemoEvaluationRoundsOptions = {
  /** The present: the open round is this year's; every date lies before it. */
  readonly now: Date;
  readonly seed?: number;
};

/** What {@link seedDemoEvaluationRounds} inserted (all zero when it did nothing). */
export type DemoEvaluationRoundsReport = {
  readonly rounds: number;
  readonly innovations: number;
  readonly assignments: number;
  readonly evaluations: number;
};

/** An innovation's evaluation history, as read from the database. */
export type EvaluationHistory = {
  readonly innovationId: string;
  readonly unitId: string;
  readonly stage: string;
  /** Its `innovation.advanced` events into or out of `evaluation`, oldest first. */
  readonly advances: readonly {
    readonly at: Date;
    readonly from: string;
    readonly to: string;
    readonly outcome: Outcome | null;
  }[];
  /** The evaluation section as each `innovation.section_updated` event wrote it, oldest first. */
  readonly sections: readonly { readonly at: Date; readonly data: EvaluationSection }[];
  /** The evaluation section now. */
  readonly current: EvaluationSection;
};

/** An evaluator as the plan needs one. */
export type DemoEvaluator = { readonly id: string; readonly unitId: string | null };

/** What {@link planDemoEvaluationRounds} works from. */
export type DemoEvaluationInput = {
  readonly now: Date;
  readonly seed: number;
  readonly regionId: string | null;
  readonly coordinatorId: string;
  /** The ministry's assessor first: the open round's inbox is theirs. */
  readonly evaluators: readonly DemoEvaluator[];
  readonly histories: readonly EvaluationHistory[];
};

/** One evaluation as stored (first version: no corrections in the demo). */
export type PlannedEvaluation = {
  readonly id: string;
  readonly evaluatorId: string;
  readonly scores: ScoreSheet;
  readonly status: 'draft' | 'submitted';
  readonly at: Date;
};

/** An innovation in a planned round. */
export type PlannedEntry = {
  readonly innovationId: string;
  readonly addedAt: Date;
  readonly assignments: readonly { readonly evaluatorId: string; readonly assignedAt: Date }[];
  readonly evaluations: readonly PlannedEvaluation[];
  readonly outcome: {
    readonly outcome: Outcome;
    readonly notes: string;
    readonly lessonsLearned: string;
    readonly reconciliationNote: string;
    readonly at: Date;
  } | null;
};

/** A planned round, its innovations and the events of what happened in it. */
export type PlannedRound = {
  readonly round: EvaluationRound;
  readonly entries: readonly PlannedEntry[];
  readonly events: readonly NewAuditEvent[];
};

/**
 * Seeds two illustrative evaluation rounds over the demo innovations, in one transaction:
 *
 * - a **closed** round with every innovation whose history shows an evaluation outcome (an
 *   `innovation.advanced` out of `evaluation`; the last one counts), both demo evaluators
 *   assigned (never one of the innovation's own unit), their submitted sheets aggregating to the
 *   recorded outcome, a couple of disagreements with their reconciliation note, and the outcome,
 *   notes and lessons the history recorded. Named "Evaluasi Quick Win 2022" when those dates
 *   fall in 2022; otherwise the name and period cover the years they span.
 * - an **open** round of this year with the innovations now in `evaluation`, all assigned to
 *   `penilai@demo.test` (one draft, nothing submitted: work waits in the inbox), some also to the
 *   regency's team, who submitted part of theirs.
 *
 * Deterministic for the database's demo innovations, `now` and the seed. Idempotent: does nothing
 * when any round exists (or the region, the coordinator or `penilai@demo.test` is missing).
 * Needs `seedDemoData` and `seedDemoInnovations` first. Events for the rounds and the submitted
 * evaluations follow the API's (`evaluation_round.*`, `evaluation.submitted`); the innovations'
 * outcomes are already in their own histories.
 */
export async function seedDemoEvaluationRounds(
  db: Kysely<Database>,
  options: SeedDemoEvaluationRoundsOptions,
): Promise<DemoEvaluationRoundsReport> {
  const none: DemoEvaluationRoundsReport = {
    rounds: 0,
    innovations: 0,
    assignments: 0,
    evaluations: 0,
  };
  return db.transaction().execute(async (trx) => {
    // A write first: it takes the region's row lock (PostgreSQL) or the write lock (SQLite), so
    // a second process seeding at the same time waits here and then finds the rounds.
    await trx
      .updateTable('regions')
      .set((eb) => ({ version: eb.ref('version') }))
      .where('name', '=', sumedangRegion.name)
      .execute();
    const existing = await trx.selectFrom('evaluation_rounds').select('id').executeTakeFirst();
    if (existing) return none;
    const region = await findRegionByName(trx, sumedangRegion.name);
    if (!region) return none;

    const coordinator = (await findCredentialsByEmail(trx, coordinatorEmail))?.user;
    const evaluators: DemoEvaluator[] = [];
    for (const email of demoEvaluatorEmails) {
      const user = (await findCredentialsByEmail(trx, email))?.user;
      if (user?.active && user.role === 'evaluator')
        evaluators.push({ id: user.id, unitId: user.unitId });
      else if (email === demoEvaluatorEmails[0]) return none;
    }
    if (!coordinator?.active) return none;

    const histories = await readEvaluationHistories(trx, region.id);
    const plan = planDemoEvaluationRounds({
      now: options.now,
      seed: options.seed ?? demoInnovationSeed,
      regionId: region.id,
      coordinatorId: coordinator.id,
      evaluators,
      histories,
    });

    let innovations = 0;
    let assignments = 0;
    let evaluations = 0;
    for (const { round, entries } of plan) {
      await insertRound(trx, round, coordinator.id);
      // A few multi-row statements: start-up seeds this into every new database.
      await insertRoundContents(trx, {
        roundId: round.id,
        actorUserId: coordinator.id,
        entries: entries.map((e) => ({
          innovationId: e.innovationId,
          at: e.addedAt,
          outcome: e.outcome,
        })),
        assignments: entries.flatMap((e) =>
          e.assignments.map((a) => ({
            innovationId: e.innovationId,
            evaluatorId: a.evaluatorId,
            at: a.assignedAt,
          })),
        ),
        evaluations: entries.flatMap((e) =>
          e.evaluations.map((v) => ({ ...v, innovationId: e.innovationId })),
        ),
      });
      for (const entry of entries) {
        innovations += 1;
        assignments += entry.assignments.length;
        evaluations += entry.evaluations.length;
      }
    }
    await appendEvents(
      trx,
      plan.flatMap((p) => p.events),
    );
    return { rounds: plan.length, innovations, assignments, evaluations };
  });
}

const asObject = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};

/** A parsed JSON column (PostgreSQL returns it parsed, SQLite as text). */
const fromJsonColumn = (value: unknown): unknown =>
  typeof value === 'string' ? (JSON.parse(value) as unknown) : value;

const isOutcome = (value: unknown): value is Outcome =>
  typeof value === 'string' && (outcomes as readonly string[]).includes(value);

/** The outcome that moved an innovation out of `evaluation` to `to` (as the lifecycle maps it). */
const outcomeOfMove = (to: string): Outcome | null =>
  to === 'sustained'
    ? 'impactful'
    : to === 'quick_win'
      ? 'needs_improvement'
      : to === 'discontinued'
        ? 'not_impactful'
        : null;

const evaluationSectionOf = (value: unknown): EvaluationSection => {
  const data = asObject(value);
  return {
    ...(isOutcome(data.outcome) ? { outcome: data.outcome } : {}),
    ...(typeof data.notes === 'string' ? { notes: data.notes } : {}),
    ...(typeof data.lessonsLearned === 'string' ? { lessonsLearned: data.lessonsLearned } : {}),
  };
};

/**
 * The evaluation histories of a region's innovations that were or are in evaluation: their
 * advances into and out of it, the evaluation section as the coordinator wrote it, and now.
 * Exported for the tests.
 */
export async function readEvaluationHistories(
  db: Db,
  regionId: string,
): Promise<EvaluationHistory[]> {
  const innovations = await db
    .selectFrom('innovations as i')
    .innerJoin('units as u', 'u.id', 'i.unit_id')
    .select(['i.id', 'i.unit_id', 'i.stage'])
    .where('u.region_id', '=', regionId)
    .orderBy('i.id')
    .execute();
  const byId = new Map(innovations.map((i) => [i.id, i]));
  const advanceRows = await db
    .selectFrom('events')
    .select(['entity_id', 'occurred_at', 'before', 'after'])
    .where('entity_type', '=', 'innovation')
    .where('action', '=', 'innovation.advanced')
    .orderBy('id')
    .execute();
  const advances = new Map<string, EvaluationHistory['advances'][number][]>();
  for (const row of advanceRows) {
    if (row.entity_id === null || !byId.has(row.entity_id)) continue;
    const from = asObject(fromJsonColumn(row.before)).stage;
    const after = asObject(fromJsonColumn(row.after));
    const to = after.stage;
    if (typeof from !== 'string' || typeof to !== 'string') continue;
    if (from !== 'evaluation' && to !== 'evaluation') continue;
    const outcome = isOutcome(after.outcome)
      ? after.outcome
      : from === 'evaluation'
        ? outcomeOfMove(to)
        : null;
    const list = advances.get(row.entity_id) ?? [];
    list.push({ at: new Date(row.occurred_at), from, to, outcome });
    advances.set(row.entity_id, list);
  }
  const ids = innovations
    .filter((i) => i.stage === 'evaluation' || advances.get(i.id)?.some((a) => a.outcome))
    .map((i) => i.id);
  if (ids.length === 0) return [];

  const sections = new Map<string, { at: Date; data: EvaluationSection }[]>();
  const current = new Map<string, EvaluationSection>();
  // In chunks: a statement's parameters are bounded (SQLite: 32,766).
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const sectionRows = await db
      .selectFrom('events')
      .select(['entity_id', 'occurred_at', 'after'])
      .where('entity_type', '=', 'innovation')
      .where('action', '=', 'innovation.section_updated')
      .where('entity_id', 'in', chunk)
      .orderBy('id')
      .execute();
    for (const row of sectionRows) {
      const after = asObject(fromJsonColumn(row.after));
      if (row.entity_id === null || after.section !== 'evaluation') continue;
      const list = sections.get(row.entity_id) ?? [];
      list.push({ at: new Date(row.occurred_at), data: evaluationSectionOf(after.data) });
      sections.set(row.entity_id, list);
    }
    const currentRows = await db
      .selectFrom('innovation_sections')
      .select(['innovation_id', 'data'])
      .where('section', '=', 'evaluation')
      .where('innovation_id', 'in', chunk)
      .execute();
    for (const row of currentRows)
      current.set(row.innovation_id, evaluationSectionOf(fromJsonColumn(row.data)));
  }
  return ids.map((id) => {
    const innovation = required(byId.get(id), `the innovation ${id}`);
    return {
      innovationId: id,
      unitId: innovation.unit_id,
      stage: innovation.stage,
      advances: advances.get(id) ?? [],
      sections: sections.get(id) ?? [],
      current: current.get(id) ?? {},
    };
  });
}

/** Whole seconds, as the demo histories use. */
const second = (ms: number): Date => new Date(Math.floor(ms / 1000) * 1000);

const utcYear = (at: Date | number): number => new Date(at).getUTCFullYear();

/** Score levels an evaluator draws from, by the verdict the sheets must reach. */
const levels: Readonly<Record<Outcome, readonly (readonly [number, number])[]>> = {
  impactful: [
    [4, 0.55],
    [5, 0.3],
    [3, 0.15],
  ],
  needs_improvement: [
    [3, 0.6],
    [4, 0.2],
    [2, 0.2],
  ],
  not_impactful: [
    [2, 0.55],
    [1, 0.2],
    [3, 0.25],
  ],
};

/** The score every criterion takes in the fallback sheets (exactly 75, 50 and 25 points). */
const uniformLevel: Readonly<Record<Outcome, number>> = {
  impactful: 4,
  needs_improvement: 3,
  not_impactful: 2,
};

const clampScore = (score: number) => Math.min(5, Math.max(1, score));

/**
 * `count` score sheets (the scores only) that aggregate to `verdict` under the rubric and
 * thresholds, and that disagree (≥ 2 points on a criterion) exactly when `disagree` is set (it
 * needs two sheets). Drawn from `random`; when no draw fits, uniform sheets that always do.
 */
export function demoScores({
  rubric,
  thresholds,
  verdict,
  count,
  disagree,
  random,
}: {
  readonly rubric: Rubric;
  readonly thresholds: Thresholds;
  readonly verdict: Outcome;
  readonly count: number;
  readonly disagree: boolean;
  readonly random: Random;
}): number[][] {
  const wantsDisagreement = disagree && count >= 2;
  const fits = (sheets: number[][]) => {
    const result = aggregateScores(
      rubric,
      thresholds,
      sheets.map((s) =>
        rubric.map((c, k) => ({
          criterion: c.key,
          score: required(s[k], `a score for ${c.key}`),
          comment: '',
        })),
      ),
    );
    return result.verdict === verdict && result.disagreement === wantsDisagreement;
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    const first = rubric.map(() => random.weighted(levels[verdict]));
    const sheets = [first];
    for (let n = 1; n < count; n++) {
      sheets.push(
        first.map((score) =>
          clampScore(
            score +
              random.weighted([
                [0, 0.6],
                [1, 0.2],
                [-1, 0.2],
              ]),
          ),
        ),
      );
    }
    if (wantsDisagreement) {
      const k = random.int(0, rubric.length - 1);
      const score = required(first[k], 'a score of the first sheet');
      required(sheets[1], 'the second sheet')[k] = score <= 3 ? score + 2 : score - 2;
    }
    if (fits(sheets)) return sheets;
  }
  // Uniform sheets score exactly 75, 50 or 25; a disagreement of ±1 around the level on one
  // criterion keeps its mean, so the verdict holds.
  const level = uniformLevel[verdict];
  const sheets = Array.from({ length: count }, () => rubric.map(() => level));
  if (wantsDisagreement) {
    required(sheets[0], 'the first sheet')[0] = level - 1;
    required(sheets[1], 'the second sheet')[0] = level + 1;
  }
  return sheets;
}

/** A sheet with a short Indonesian comment on each score. */
function withComments(rubric: Rubric, scores: readonly number[], random: Random): CriterionScore[] {
  return rubric.map((c, k) => {
    const score = required(scores[k], `a score for ${c.key}`);
    const pool = (criterionComments[c.key] ?? genericComments)[scoreBand(score)];
    return { criterion: c.key, score, comment: random.pick(pool) };
  });
}

/** The reconciliation note of two sheets that disagree, naming where and what was agreed. */
function reconciliationNoteOf({
  rubric,
  thresholds,
  sheets,
  outcome,
}: {
  readonly rubric: Rubric;
  readonly thresholds: Thresholds;
  readonly sheets: readonly ScoreSheet[];
  readonly outcome: Outcome;
}) {
  const result = aggregateScores(rubric, thresholds, sheets);
  const parts = result.criteria
    .filter((c) => c.disagreement)
    .map((c) => {
      const label = rubric.find((r) => r.key === c.criterion)?.label.id ?? c.criterion;
      return `${label} (${String(c.min)} dan ${String(c.max)})`;
    });
  return (
    `Penilai berbeda pendapat pada kriteria ${parts.join(', ')}. Setelah diskusi bersama ` +
    `koordinator dan pemeriksaan bukti laporan kemajuan, tim sepakat memakai rata-rata skor; ` +
    `hasil akhir: ${outcomeLabels[outcome].id.toLowerCase()}.`
  );
}

/**
 * Plans the demo rounds from the innovations' evaluation histories (pure and deterministic; see
 * {@link seedDemoEvaluationRounds}). A round without innovations is left out.
 */
export function planDemoEvaluationRounds(input: DemoEvaluationInput): PlannedRound[] {
  const { now, seed, regionId, coordinatorId, evaluators } = input;
  const nowMs = now.getTime();
  const master = createRandom(mixSeed(seed, 0xe7a1));
  const idMask = mixSeed(seed, 0xe7a2);
  let idIndex = 0;
  const nextId = () => demoUuid(idMask, idIndex++, master);
  const streamOf = (innovationId: string, round: number) =>
    createRandom(mixSeed(seed, 0xe7a3, round, hashString(innovationId)));
  const rubric = defaultRubric;
  const thresholds = defaultThresholds;
  const eligible = (unitId: string) =>
    evaluators.filter((e) => e.unitId === null || e.unitId !== unitId);
  const rounds: PlannedRound[] = [];

  // ── the closed round: every innovation with an outcome in its history ─────────────────
  const closed = input.histories.flatMap((h) => {
    const outIndex = h.advances.findLastIndex((a) => a.from === 'evaluation' && a.outcome);
    const out = h.advances[outIndex];
    if (!out?.outcome) return [];
    const into = h.advances.slice(0, outIndex).findLast((a) => a.to === 'evaluation');
    const start = into?.at.getTime() ?? out.at.getTime() - 30 * dayMs;
    // The coordinator wrote the section (with the outcome) just before the move: the scores
    // were in by then.
    const written = h.sections.findLast(
      (s) => s.at.getTime() >= start && s.at.getTime() <= out.at.getTime(),
    );
    const end = written?.at.getTime() ?? out.at.getTime();
    const section = written?.data ?? h.current;
    return [{ history: h, outcome: out.outcome, outAt: out.at, start, end, section }];
  });
  closed.sort(
    (a, b) =>
      a.outAt.getTime() - b.outAt.getTime() ||
      (a.history.innovationId < b.history.innovationId ? -1 : 1),
  );
  if (closed.length > 0) {
    const round = nextId();
    const pairs = closed.filter((c) => eligible(c.history.unitId).length >= 2);
    // A couple of disagreements, on innovations assessed by both evaluators.
    const disagreeing = new Set(
      master.shuffle(pairs.map((c) => c.history.innovationId)).slice(0, Math.min(2, pairs.length)),
    );
    const entries: PlannedEntry[] = closed.map((c) => {
      const random = streamOf(c.history.innovationId, 0);
      const w = Math.max(0, c.end - c.start);
      const addedAt = second(c.start + w * 0.04);
      const assignedAt = second(c.start + w * 0.08);
      const assigned = eligible(c.history.unitId);
      const disagree = disagreeing.has(c.history.innovationId);
      const scores = demoScores({
        rubric,
        thresholds,
        verdict: c.outcome,
        count: assigned.length,
        disagree,
        random,
      });
      const evaluations = assigned.map((e, k): PlannedEvaluation => ({
        id: nextId(),
        evaluatorId: e.id,
        scores: withComments(rubric, required(scores[k], 'a score sheet'), random),
        status: 'submitted',
        at: second(c.start + w * (0.3 + 0.6 * random.next())),
      }));
      const needs = (text: string | undefined, fallback: string, required: boolean) =>
        text && text.length > 0 ? text : required ? fallback : '';
      return {
        innovationId: c.history.innovationId,
        addedAt,
        assignments: assigned.map((e) => ({ evaluatorId: e.id, assignedAt })),
        evaluations,
        outcome: {
          outcome: c.outcome,
          notes: needs(
            c.section.notes,
            fallbackOutcomeNotes.notes,
            c.outcome === 'needs_improvement',
          ),
          lessonsLearned: needs(
            c.section.lessonsLearned,
            fallbackOutcomeNotes.lessonsLearned,
            c.outcome === 'not_impactful',
          ),
          reconciliationNote: disagree
            ? reconciliationNoteOf({
                rubric,
                thresholds,
                sheets: evaluations.map((e) => e.scores),
                outcome: c.outcome,
              })
            : '',
          at: c.outAt,
        },
      };
    });
    const first = Math.min(...closed.map((c) => c.start));
    const lastOutcome = Math.max(...closed.map((c) => c.outAt.getTime()));
    const [fromYear, toYear] = [utcYear(first), utcYear(lastOutcome)];
    const createdAt = second(first - dayMs);
    const openedAt = new Date(
      Math.min(...entries.map((e) => e.assignments[0]?.assignedAt.getTime() ?? Infinity)),
    );
    const closedAt = second(lastOutcome + Math.min(3_600_000, (nowMs - lastOutcome) / 2));
    const draft: EvaluationRound = {
      id: round,
      name:
        fromYear === toYear
          ? `Evaluasi Quick Win ${String(fromYear)}`
          : `Evaluasi Quick Win ${String(fromYear)}–${String(toYear)}`,
      periodStart: `${String(fromYear)}-01-01`,
      periodEnd: `${String(toYear)}-12-31`,
      rubric,
      thresholds,
      status: 'draft',
      version: 1,
      createdAt: createdAt.toISOString(),
      updatedAt: createdAt.toISOString(),
    };
    rounds.push(
      roundPlan({
        draft,
        entries,
        times: { openedAt, closedAt },
        actors: { regionId, coordinatorId },
      }),
    );
  }

  // ── the open round: this year's, with the innovations now in evaluation ────────────────
  const waiting = input.histories
    .filter((h) => h.stage === 'evaluation')
    .map((h) => ({
      history: h,
      since: h.advances.findLast((a) => a.to === 'evaluation')?.at.getTime() ?? nowMs - 7 * dayMs,
    }))
    .sort(
      (a, b) => a.since - b.since || (a.history.innovationId < b.history.innovationId ? -1 : 1),
    );
  if (waiting.length > 0) {
    const round = nextId();
    const year = utcYear(now);
    const createdMs = Math.max(Math.min(...waiting.map((w) => w.since)), nowMs - 45 * dayMs);
    const [first, team] = evaluators;
    const assessor = required(first, 'an evaluator for the open round');
    let teamAssigned = 0;
    const entries: PlannedEntry[] = waiting.map((w, index) => {
      const random = streamOf(w.history.innovationId, 1);
      const base = Math.max(w.since, createdMs);
      const gap = nowMs - base;
      const addedAt = second(base + gap * 0.1);
      const assignedAt = second(base + gap * 0.15);
      const assigned = [assessor];
      // The regency's team takes every other innovation (never one of its own unit) and has
      // submitted the first half of its share.
      if (team && index % 2 === 0 && (team.unitId === null || team.unitId !== w.history.unitId))
        assigned.push(team);
      const evaluations: PlannedEvaluation[] = [];
      if (index === 0) {
        // The assessor has started one: a draft of the first two criteria.
        const [scores] = demoScores({
          rubric,
          thresholds,
          verdict: 'impactful',
          count: 1,
          disagree: false,
          random,
        });
        evaluations.push({
          id: nextId(),
          evaluatorId: assessor.id,
          scores: withComments(rubric, required(scores, 'a score sheet'), random).slice(0, 2),
          status: 'draft',
          at: second(base + gap * 0.6),
        });
      }
      if (team && assigned.includes(team)) {
        teamAssigned += 1;
        if (teamAssigned % 2 === 1) {
          const verdict = random.weighted<Outcome>([
            ['impactful', 0.5],
            ['needs_improvement', 0.4],
            ['not_impactful', 0.1],
          ]);
          const [scores] = demoScores({
            rubric,
            thresholds,
            verdict,
            count: 1,
            disagree: false,
            random,
          });
          evaluations.push({
            id: nextId(),
            evaluatorId: team.id,
            scores: withComments(rubric, required(scores, 'a score sheet'), random),
            status: 'submitted',
            at: second(base + gap * (0.3 + 0.5 * random.next())),
          });
        }
      }
      return {
        innovationId: w.history.innovationId,
        addedAt,
        assignments: assigned.map((e) => ({ evaluatorId: e.id, assignedAt })),
        evaluations,
        outcome: null,
      };
    });
    const createdAt = second(createdMs);
    const openedAt = new Date(
      Math.min(
        ...entries.map((e) => required(e.assignments[0], 'an assignment').assignedAt.getTime()),
      ),
    );
    const draft: EvaluationRound = {
      id: round,
      name: `Evaluasi Quick Win ${String(year)}`,
      periodStart: `${String(year)}-01-01`,
      periodEnd: `${String(year)}-12-31`,
      rubric,
      thresholds,
      status: 'draft',
      version: 1,
      createdAt: createdAt.toISOString(),
      updatedAt: createdAt.toISOString(),
    };
    rounds.push(
      roundPlan({
        draft,
        entries,
        times: { openedAt, closedAt: null },
        actors: { regionId, coordinatorId },
      }),
    );
  }
  return rounds;
}

/**
 * A round in its final state and the events of its life, oldest first, as the API would have
 * written them: created, innovations added, evaluators assigned, opened, evaluations submitted
 * (drafts leave no event), closed.
 */
function roundPlan({
  draft,
  entries,
  times,
  actors,
}: {
  readonly draft: EvaluationRound;
  readonly entries: readonly PlannedEntry[];
  readonly times: { readonly openedAt: Date; readonly closedAt: Date | null };
  readonly actors: { readonly regionId: string | null; readonly coordinatorId: string };
}): PlannedRound {
  const opened: EvaluationRound = {
    ...draft,
    status: 'open',
    version: 2,
    updatedAt: times.openedAt.toISOString(),
  };
  const closed: EvaluationRound | null =
    times.closedAt === null
      ? null
      : { ...opened, status: 'closed', version: 3, updatedAt: times.closedAt.toISOString() };
  const base = {
    regionId: actors.regionId,
    actorUserId: actors.coordinatorId,
    entityType: 'evaluation_round',
    entityId: draft.id,
  };
  // Sorted by time; ties keep this order (the round's life before what happens in it).
  const events: (NewAuditEvent & { readonly order: number })[] = [
    {
      ...base,
      occurredAt: new Date(draft.createdAt),
      action: 'evaluation_round.created',
      after: draft,
      order: 0,
    },
  ];
  for (const entry of entries) {
    events.push({
      ...base,
      occurredAt: entry.addedAt,
      action: 'evaluation_round.innovation_added',
      after: { innovationId: entry.innovationId },
      order: 1,
    });
    for (const a of entry.assignments) {
      events.push({
        ...base,
        occurredAt: a.assignedAt,
        action: 'evaluation_round.evaluator_assigned',
        after: { innovationId: entry.innovationId, evaluatorId: a.evaluatorId },
        order: 2,
      });
    }
    for (const e of entry.evaluations) {
      if (e.status !== 'submitted') continue;
      events.push({
        regionId: actors.regionId,
        actorUserId: e.evaluatorId,
        entityType: 'evaluation',
        entityId: e.id,
        occurredAt: e.at,
        action: 'evaluation.submitted',
        after: {
          roundId: draft.id,
          innovationId: entry.innovationId,
          scores: e.scores,
          reason: null,
        },
        order: 4,
      });
    }
  }
  events.push({
    ...base,
    occurredAt: times.openedAt,
    action: 'evaluation_round.opened',
    before: draft,
    after: opened,
    order: 3,
  });
  if (closed && times.closedAt) {
    events.push({
      ...base,
      occurredAt: times.closedAt,
      action: 'evaluation_round.closed',
      before: opened,
      after: closed,
      order: 5,
    });
  }
  events.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.order - b.order);
  return {
    round: closed ?? opened,
    entries,
    events: events.map(({ order: _order, ...event }) => event),
  };
}
