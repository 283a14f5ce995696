import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Frozen in time: this migration never imports application types and never changes once released.
//
// Makes the monitoring dashboard answer in milliseconds on 200,000 innovations and 2,000,000
// events (measured by tools/bench/dashboard.mjs), and keeps every figure exact:
//
// 1. `innovations.outcome` (the evaluation section's recorded outcome) and
//    `innovations.quick_win_progress` (the progress % of the latest progress report) are copied
//    onto the row, as `quick_win_status` already is, so no figure parses section JSON.
// 2. `innovation_advances` projects the `innovation.advanced` events (the event log keeps the
//    truth): one narrow row per move with the stage left and the innovation's unit, dimension and
//    publication.
//    The event repository writes it in the transaction that appends the event.
// 3. Tallies kept by triggers, so no write path can forget them:
//    - `innovation_tallies`: how many innovations share a unit, dimension, element, stage,
//      outcome, quick-win status, registration year and publication, with their progress sums.
//      The counts, the coverage matrix, the units that innovate and the quick-win figures read
//      these few thousand rows instead of every innovation.
//    - `activity_by_month`: per month, unit, dimension and publication, how many innovations were
//      registered
//      and how many advances and evaluations (advances out of `evaluation`) happened: the trend.
//    A change of an innovation's unit, dimension or publication moves its advances' attribution.
// 4. Indexes by stage in the order the stale and overdue lists show, covering the filters, so
//    the time-dependent figures count an index range per stage and read its first rows.

const tallyKey =
  'unit_id, dimension, element, stage, outcome, quick_win_status, created_year, is_public';
const activityKey = 'month, unit_id, dimension, is_public';

/** SQLite: the statements adding a row's contribution (`ref` new or old) times `sign`. */
function sqliteTally(ref: string, sign: 1 | -1): string {
  return `
    insert into innovation_tallies (${tallyKey}, n, reported, progress_sum)
    values (${ref}.unit_id, ${ref}.dimension, ${ref}.element, ${ref}.stage,
            coalesce(${ref}.outcome, ''), coalesce(${ref}.quick_win_status, ''),
            cast(substr(${ref}.created_at, 1, 4) as integer), ${ref}.is_public,
            ${sign}, (${ref}.quick_win_progress is not null) * ${sign},
            coalesce(${ref}.quick_win_progress, 0) * ${sign})
    on conflict (${tallyKey}) do update set
      n = n + excluded.n, reported = reported + excluded.reported,
      progress_sum = progress_sum + excluded.progress_sum;`;
}

function sqliteCreated(ref: string, sign: 1 | -1): string {
  return `
    insert into activity_by_month (${activityKey}, created, advanced, evaluated)
    values (substr(${ref}.created_at, 1, 7), ${ref}.unit_id, ${ref}.dimension, ${ref}.is_public,
            ${sign}, 0, 0)
    on conflict (${activityKey}) do update set created = created + excluded.created;`;
}

function sqliteAdvance(ref: string, sign: 1 | -1): string {
  return `
    insert into activity_by_month (${activityKey}, created, advanced, evaluated)
    values (substr(${ref}.occurred_at, 1, 7), ${ref}.unit_id, ${ref}.dimension, ${ref}.is_public,
            0, ${sign},
            (${ref}.from_stage = 'evaluation') * ${sign})
    on conflict (${activityKey}) do update set
      advanced = advanced + excluded.advanced, evaluated = evaluated + excluded.evaluated;`;
}

const tallyColumns =
  'unit_id, dimension, element, stage, outcome, quick_win_status, quick_win_progress, created_at, is_public';

