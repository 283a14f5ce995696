import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { aggregateScores } from '@smartcity/domain';
import {
  findCredentialsByEmail,
  findInnovationById,
  findRegionByName,
  listEvents,
  listInbox,
  listRoundEntries,
  listRounds,
  listSubmittedEvaluations,
  type Database,
} from '@smartcity/db';
import { seedDemoData } from '@smartcity/db/demo';
import { testDatabaseFactories } from '@smartcity/db/testing';
import {
  planDemoEvaluationRounds,
  readEvaluationHistories,
  seedDemoEvaluationRounds,
} from './seed-demo-evaluation-rounds';
import { seedDemoInnovations } from './seed-demo-innovations';

const now = new Date('2026-03-02T09:00:00.000Z');

async function count(
  db: Kysely<Database>,
  table: 'evaluation_rounds' | 'round_innovations' | 'round_assignments' | 'evaluations' | 'events',
): Promise<number> {
  const { n } = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(n);
}

async function userId(db: Kysely<Database>, email: string): Promise<string> {
  return (await findCredentialsByEmail(db, email))!.user.id;
}

async function seedAll(db: Kysely<Database>) {
  await seedDemoData(db, now, { demoPasswordHash: '$argon2id$fake' });
  await seedDemoInnovations(db, { now });
  return seedDemoEvaluationRounds(db, { now });
}

