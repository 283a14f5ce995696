import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.
//
// Evaluation rounds (periode penilaian): the round with its rubric and thresholds, the
// innovations in it (with the outcome the coordinator records), the evaluators assigned to each,
// and the evaluations. An evaluation is a chain of versions per round, innovation and evaluator:
// the first is a draft until submitted; a submitted one never changes (a trigger refuses it on
// both engines) and a correction is a new version naming the one it supersedes and why.

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const timestamp = pg ? 'timestamptz' : 'text';
  const json = pg ? 'jsonb' : 'text';

  await db.schema
    .createTable('evaluation_rounds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('rubric', json, (c) => c.notNull())
    .addColumn('thresholds', json, (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('draft', 'open', 'closed')`),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('evaluation_rounds_status_idx')
    .on('evaluation_rounds')
    .columns(['status', 'period_start'])
    .execute();

  await db.schema
    .createTable('round_innovations')
    .addColumn('round_id', 'text', (c) =>
      c.notNull().references('evaluation_rounds.id').onDelete('cascade'),
    )
    .addColumn('innovation_id', 'text', (c) =>
      c.notNull().references('innovations.id').onDelete('cascade'),
    )
    .addColumn('added_at', timestamp, (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    // The outcome the coordinator records (null until then), with its texts.
    .addColumn('outcome', 'text', (c) =>
      c.check(sql`outcome in ('impactful', 'needs_improvement', 'not_impactful')`),
    )
    .addColumn('notes', 'text')
    .addColumn('lessons_learned', 'text')
    .addColumn('reconciliation_note', 'text')
    .addColumn('recorded_at', timestamp)
    .addColumn('recorded_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('round_innovations_pk', ['round_id', 'innovation_id'])
    .execute();
  await db.schema
    .createIndex('round_innovations_innovation_idx')
    .on('round_innovations')
    .columns(['innovation_id'])
    .execute();

  await db.schema
    .createTable('round_assignments')
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('innovation_id', 'text', (c) => c.notNull())
    .addColumn('evaluator_id', 'text', (c) =>
      c.notNull().references('users.id').onDelete('cascade'),
    )
    .addColumn('assigned_at', timestamp, (c) => c.notNull())
    .addColumn('assigned_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('round_assignments_pk', ['round_id', 'innovation_id', 'evaluator_id'])
    .addForeignKeyConstraint(
      'round_assignments_entry_fk',
      ['round_id', 'innovation_id'],
      'round_innovations',
      ['round_id', 'innovation_id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  // An evaluator's inbox.
  await db.schema
    .createIndex('round_assignments_evaluator_idx')
    .on('round_assignments')
    .columns(['evaluator_id', 'round_id'])
    .execute();

  await db.schema
    .createTable('evaluations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('round_id', 'text', (c) => c.notNull())
    .addColumn('innovation_id', 'text', (c) => c.notNull())
    .addColumn('evaluator_id', 'text', (c) => c.notNull())
    // 1 for the first evaluation, then one more per correction.
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('scores', json, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'submitted')`))
    .addColumn('submitted_at', timestamp)
    .addColumn('supersedes', 'text', (c) => c.references('evaluations.id'))
    .addColumn('correction_reason', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addUniqueConstraint('evaluations_sequence_unique', [
      'round_id',
      'innovation_id',
      'evaluator_id',
      'sequence',
    ])
    .addForeignKeyConstraint(
      'evaluations_assignment_fk',
      ['round_id', 'innovation_id', 'evaluator_id'],
      'round_assignments',
      ['round_id', 'innovation_id', 'evaluator_id'],
    )
    .execute();

  // A submitted evaluation never changes (nor does a correction once submitted).
  if (pg) {
    await sql`
      create function evaluations_refuse_change() returns trigger language plpgsql as $$
      begin
        raise exception 'a submitted evaluation is immutable';
      end $$`.execute(db);
    await sql`
      create trigger evaluations_immutable before update or delete on evaluations
      for each row when (old.status = 'submitted')
      execute function evaluations_refuse_change()`.execute(db);
  } else {
    await sql`
      create trigger evaluations_immutable_update before update on evaluations
      when old.status = 'submitted'
      begin select raise(abort, 'a submitted evaluation is immutable'); end`.execute(db);
    await sql`
      create trigger evaluations_immutable_delete before delete on evaluations
      when old.status = 'submitted'
      begin select raise(abort, 'a submitted evaluation is immutable'); end`.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.dropTable('evaluations').execute();
  if (pg) await sql`drop function evaluations_refuse_change()`.execute(db);
  await db.schema.dropTable('round_assignments').execute();
  await db.schema.dropTable('round_innovations').execute();
  await db.schema.dropTable('evaluation_rounds').execute();
}