export async function up(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  const timestamp = pg ? 'timestamptz' : 'text';

  // ── 1. copies on the innovation row ──────────────────────────────────────────────────────
  await db.schema
    .alterTable('innovations')
    .addColumn('outcome', 'text', (c) =>
      c.check(sql`outcome in ('impactful', 'needs_improvement', 'not_impactful')`),
    )
    .execute();
  await db.schema
    .alterTable('innovations')
    .addColumn('quick_win_progress', 'integer', (c) =>
      c.check(sql`quick_win_progress between 0 and 100`),
    )
    .execute();
  if (pg) {
    await sql`
      update innovations i set outcome = s.data->>'outcome'
      from innovation_sections s
      where s.innovation_id = i.id and s.section = 'evaluation'
        and s.data->>'outcome' is not null`.execute(db);
  } else {
    await sql`
      update innovations set outcome = (
        select json_extract(s.data, '$.outcome') from innovation_sections s
        where s.innovation_id = innovations.id and s.section = 'evaluation')`.execute(db);
  }
  await sql`
    update innovations set quick_win_progress = (
      select p.progress_percent from progress_reports p
      where p.innovation_id = innovations.id
      order by p.report_date desc, p.created_at desc, p.id desc
      limit 1)`.execute(db);

  // ── 2. the advances projection ───────────────────────────────────────────────────────────
  await db.schema
    .createTable('innovation_advances')
    .addColumn('innovation_id', 'text', (c) =>
      c.notNull().references('innovations.id').onDelete('cascade'),
    )
    .addColumn('occurred_at', timestamp, (c) => c.notNull())
    .addColumn('from_stage', 'text', (c) => c.notNull())
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('is_public', pg ? 'boolean' : 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('innovation_advances_innovation_idx')
    .on('innovation_advances')
    .columns(['innovation_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('innovation_advances_time_idx')
    .on('innovation_advances')
    .columns(['occurred_at', 'from_stage'])
    .execute();
  const stageOf = (column: string) =>
    pg ? `e.${column}->>'stage'` : `json_extract(e.${column}, '$.stage')`;
  await sql
    .raw(
      `insert into innovation_advances
         (innovation_id, occurred_at, from_stage, to_stage, unit_id, dimension, is_public)
       select e.entity_id, e.occurred_at, ${stageOf('before')}, ${stageOf('after')},
              i.unit_id, i.dimension, i.is_public
       from events e join innovations i on i.id = e.entity_id
       where e.entity_type = 'innovation' and e.action = 'innovation.advanced'
         and ${stageOf('before')} is not null and ${stageOf('after')} is not null
       order by e.id`,
    )
    .execute(db);

  // ── 3. tallies ───────────────────────────────────────────────────────────────────────────
  await db.schema
    .createTable('innovation_tallies')
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('element', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    // '' for none: key columns are never null, so the primary key sees one row per key.
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('quick_win_status', 'text', (c) => c.notNull())
    .addColumn('created_year', 'integer', (c) => c.notNull())
    .addColumn('is_public', pg ? 'boolean' : 'integer', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('reported', 'integer', (c) => c.notNull())
    .addColumn('progress_sum', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('innovation_tallies_pk', [
      'unit_id',
      'dimension',
      'element',
      'stage',
      'outcome',
      'quick_win_status',
      'created_year',
      'is_public',
    ])
    // SQLite: the rows live in the primary key's b-tree, so a scan reads no second structure.
    .$call((table) => (pg ? table : table.modifyEnd(sql`without rowid`)))
    .execute();
  await db.schema
    .createTable('activity_by_month')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('is_public', pg ? 'boolean' : 'integer', (c) => c.notNull())
    .addColumn('created', 'integer', (c) => c.notNull())
    .addColumn('advanced', 'integer', (c) => c.notNull())
    .addColumn('evaluated', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('activity_by_month_pk', ['month', 'unit_id', 'dimension', 'is_public'])
    .$call((table) => (pg ? table : table.modifyEnd(sql`without rowid`)))
    .execute();

  const year = pg
    ? `extract(year from created_at at time zone 'UTC')::integer`
    : `cast(substr(created_at, 1, 4) as integer)`;
  const monthOf = (column: string) =>
    pg ? `to_char(${column} at time zone 'UTC', 'YYYY-MM')` : `substr(${column}, 1, 7)`;
  await sql
    .raw(
      `insert into innovation_tallies (${tallyKey}, n, reported, progress_sum)
       select unit_id, dimension, element, stage, coalesce(outcome, ''),
              coalesce(quick_win_status, ''), ${year}, is_public,
              count(*), count(quick_win_progress), coalesce(sum(quick_win_progress), 0)
       from innovations
       group by unit_id, dimension, element, stage, coalesce(outcome, ''),
                coalesce(quick_win_status, ''), ${year}, is_public`,
    )
    .execute(db);
  await sql
    .raw(
      `insert into activity_by_month (${activityKey}, created, advanced, evaluated)
       select month, unit_id, dimension, is_public, sum(created), sum(advanced), sum(evaluated)
       from (
         select ${monthOf('created_at')} as month, unit_id, dimension, is_public,
                1 as created, 0 as advanced, 0 as evaluated
         from innovations
         union all
         select ${monthOf('occurred_at')}, unit_id, dimension, is_public, 0, 1,
                case when from_stage = 'evaluation' then 1 else 0 end
         from innovation_advances
       ) activity
       group by month, unit_id, dimension, is_public`,
    )
    .execute(db);

  if (pg) {
    await sql`
      create function innovation_tally_add(r innovations, sign integer) returns void
      language plpgsql as $$
      begin
        insert into innovation_tallies (unit_id, dimension, element, stage, outcome,
          quick_win_status, created_year, is_public, n, reported, progress_sum)
        values (r.unit_id, r.dimension, r.element, r.stage, coalesce(r.outcome, ''),
          coalesce(r.quick_win_status, ''),
          extract(year from r.created_at at time zone 'UTC')::integer, r.is_public, sign,
          case when r.quick_win_progress is null then 0 else sign end,
          coalesce(r.quick_win_progress, 0) * sign)
        on conflict (unit_id, dimension, element, stage, outcome, quick_win_status,
          created_year, is_public) do update set
          n = innovation_tallies.n + excluded.n,
          reported = innovation_tallies.reported + excluded.reported,
          progress_sum = innovation_tallies.progress_sum + excluded.progress_sum;
        insert into activity_by_month (month, unit_id, dimension, is_public, created, advanced,
          evaluated)
        values (to_char(r.created_at at time zone 'UTC', 'YYYY-MM'), r.unit_id, r.dimension,
          r.is_public, sign, 0, 0)
        on conflict (month, unit_id, dimension, is_public) do update set
          created = activity_by_month.created + excluded.created;
      end $$`.execute(db);
    await sql`
      create function innovations_tally_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform innovation_tally_add(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform innovation_tally_add(new, 1); end if;
        if tg_op = 'UPDATE' and (old.unit_id, old.dimension, old.is_public)
            is distinct from (new.unit_id, new.dimension, new.is_public) then
          update innovation_advances
          set unit_id = new.unit_id, dimension = new.dimension, is_public = new.is_public
          where innovation_id = new.id;
        end if;
        return null;
      end $$`.execute(db);
    await sql
      .raw(
        `create trigger innovations_tally
         after insert or update of ${tallyColumns} or delete on innovations
         for each row execute function innovations_tally_trigger()`,
      )
      .execute(db);
    await sql`
      create function innovation_advance_add(r innovation_advances, sign integer) returns void
      language plpgsql as $$
      begin
        insert into activity_by_month (month, unit_id, dimension, is_public, created, advanced,
          evaluated)
        values (to_char(r.occurred_at at time zone 'UTC', 'YYYY-MM'), r.unit_id, r.dimension,
          r.is_public, 0, sign, case when r.from_stage = 'evaluation' then sign else 0 end)
        on conflict (month, unit_id, dimension, is_public) do update set
          advanced = activity_by_month.advanced + excluded.advanced,
          evaluated = activity_by_month.evaluated + excluded.evaluated;
      end $$`.execute(db);
    await sql`
      create function innovation_advances_tally_trigger() returns trigger language plpgsql as $$
      begin
        if tg_op in ('UPDATE', 'DELETE') then perform innovation_advance_add(old, -1); end if;
        if tg_op in ('INSERT', 'UPDATE') then perform innovation_advance_add(new, 1); end if;
        return null;
      end $$`.execute(db);
    await sql`
      create trigger innovation_advances_tally
      after insert or update or delete on innovation_advances
      for each row execute function innovation_advances_tally_trigger()`.execute(db);
  } else {
    await sql
      .raw(
        `create trigger innovations_tally_insert after insert on innovations begin
           ${sqliteTally('new', 1)} ${sqliteCreated('new', 1)}
         end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger innovations_tally_delete after delete on innovations begin
           ${sqliteTally('old', -1)} ${sqliteCreated('old', -1)}
         end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger innovations_tally_update after update of ${tallyColumns}
         on innovations begin
           ${sqliteTally('old', -1)} ${sqliteTally('new', 1)}
           ${sqliteCreated('old', -1)} ${sqliteCreated('new', 1)}
         end`,
      )
      .execute(db);
    await sql`
      create trigger innovations_advance_attribution after update of unit_id, dimension, is_public
      on innovations
      when old.unit_id is not new.unit_id or old.dimension is not new.dimension
        or old.is_public is not new.is_public begin
        update innovation_advances
        set unit_id = new.unit_id, dimension = new.dimension, is_public = new.is_public
        where innovation_id = new.id;
      end`.execute(db);
    await sql
      .raw(
        `create trigger innovation_advances_tally_insert after insert on innovation_advances begin
           ${sqliteAdvance('new', 1)}
         end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger innovation_advances_tally_delete after delete on innovation_advances begin
           ${sqliteAdvance('old', -1)}
         end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger innovation_advances_tally_update after update on innovation_advances begin
           ${sqliteAdvance('old', -1)} ${sqliteAdvance('new', 1)}
         end`,
      )
      .execute(db);
  }

  // ── 4. indexes for the time-dependent figures ──────────────────────────────────────────
  // Stage first, then the order of the list, then the filters: a stage's stale or overdue
  // innovations are one range, counted and read in order without visiting the table. They
  // replace (stage, last_event_at), which the stale list filter used.
  await db.schema.dropIndex('innovations_stage_idx').execute();
  await db.schema
    .createIndex('innovations_stale_idx')
    .on('innovations')
    .columns(['stage', 'last_event_at', 'id', 'unit_id', 'dimension', 'created_at', 'is_public'])
    .execute();
  await db.schema
    .createIndex('innovations_overdue_idx')
    .on('innovations')
    .columns([
      'stage',
      'quick_win_target_date',
      'id',
      'quick_win_status',
      'unit_id',
      'dimension',
      'created_at',
      'is_public',
    ])
    .execute();
  // The scorecards' last activity per unit: one descent of this index per unit.
  await db.schema
    .createIndex('innovations_unit_activity_idx')
    .on('innovations')
    .columns(['unit_id', 'last_event_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  const pg = db.getExecutor().adapter instanceof PostgresAdapter;
  await db.schema.dropIndex('innovations_unit_activity_idx').execute();
  await db.schema.dropIndex('innovations_overdue_idx').execute();
  await db.schema.dropIndex('innovations_stale_idx').execute();
  await db.schema
    .createIndex('innovations_stage_idx')
    .on('innovations')
    .columns(['stage', 'last_event_at'])
    .execute();
  if (pg) {
    await sql`drop trigger innovation_advances_tally on innovation_advances`.execute(db);
    await sql`drop trigger innovations_tally on innovations`.execute(db);
    await sql`drop function innovation_advances_tally_trigger()`.execute(db);
    await sql`drop function innovation_advance_add(innovation_advances, integer)`.execute(db);
    await sql`drop function innovations_tally_trigger()`.execute(db);
    await sql`drop function innovation_tally_add(innovations, integer)`.execute(db);
  } else {
    for (const trigger of [
      'innovations_tally_insert',
      'innovations_tally_delete',
      'innovations_tally_update',
      'innovations_advance_attribution',
    ]) {
      await sql`drop trigger ${sql.raw(trigger)}`.execute(db);
    }
  }
  await db.schema.dropTable('activity_by_month').execute();
  await db.schema.dropTable('innovation_tallies').execute();
  await db.schema.dropTable('innovation_advances').execute();
  await db.schema.alterTable('innovations').dropColumn('quick_win_progress').execute();
  await db.schema.alterTable('innovations').dropColumn('outcome').execute();
}