describe.each(testDatabaseFactories())('seedDemoEvaluationRounds on $dialect', ({ open }) => {
  it('creates a closed round of the recorded outcomes and an open one of this year', async () => {
    const handle = await open();
    try {
      const report = await seedAll(handle.db);
      expect(report.rounds).toBe(2);
      const rounds = await listRounds(handle.db);
      expect(rounds.map((r) => r.status).sort()).toEqual(['closed', 'open']);
      const closed = rounds.find((r) => r.status === 'closed')!;
      const current = rounds.find((r) => r.status === 'open')!;
      expect(current).toMatchObject({
        name: 'Evaluasi Quick Win 2026',
        periodStart: '2026-01-01',
        periodEnd: '2026-12-31',
      });
      // The closed round's name and period cover the years its evaluations span.
      const years = closed.name.replace('Evaluasi Quick Win ', '').split('–');
      expect(closed.periodStart).toBe(`${years[0]!}-01-01`);
      expect(closed.periodEnd).toBe(`${years.at(-1)!}-12-31`);
      expect(closed.outcomes).toBe(closed.innovations);
      expect(closed.submitted).toBe(closed.assignments);
      expect(report.innovations).toBe(closed.innovations + current.innovations);

      // Exactly the innovations whose history shows an outcome are in the closed round.
      const events = await listEvents(handle.db, { entityType: 'innovation' });
      const evaluated = new Set(
        events
          .filter(
            (e) =>
              e.action === 'innovation.advanced' &&
              (e.before as { stage?: string } | null)?.stage === 'evaluation',
          )
          .map((e) => e.entityId),
      );
      const entries = await listRoundEntries(handle.db, closed.id);
      expect(new Set(entries.map((e) => e.innovationId))).toEqual(evaluated);
      expect(entries.length).toBeGreaterThan(10);

      let disagreements = 0;
      for (const entry of entries) {
        const sheets = await listSubmittedEvaluations(handle.db, closed.id, entry.innovationId);
        expect(sheets).toHaveLength(entry.assignments.length);
        expect(sheets.every((s) => s.scores.every((c) => c.comment.length > 0))).toBe(true);
        const result = aggregateScores(
          closed.rubric,
          closed.thresholds,
          sheets.map((s) => s.scores),
        );
        expect(result.verdict).toBe(entry.outcome);
        // A reconciliation note exactly where the evaluators disagree.
        expect(entry.reconciliationNote !== null).toBe(result.disagreement);
        if (result.disagreement) disagreements += 1;
        // Scored before the outcome was recorded (at the time the history recorded it).
        for (const sheet of sheets) expect(sheet.submittedAt! <= entry.recordedAt!).toBe(true);
        const outcomeEvent = events.findLast(
          (e) =>
            e.entityId === entry.innovationId &&
            e.action === 'innovation.advanced' &&
            (e.before as { stage?: string }).stage === 'evaluation',
        )!;
        expect(entry.recordedAt).toBe(outcomeEvent.occurredAt);
        expect((outcomeEvent.after as { outcome?: string }).outcome).toBe(entry.outcome);

        // The recorded texts are the innovation's evaluation section's.
        const innovation = (await findInnovationById(handle.db, entry.innovationId))!;
        const section = innovation.sections.evaluation;
        if (entry.outcome !== 'needs_improvement') {
          // It left evaluation for good: the section still holds the outcome and its texts.
          expect(section.outcome).toBe(entry.outcome);
          expect(entry.notes).toBe(section.notes ?? null);
          expect(entry.lessonsLearned).toBe(section.lessonsLearned ?? null);
        } else if (innovation.stage !== 'evaluation') {
          // Sent back to its quick win: the move consumed the outcome, the notes stay (until a
          // new submission to evaluation rewrites the section).
          expect(section.outcome).toBeUndefined();
          expect(entry.notes).toBe(section.notes);
        }
        if (entry.outcome === 'needs_improvement') expect(entry.notes?.length).toBeGreaterThan(10);
        if (entry.outcome === 'not_impactful')
          expect(entry.lessonsLearned?.length).toBeGreaterThan(10);
      }
      expect(disagreements).toBe(2);
    } finally {
      await handle.close();
    }
  });

  it('never assigns an evaluator an innovation of their own unit', async () => {
    const handle = await open();
    try {
      await seedAll(handle.db);
      const rows = await handle.db
        .selectFrom('round_assignments as a')
        .innerJoin('users as u', 'u.id', 'a.evaluator_id')
        .innerJoin('innovations as i', 'i.id', 'a.innovation_id')
        .select(['u.unit_id as evaluator_unit', 'i.unit_id as innovation_unit', 'u.role'])
        .execute();
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((r) => r.role === 'evaluator')).toBe(true);
      expect(rows.filter((r) => r.evaluator_unit === r.innovation_unit)).toEqual([]);
      // The regency's team sits in Bapppeda: both evaluators appear in the rounds.
      const team = await userId(handle.db, 'penilai.kabupaten@demo.test');
      expect(await listInbox(handle.db, team)).not.toEqual([]);
    } finally {
      await handle.close();
    }
  });

  it('leaves work in penilai@demo.test\u2019s inbox in the open round', async () => {
    const handle = await open();
    try {
      await seedAll(handle.db);
      const open = (await listRounds(handle.db)).find((r) => r.status === 'open')!;
      const stageEvaluation = await handle.db
        .selectFrom('innovations')
        .select('id')
        .where('stage', '=', 'evaluation')
        .execute();
      const entries = await listRoundEntries(handle.db, open.id);
      expect(entries.map((e) => e.innovationId).sort()).toEqual(
        stageEvaluation.map((r) => r.id).sort(),
      );
      expect(entries.every((e) => e.outcome === null)).toBe(true);

      const penilai = await userId(handle.db, 'penilai@demo.test');
      const inbox = (await listInbox(handle.db, penilai)).filter((i) => i.roundId === open.id);
      expect(inbox).toHaveLength(entries.length);
      expect(inbox.filter((i) => i.status === 'submitted')).toEqual([]);
      expect(inbox.filter((i) => i.status === 'draft')).toHaveLength(1);
      const submitted = await listSubmittedEvaluations(handle.db, open.id);
      expect(submitted.filter((s) => s.evaluatorId === penilai)).toEqual([]);
      // The regency's team has submitted part of its share.
      const team = await userId(handle.db, 'penilai.kabupaten@demo.test');
      const teamInbox = (await listInbox(handle.db, team)).filter((i) => i.roundId === open.id);
      expect(teamInbox.length).toBeLessThan(entries.length);
      expect(submitted.length).toBeGreaterThan(0);
      expect(submitted.length).toBeLessThan(teamInbox.length + 1);
      expect(submitted.every((s) => s.evaluatorId === team)).toBe(true);
      // Every date lies before now.
      for (const entry of entries) expect(entry.addedAt < now.toISOString()).toBe(true);
    } finally {
      await handle.close();
    }
  });

  it('inserts nothing on a second run, and is deterministic', async () => {
    const handle = await open();
    try {
      const first = await seedAll(handle.db);
      expect(first.evaluations).toBeGreaterThan(0);
      const before = await Promise.all(
        (
          [
            'evaluation_rounds',
            'round_innovations',
            'round_assignments',
            'evaluations',
            'events',
          ] as const
        ).map((t) => count(handle.db, t)),
      );
      expect(await seedDemoEvaluationRounds(handle.db, { now })).toEqual({
        rounds: 0,
        innovations: 0,
        assignments: 0,
        evaluations: 0,
      });
      const after = await Promise.all(
        (
          [
            'evaluation_rounds',
            'round_innovations',
            'round_assignments',
            'evaluations',
            'events',
          ] as const
        ).map((t) => count(handle.db, t)),
      );
      expect(after).toEqual(before);

      // The plan from the same histories is the same, and is what was stored.
      const region = (await findRegionByName(handle.db, 'Kabupaten Sumedang'))!;
      const input = {
        now,
        seed: 20_221_128,
        regionId: region.id,
        coordinatorId: await userId(handle.db, 'koordinator@demo.test'),
        evaluators: await Promise.all(
          ['penilai@demo.test', 'penilai.kabupaten@demo.test'].map(async (email) => {
            const { user } = (await findCredentialsByEmail(handle.db, email))!;
            return { id: user.id, unitId: user.unitId };
          }),
        ),
      };
      const histories = await readEvaluationHistories(handle.db, region.id);
      const plan = planDemoEvaluationRounds({ ...input, histories });
      expect(planDemoEvaluationRounds({ ...input, histories })).toEqual(plan);
      expect((await listRounds(handle.db)).map((r) => r.id).sort()).toEqual(
        plan.map((p) => p.round.id).sort(),
      );
      const roundEvents = await listEvents(handle.db, { entityType: 'evaluation_round' });
      expect(roundEvents.filter((e) => e.action === 'evaluation_round.closed')).toHaveLength(1);
    } finally {
      await handle.close();
    }
  });

  it('does nothing without the demo accounts and innovations', async () => {
    const handle = await open();
    try {
      expect((await seedDemoEvaluationRounds(handle.db, { now })).rounds).toBe(0);
      await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$fake' });
      expect((await seedDemoEvaluationRounds(handle.db, { now })).rounds).toBe(0);
      expect(await count(handle.db, 'evaluation_rounds')).toBe(0);
    } finally {
      await handle.close();
    }
  });

  it('lets two processes seed at the same time: one inserts, the other finds the rounds', async () => {
    const handle = await open();
    try {
      await seedDemoData(handle.db, now, { demoPasswordHash: '$argon2id$fake' });
      await seedDemoInnovations(handle.db, { now });
      const reports = await Promise.all([
        seedDemoEvaluationRounds(handle.db, { now }),
        seedDemoEvaluationRounds(handle.db, { now }),
      ]);
      expect(reports.map((r) => r.rounds).sort()).toEqual([0, 2]);
      expect(await count(handle.db, 'evaluation_rounds')).toBe(2);
    } finally {
      await handle.close();
    }
  });
});
