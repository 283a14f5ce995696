import { findRegionByName, findUnitByCode } from '@smartcity/db';
import { testDatabaseFactories } from '@smartcity/db/testing';
import { defaultRubric, defaultThresholds, type CriterionScore } from '@smartcity/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotDatabase } from '../../testing/db-snapshot';
import { insertTestInnovation } from '../../testing/innovation-fixtures';
import { failure } from '../../testing/refusal';
import { openTestApi, type TestApi, type TestClient } from '../../testing/test-api';

const password = 'Penilai-Uji-2026!';

/** A full sheet: the default rubric's criteria in order (benefit, impact, novelty, sustainability, replication). */
const sheet = (...scores: number[]): CriterionScore[] =>
  defaultRubric.map((c, i) => ({
    criterion: c.key,
    score: scores[i]!,
    comment: `Catatan ${c.key}`,
  }));

describe.each(testDatabaseFactories())('evaluation rounds on $dialect', (factory) => {
  let api: TestApi;
  let coordinator: TestClient;
  let penilai: TestClient;
  let second: TestClient;
  let staff: TestClient;
  let dinkesId: string;
  let penilaiId: string;
  let secondId: string;
  let ownUnitEvaluatorId: string;

  beforeAll(async () => {
    api = await openTestApi(factory);
    coordinator = await api.as('koordinator@demo.test');
    penilai = await api.as('penilai@demo.test');
    staff = await api.as('dinkes.staf@demo.test');
    const region = await findRegionByName(api.handle.db, 'Kabupaten Sumedang');
    dinkesId = (await findUnitByCode(api.handle.db, region!.id, 'dinkes'))!.id;
    const kominfoId = (await findUnitByCode(api.handle.db, region!.id, 'diskominfosanditik'))!.id;
    const users = await coordinator.caller.user.list();
    penilaiId = users.items.find((u) => u.email === 'penilai@demo.test')!.id;
    secondId = (
      await coordinator.caller.user.create({
        name: 'Penilai Diskominfo',
        email: 'penilai.kominfo@demo.test',
        role: 'evaluator',
        unitId: kominfoId,
        password,
      })
    ).id;
    ownUnitEvaluatorId = (
      await coordinator.caller.user.create({
        name: 'Penilai Dinkes',
        email: 'penilai.dinkes@demo.test',
        role: 'evaluator',
        unitId: dinkesId,
        password,
      })
    ).id;
    second = await api.as('penilai.kominfo@demo.test', password);
    // The coordinator chose the password: the evaluator chooses their own first (issue 11).
    await second.caller.auth.changePassword({
      currentPassword: password,
      newPassword: `${password}-sendiri`,
    });
  });
  afterAll(() => api.close());

  async function openRoundWith(evaluatorIds: readonly string[]) {
    const innovation = await insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'evaluation',
      isPublic: true,
    });
    let round = await coordinator.caller.evaluation.createRound({
      name: 'Evaluasi Quick Win 2026',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    const key = { roundId: round.id, innovationId: innovation.id };
    await coordinator.caller.evaluation.addInnovation(key);
    for (const evaluatorId of evaluatorIds) {
      await coordinator.caller.evaluation.assign({ ...key, evaluatorId });
    }
    round = await coordinator.caller.evaluation.openRound({ id: round.id, version: round.version });
    return { round, innovation, key };
  }

  it('runs a round: two evaluators score, the coordinator records "impactful", the innovation is sustained', async () => {
    const { round, innovation, key } = await openRoundWith([penilaiId, secondId]);
    const dashboardBefore = await coordinator.caller.dashboard.summary({});

    // Drafts are private: the other evaluator sees only their own (empty) sheet.
    await penilai.caller.evaluation.saveDraft({ ...key, scores: sheet(5, 5).slice(0, 2) });
    expect((await second.caller.evaluation.sheet(key)).evaluation).toBeNull();
    expect((await penilai.caller.evaluation.sheet(key)).evaluation?.status).toBe('draft');
    expect((await penilai.caller.evaluation.inbox()).map((i) => i.innovationId)).toContain(
      innovation.id,
    );

    await penilai.caller.evaluation.submit({ ...key, scores: sheet(5, 5, 4, 4, 4) });
    await second.caller.evaluation.submit({ ...key, scores: sheet(4, 5, 4, 4, 3) });

    // The unit sees nothing while the round runs.
    const duringRound = await staff.caller.evaluation.history({ id: innovation.id });
    expect(duringRound).toEqual([
      expect.objectContaining({ roundId: round.id, visible: false, result: null, outcome: null }),
    ]);

    const detail = await coordinator.caller.evaluation.round({ id: round.id });
    expect(detail.entries[0]?.result).toMatchObject({
      evaluators: 2,
      verdict: 'impactful',
      disagreement: false,
    });
    // 25·3.5 + 30·4 + 15·3 + 15·3 + 15·2.5 = 87.5 + 120 + 45 + 45 + 37.5 = 335 → 83.75.
    expect(detail.entries[0]?.result.score).toBe(83.75);

    // While the round runs, the innovation leaves evaluation only through the round.
    const bypass = await failure(
      coordinator.caller.innovation.advance({ id: innovation.id, version: innovation.version }),
    );
    expect(bypass.code).toBe('CONFLICT');
    expect(bypass.message).toBe('Record the outcome in its evaluation round');

    const moved = await coordinator.caller.evaluation.recordOutcome({
      ...key,
      outcome: 'impactful',
      notes: 'Layanan terbukti memangkas antrean.',
    });
    expect(moved.stage).toBe('sustained');
    const dashboardAfter = await coordinator.caller.dashboard.summary({});
    expect(dashboardAfter.counts.byOutcome.impactful).toBe(
      dashboardBefore.counts.byOutcome.impactful + 1,
    );
    expect(dashboardAfter.counts.byStage.sustained).toBe(
      dashboardBefore.counts.byStage.sustained + 1,
    );
    const notices = await staff.caller.notification.list({});
    expect(
      notices.items.some((n) => n.innovationId === innovation.id && n.outcome === 'impactful'),
    ).toBe(true);

    const closed = await coordinator.caller.evaluation.closeRound({
      id: round.id,
      version: round.version,
    });
    expect(closed.status).toBe('closed');
    const [afterClose] = await staff.caller.evaluation.history({ id: innovation.id });
    expect(afterClose).toMatchObject({
      visible: true,
      outcome: 'impactful',
      notes: 'Layanan terbukti memangkas antrean.',
      result: { score: 83.75, verdict: 'impactful' },
    });
    expect(afterClose?.sheets.map((s) => s.evaluator)).toEqual(['#1', '#2']);
  });

  it('refuses an evaluator of the innovation’s own unit, and scoring by anyone not assigned', async () => {
    const { key } = await openRoundWith([penilaiId]);
    const before = await snapshotDatabase(api.handle.db);
    const conflict = await failure(
      coordinator.caller.evaluation.assign({ ...key, evaluatorId: ownUnitEvaluatorId }),
    );
    expect(conflict.code).toBe('FORBIDDEN');
    expect(conflict.message).toBe('An evaluator cannot assess an innovation of their own unit');
    const notAssigned = await failure(
      second.caller.evaluation.submit({ ...key, scores: sheet(3, 3, 3, 3, 3) }),
    );
    expect(notAssigned.code).toBe('FORBIDDEN');
    expect((await failure(second.caller.evaluation.sheet(key))).code).toBe('FORBIDDEN');
    const unitStaff = await failure(staff.caller.evaluation.sheet(key));
    expect(unitStaff.code).toBe('FORBIDDEN');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });

  it('never changes a submitted evaluation: a correction is a new version with a reason', async () => {
    const { round, key } = await openRoundWith([penilaiId]);
    await penilai.caller.evaluation.submit({ ...key, scores: sheet(3, 3, 3, 3, 3) });
    const before = await snapshotDatabase(api.handle.db);
    const again = await failure(
      penilai.caller.evaluation.saveDraft({ ...key, scores: sheet(5, 5, 5, 5, 5) }),
    );
    expect(again.code).toBe('CONFLICT');
    const resubmit = await failure(
      penilai.caller.evaluation.submit({ ...key, scores: sheet(5, 5, 5, 5, 5) }),
    );
    expect(resubmit.code).toBe('CONFLICT');
    const noReason = await failure(
      penilai.caller.evaluation.correct({ ...key, scores: sheet(4, 3, 3, 3, 3), reason: 'typo' }),
    );
    expect(noReason.code).toBe('BAD_REQUEST');
    // The rubric is frozen once a score is submitted.
    const rubric = await failure(
      coordinator.caller.evaluation.updateRound({
        id: round.id,
        version: round.version,
        name: round.name,
        periodStart: round.periodStart,
        periodEnd: round.periodEnd,
        rubric: defaultRubric.map((c, i) => ({ ...c, weight: i === 0 ? 35 : i === 1 ? 20 : 15 })),
        thresholds: defaultThresholds,
      }),
    );
    expect(rubric.code).toBe('CONFLICT');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);

    // The database itself refuses to change a submitted row.
    await expect(
      sql`update evaluations set scores = ${'[]'} where status = 'submitted'`.execute(
        api.handle.db,
      ),
    ).rejects.toThrow(/immutable/);

    const corrected = await penilai.caller.evaluation.correct({
      ...key,
      scores: sheet(4, 3, 3, 3, 3),
      reason: 'Data KPI terbaru menunjukkan manfaat lebih luas.',
    });
    expect(corrected.supersedes).not.toBeNull();
    const view = await penilai.caller.evaluation.sheet(key);
    expect(view.corrections).toBe(1);
    expect(view.evaluation?.scores[0]?.score).toBe(4);
    const detail = await coordinator.caller.evaluation.round({ id: round.id });
    expect(detail.entries[0]?.sheets).toHaveLength(1);
    expect(detail.entries[0]?.sheets[0]?.corrected).toBe(true);
  });

  it('asks a reconciliation note when evaluators disagree by 2 points, and notes for "needs improvement"', async () => {
    const { round, innovation, key } = await openRoundWith([penilaiId, secondId]);
    await penilai.caller.evaluation.submit({ ...key, scores: sheet(5, 3, 3, 3, 3) });
    await second.caller.evaluation.submit({ ...key, scores: sheet(3, 3, 3, 3, 3) });
    const closeEarly = await failure(
      coordinator.caller.evaluation.closeRound({ id: round.id, version: round.version }),
    );
    expect(closeEarly.code).toBe('CONFLICT');
    const before = await snapshotDatabase(api.handle.db);
    const noNote = await failure(
      coordinator.caller.evaluation.recordOutcome({
        ...key,
        outcome: 'needs_improvement',
        notes: 'Perluas ke puskesmas lain dan ukur waktu tunggu.',
      }),
    );
    expect(noNote.code).toBe('BAD_REQUEST');
    const noNotes = await failure(
      coordinator.caller.evaluation.recordOutcome({
        ...key,
        outcome: 'needs_improvement',
        reconciliationNote: 'Disepakati skor manfaat 4 setelah rapat penilai.',
      }),
    );
    expect(noNotes.code).toBe('BAD_REQUEST');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);

    const moved = await coordinator.caller.evaluation.recordOutcome({
      ...key,
      outcome: 'needs_improvement',
      notes: 'Perluas ke puskesmas lain dan ukur waktu tunggu.',
      reconciliationNote: 'Disepakati skor manfaat 4 setelah rapat penilai.',
    });
    expect(moved.stage).toBe('quick_win');
    // The notes wait in the round until it closes; the unit does not read them yet.
    expect(moved.sections.evaluation.notes).toBeUndefined();
    const [history] = await staff.caller.evaluation.history({ id: innovation.id });
    expect(history).toMatchObject({ visible: false, notes: null });
    const detail = await coordinator.caller.evaluation.round({ id: round.id });
    expect(detail.entries[0]).toMatchObject({
      innovationId: innovation.id,
      outcome: 'needs_improvement',
      reconciliationNote: 'Disepakati skor manfaat 4 setelah rapat penilai.',
      result: { disagreement: true },
    });
  });

  it('keeps the scores final once the outcome is recorded, and out of the innovation’s timeline', async () => {
    const { round, innovation, key } = await openRoundWith([penilaiId]);
    await penilai.caller.evaluation.submit({ ...key, scores: sheet(5, 5, 5, 5, 5) });
    await coordinator.caller.evaluation.recordOutcome({ ...key, outcome: 'impactful' });
    const before = await snapshotDatabase(api.handle.db);
    const correction = await failure(
      penilai.caller.evaluation.correct({
        ...key,
        scores: sheet(1, 1, 1, 1, 1),
        reason: 'Penilaian ulang setelah hasil dicatat.',
      }),
    );
    expect(correction.code).toBe('CONFLICT');
    const late = await failure(
      coordinator.caller.evaluation.assign({ ...key, evaluatorId: secondId }),
    );
    expect(late.code).toBe('CONFLICT');
    const again = await failure(
      coordinator.caller.evaluation.recordOutcome({
        ...key,
        outcome: 'not_impactful',
        lessonsLearned: 'Pelajaran dari percobaan kedua yang tidak boleh terjadi.',
      }),
    );
    expect(again.code).toBe('CONFLICT');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
    // Another unit's staff read the innovation: its timeline tells the move, not the score.
    const otherUnit = await api.as('kominfo.staf@demo.test');
    const detail = await otherUnit.caller.innovation.byId({ id: innovation.id });
    expect(JSON.stringify(detail)).not.toMatch(/"score"|"verdict"/);
    expect(round.status).toBe('open');
  });

  it('keeps an innovation in a running round from leaving evaluation by moving back or out', async () => {
    const { innovation } = await openRoundWith([penilaiId]);
    const head = await api.as('dinkes.kepala@demo.test');
    const before = await snapshotDatabase(api.handle.db);
    const discontinued = await failure(
      head.caller.innovation.discontinue({
        id: innovation.id,
        version: innovation.version,
        reason: 'Tidak dilanjutkan karena anggaran dialihkan.',
      }),
    );
    expect(discontinued.code).toBe('CONFLICT');
    const movedBack = await failure(
      coordinator.caller.innovation.moveBack({
        id: innovation.id,
        version: innovation.version,
        to: 'quick_win',
        reason: 'Perlu melengkapi data quick win terlebih dahulu.',
      }),
    );
    expect(movedBack.code).toBe('CONFLICT');
    const sectionEdit = await failure(
      coordinator.caller.innovation.updateSection({
        id: innovation.id,
        version: innovation.version,
        section: 'evaluation',
        data: { outcome: 'impactful' },
      }),
    );
    expect(sectionEdit.code).toBe('CONFLICT');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);
  });

  it('unassigns an evaluator who only saved a draft, and renames a round after scores are in', async () => {
    const { round, key } = await openRoundWith([penilaiId, secondId]);
    await penilai.caller.evaluation.saveDraft({ ...key, scores: sheet(4, 4).slice(0, 2) });
    await second.caller.evaluation.submit({ ...key, scores: sheet(4, 4, 4, 4, 4) });
    await coordinator.caller.evaluation.unassign({ ...key, evaluatorId: penilaiId });
    expect(await failure(penilai.caller.evaluation.sheet(key))).toMatchObject({
      code: 'FORBIDDEN',
    });
    const submittedStays = await failure(
      coordinator.caller.evaluation.unassign({ ...key, evaluatorId: secondId }),
    );
    expect(submittedStays.code).toBe('CONFLICT');
    // The rubric read back and sent again unchanged is no change, whatever its key order.
    const renamed = await coordinator.caller.evaluation.updateRound({
      id: round.id,
      version: round.version,
      name: 'Evaluasi Quick Win 2026 (tahap 2)',
      periodStart: round.periodStart,
      periodEnd: round.periodEnd,
      rubric: round.rubric.map((c) => ({
        weight: c.weight,
        description: c.description,
        label: c.label,
        key: c.key,
      })),
      thresholds: { needsImprovement: 50, impactful: 70 },
    });
    expect(renamed.name).toBe('Evaluasi Quick Win 2026 (tahap 2)');
  });

  it('offers as candidates the submitted innovations in no running round', async () => {
    const { round, innovation } = await openRoundWith([penilaiId]);
    const waiting = await insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'evaluation',
      title: 'Inovasi menunggu periode penilaian',
    });
    const ids = (await coordinator.caller.evaluation.candidates({ id: round.id })).map((i) => i.id);
    expect(ids).toContain(waiting.id);
    expect(ids).not.toContain(innovation.id);
  });

  it('refuses rubrics whose weights do not sum to 100, innovations not submitted, and opening empty rounds', async () => {
    const before = await snapshotDatabase(api.handle.db);
    const weights = await failure(
      coordinator.caller.evaluation.createRound({
        name: 'Evaluasi salah bobot',
        periodStart: '2026-01-01',
        periodEnd: '2026-06-30',
        rubric: defaultRubric.map((c, i) => (i === 0 ? { ...c, weight: 30 } : c)),
      }),
    );
    expect(weights.code).toBe('BAD_REQUEST');
    expect(await snapshotDatabase(api.handle.db)).toEqual(before);

    const round = await coordinator.caller.evaluation.createRound({
      name: 'Evaluasi kosong',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    const empty = await failure(
      coordinator.caller.evaluation.openRound({ id: round.id, version: round.version }),
    );
    expect(empty.code).toBe('CONFLICT');
    const quickWin = await insertTestInnovation(api.handle.db, {
      unitId: dinkesId,
      createdBy: null,
      stage: 'quick_win',
    });
    const notSubmitted = await failure(
      coordinator.caller.evaluation.addInnovation({ roundId: round.id, innovationId: quickWin.id }),
    );
    expect(notSubmitted.code).toBe('CONFLICT');
    const stale = await failure(
      coordinator.caller.evaluation.openRound({ id: round.id, version: round.version + 5 }),
    );
    expect(stale.code).toBe('CONFLICT');
  });
});
