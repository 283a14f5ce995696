import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.
//
// The masterplan (rencana induk) of a region: its period, vision, mission and Bimtek record; a
// strategy per dimension; programmes with their linked innovations; the action items units
// execute; and the units' signed commitments (a signature is never edited: it is withdrawn, with a
// reason, and the unit may sign again — at most one standing signature per unit).

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const timestamp = pg ? 'timestamptz' : 'text';
  const json = pg ? 'jsonb' : 'text';
  const money = pg ? 'bigint' : 'integer';

  await db.schema
    .createTable('masterplans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('region_id', 'text', (c) =>
      c.notNull().unique().references('regions.id').onDelete('cascade'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('vision', 'text', (c) => c.notNull())
    .addColumn('mission', json, (c) => c.notNull())
    .addColumn('bimtek_stage', 'text', (c) =>
      c.check(sql`bimtek_stage in ('I', 'II', 'III', 'IV')`),
    )
    .addColumn('bimtek_dates', json, (c) => c.notNull())
    .addColumn('bimtek_checklist', json, (c) => c.notNull())
    .addColumn('commitment_statement', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();

  await db.schema
    .createTable('masterplan_strategies')
    .addColumn('masterplan_id', 'text', (c) =>
      c.notNull().references('masterplans.id').onDelete('cascade'),
    )
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addPrimaryKeyConstraint('masterplan_strategies_pk', ['masterplan_id', 'dimension'])
    .execute();

  await db.schema
    .createTable('programmes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('masterplan_id', 'text', (c) =>
      c.notNull().references('masterplans.id').onDelete('cascade'),
    )
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('element', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('horizon', 'text', (c) =>
      c.notNull().check(sql`horizon in ('quick_win', 'short', 'medium', 'long')`),
    )
    .addColumn('lead_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('supporting_unit_ids', json, (c) => c.notNull())
    .addColumn('start_year', 'integer', (c) => c.notNull())
    .addColumn('end_year', 'integer', (c) => c.notNull())
    .addColumn('budget', money, (c) => c.notNull())
    .addColumn('funding_source', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('programmes_masterplan_idx')
    .on('programmes')
    .columns(['masterplan_id', 'dimension', 'start_year'])
    .execute();
  await db.schema
    .createIndex('programmes_lead_unit_idx')
    .on('programmes')
    .columns(['lead_unit_id'])
    .execute();

  await db.schema
    .createTable('programme_innovations')
    .addColumn('programme_id', 'text', (c) =>
      c.notNull().references('programmes.id').onDelete('cascade'),
    )
    .addColumn('innovation_id', 'text', (c) =>
      c.notNull().references('innovations.id').onDelete('cascade'),
    )
    .addPrimaryKeyConstraint('programme_innovations_pk', ['programme_id', 'innovation_id'])
    .execute();
  await db.schema
    .createIndex('programme_innovations_innovation_idx')
    .on('programme_innovations')
    .columns(['innovation_id'])
    .execute();

  await db.schema
    .createTable('action_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('programme_id', 'text', (c) =>
      c.notNull().references('programmes.id').onDelete('cascade'),
    )
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('owner_unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('output_target', 'text', (c) => c.notNull())
    .addColumn('budget', money, (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('planned', 'in_progress', 'done', 'delayed', 'cancelled')`),
    )
    .addColumn('progress_percent', 'integer', (c) =>
      c.notNull().check(sql`progress_percent between 0 and 100`),
    )
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', timestamp, (c) => c.notNull())
    .addColumn('updated_at', timestamp, (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .createIndex('action_items_programme_idx')
    .on('action_items')
    .columns(['programme_id', 'year'])
    .execute();
  // The dashboard's overdue items and a unit's grand design.
  await db.schema
    .createIndex('action_items_owner_year_idx')
    .on('action_items')
    .columns(['owner_unit_id', 'year', 'status'])
    .execute();
  await db.schema
    .createIndex('action_items_year_status_idx')
    .on('action_items')
    .columns(['year', 'status'])
    .execute();

  await db.schema
    .createTable('commitments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('masterplan_id', 'text', (c) =>
      c.notNull().references('masterplans.id').onDelete('cascade'),
    )
    .addColumn('unit_id', 'text', (c) => c.notNull().references('units.id'))
    .addColumn('signer_name', 'text', (c) => c.notNull())
    .addColumn('signer_nip', 'text', (c) => c.notNull())
    .addColumn('signer_position', 'text', (c) => c.notNull())
    .addColumn('signed_on', 'text', (c) => c.notNull())
    // The statement as it read when signed.
    .addColumn('statement', 'text', (c) => c.notNull())
    .addColumn('signed_at', timestamp, (c) => c.notNull())
    .addColumn('signed_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('withdrawn_at', timestamp)
    .addColumn('withdrawn_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('withdrawal_reason', 'text')
    .execute();
  await db.schema
    .createIndex('commitments_standing_unique')
    .on('commitments')
    .columns(['masterplan_id', 'unit_id'])
    .unique()
    .where(sql.ref('withdrawn_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('commitments').execute();
  await db.schema.dropTable('action_items').execute();
  await db.schema.dropTable('programme_innovations').execute();
  await db.schema.dropTable('programmes').execute();
  await db.schema.dropTable('masterplan_strategies').execute();
  await db.schema.dropTable('masterplans').execute();
}
