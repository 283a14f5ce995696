import type {
  AccountTokenPurpose,
  ActionStatus,
  ActiveStage,
  Bentuk,
  BimtekStage,
  DimensionKey,
  ElementKey,
  EvaluationStatus,
  Horizon,
  ImportEntity,
  ImportStatus,
  Inisiator,
  Jenis,
  MasterplanFundingSource,
  NotificationKind,
  Outcome,
  QuickWinStatus,
  RegionKind,
  Role,
  RoundStatus,
  Stage,
  Tahapan,
  UnitType,
} from '@smartcity/domain';
import type {
  ColumnType,
  Generated,
  Insertable,
  Kysely,
  Selectable,
  Transaction,
  Updateable,
} from 'kysely';

/**
 * A timestamp column: PostgreSQL returns a `Date` (timestamptz), SQLite a string (ISO 8601 text).
 * Writes always pass an ISO string; `toIsoString` in `adapters/values.ts` reads either back.
 */
export type Timestamp = ColumnType<Date | string, string, string>;

/** A boolean column: PostgreSQL `boolean`, SQLite `integer` 0/1 (the boolean plugin converts). */
export type BooleanColumn = ColumnType<boolean | number, boolean, boolean>;

/** A boolean column with a default: inserts may leave it out. */
export type DefaultedBooleanColumn = ColumnType<boolean | number, boolean | undefined, boolean>;

/*
 * Columns that hold a value of a domain vocabulary (a stage, a role, a status, …) are typed with
 * the domain's union, so rows read back need no casts. The migrations' CHECK constraints hold the
 * same lists; the domain's tests pin the lists, the repositories' tests the round trip.
 */

/** A JSON column: PostgreSQL `jsonb` (parsed by the driver), SQLite text. Written as a string. */
export type JsonColumn = ColumnType<unknown, string | null, string | null>;

export type RegionTable = {
  id: string;
  name: string;
  kind: RegionKind;
  province: string;
  /** The Kemendagri region code, `NN.NN` (e.g. `32.11`); unique when set. */
  code: string | null;
  /** The smart city branding line, e.g. "Sumedang Happy Digital Region". */
  branding: string | null;
  /** The emblem image, a file of the content store. */
  emblem_sha256: string | null;
  /** True when the region's data came from the demo seed (the app labels it illustrative). */
  is_demo: DefaultedBooleanColumn;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

export type UnitTable = {
  id: string;
  region_id: string;
  code: string;
  name: string;
  short_name: string | null;
  type: UnitType;
  active: BooleanColumn;
  /** The unit this one was merged into (it is then inactive). */
  successor_unit_id: Generated<string | null>;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/**
 * The append-only log of every change: who did what to which record, when, from where, with the
 * record before and after. Triggers refuse UPDATE and DELETE on it in both dialects.
 */
export type EventTable = {
  /** Monotonic sequence (PostgreSQL returns bigint as a string). */
  id: ColumnType<number | string, never, never>;
  occurred_at: Timestamp;
  region_id: string | null;
  actor_user_id: string | null;
  actor_address: string | null;
  entity_type: string;
  entity_id: string | null;
  action: string;
  before: JsonColumn;
  after: JsonColumn;
};

export type UserTable = {
  id: string;
  name: string;
  email: string;
  nip: string | null;
  role: Role;
  unit_id: string | null;
  password_hash: string;
  active: BooleanColumn;
  /** Someone else set the password (created, reset or imported): a new one first, at login. */
  must_change_password: DefaultedBooleanColumn;
  version: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  last_login_at: Timestamp | null;
};

export type SessionTable = {
  /** SHA-256 (hex) of the session token. */
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  client_address: string | null;
  user_agent: string | null;
};

/** A one-time token of an account (an invitation, a password reset), stored as its SHA-256. */
export type AccountTokenTable = {
  id: string;
  user_id: string;
  purpose: AccountTokenPurpose;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
  created_by: string | null;
};

/** The one-time token of the setup wizard on a database with no region (its SHA-256). */
export type SetupTokenTable = {
  id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
};

export type LoginAttemptTable = {
  id: ColumnType<number | string, never, never>;
  occurred_at: Timestamp;
  email: string;
  client_address: string | null;
  success: BooleanColumn;
};

export type InnovationTable = {
  id: string;
  unit_id: string;
  title: string;
  summary: string;
  dimension: DimensionKey;
  element: ElementKey;
  extra_dimensions: JsonColumn;
  is_public: BooleanColumn;
  jenis: Jenis;
  bentuk: Bentuk;
  inisiator: Inisiator;
  tahapan: Tahapan;
  tahapan_manual: BooleanColumn;
  urusan: string | null;
  trial_date: string | null;
  implementation_date: string | null;
  stage: Stage;
  discontinued_from: ActiveStage | null;
  problem_statement: string | null;
  quick_win_target_date: string | null;
  quick_win_status: QuickWinStatus | null;
  /** The progress % of the latest progress report (a copy kept for the dashboard). */
  quick_win_progress: number | null;
  /** The evaluation section's recorded outcome (a copy kept for the dashboard). */
  outcome: Outcome | null;
  /** The stable code a spreadsheet carries (re-imports update by it); unique when set. */
  external_code: Generated<string | null>;
  version: number;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
  last_event_at: Timestamp;
};

export type InnovationSectionTable = {
  innovation_id: string;
  section: ActiveStage;
  data: JsonColumn;
};

export type FileTable = {
  sha256: string;
  size: number;
  mime_type: string;
  content: Uint8Array;
  created_at: Timestamp;
};

export type InnovationFileTable = {
  id: string;
  innovation_id: string;
  section: string;
  sha256: string;
  filename: string;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
};

export type ProgressReportTable = {
  id: string;
  innovation_id: string;
  report_date: string;
  progress_percent: number;
  narrative: string;
  kpi_actuals: JsonColumn;
  status: QuickWinStatus;
  decrease_reason: string | null;
  created_at: Timestamp;
  created_by: string | null;
};

/**
 * A projection of the `innovation.advanced` events (the log keeps the truth): one row per move,
 * written with the event, read by the dashboard's monthly trend.
 */
export type InnovationAdvanceTable = {
  innovation_id: string;
  occurred_at: Timestamp;
  from_stage: Stage;
  to_stage: Stage;
  /** The innovation's unit, dimension and publication (a trigger follows changes). */
  unit_id: string;
  dimension: DimensionKey;
  is_public: BooleanColumn;
};

/**
 * How many innovations share a key (kept by triggers on `innovations`): the dashboard's counts.
 * `outcome` and `quick_win_status` are '' for none.
 */
export type InnovationTallyTable = {
  unit_id: string;
  dimension: DimensionKey;
  element: ElementKey;
  stage: Stage;
  outcome: Outcome | '';
  quick_win_status: QuickWinStatus | '';
  created_year: number;
  is_public: BooleanColumn;
  n: number;
  /** How many have a progress report, and the sum of their latest progress %. */
  reported: number;
  progress_sum: number;
};

/** Registrations, advances and evaluations per month, unit, dimension, publication (triggers). */
export type ActivityByMonthTable = {
  /** `YYYY-MM` (UTC). */
  month: string;
  unit_id: string;
  dimension: DimensionKey;
  is_public: BooleanColumn;
  created: number;
  advanced: number;
  evaluated: number;
};

/**
 * What a unit's users are told: an evaluation outcome recorded, an innovation become stale. One
 * row per recipient; `dedupe_key` is unique per user so that one fact never notifies twice.
 */
export type NotificationTable = {
  id: string;
  user_id: string;
  kind: NotificationKind;
  innovation_id: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
  /** `{ outcome }` or `{ staleDays, lastEventAt }`. */
  detail: JsonColumn;
  dedupe_key: string;
};

export type EvaluationRoundTable = {
  id: string;
  name: string;
  period_start: string;
  period_end: string;
  rubric: JsonColumn;
  thresholds: JsonColumn;
  status: RoundStatus;
  version: number;
  created_at: Timestamp;
  created_by: string | null;
  updated_at: Timestamp;
  updated_by: string | null;
};

export type RoundInnovationTable = {
  round_id: string;
  innovation_id: string;
  added_at: Timestamp;
  added_by: string | null;
  outcome: Outcome | null;
  notes: string | null;
  lessons_learned: string | null;
  reconciliation_note: string | null;
  recorded_at: Timestamp | null;
  recorded_by: string | null;
};

export type RoundAssignmentTable = {
  round_id: string;
  innovation_id: string;
  evaluator_id: string;
  assigned_at: Timestamp;
  assigned_by: string | null;
};

/** One version of an evaluator's evaluation; submitted ones are immutable (trigger). */
export type EvaluationTable = {
  id: string;
  round_id: string;
  innovation_id: string;
  evaluator_id: string;
  sequence: number;
  scores: JsonColumn;
  status: EvaluationStatus;
  submitted_at: Timestamp | null;
  supersedes: string | null;
  correction_reason: string | null;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
};

/** A money amount in IDR: PostgreSQL `bigint` (returned as a string), SQLite integer. */
export type MoneyColumn = ColumnType<number | string, number, number>;

export type MasterplanTable = {
  id: string;
  region_id: string;
  title: string;
  start_year: number;
  end_year: number;
  vision: string;
  mission: JsonColumn;
  bimtek_stage: BimtekStage | null;
  bimtek_dates: JsonColumn;
  bimtek_checklist: JsonColumn;
  commitment_statement: string;
  version: number;
  updated_at: Timestamp;
  updated_by: string | null;
};

export type MasterplanStrategyTable = {
  masterplan_id: string;
  dimension: DimensionKey;
  text: string;
  updated_at: Timestamp;
  updated_by: string | null;
};

export type ProgrammeTable = {
  id: string;
  masterplan_id: string;
  dimension: DimensionKey;
  element: ElementKey;
  name: string;
  description: string;
  horizon: Horizon;
  lead_unit_id: string;
  supporting_unit_ids: JsonColumn;
  start_year: number;
  end_year: number;
  budget: MoneyColumn;
  funding_source: MasterplanFundingSource;
  reference: string;
  /** The stable code a spreadsheet carries; unique within the masterplan when set. */
  external_code: Generated<string | null>;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string | null;
};

export type ProgrammeInnovationTable = { programme_id: string; innovation_id: string };

export type ActionItemTable = {
  id: string;
  programme_id: string;
  activity: string;
  year: number;
  owner_unit_id: string;
  output_target: string;
  budget: MoneyColumn;
  status: ActionStatus;
  progress_percent: number;
  /** The stable code a spreadsheet carries; unique within the programme when set. */
  external_code: Generated<string | null>;
  version: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  updated_by: string | null;
};

export type CommitmentTable = {
  id: string;
  masterplan_id: string;
  unit_id: string;
  signer_name: string;
  signer_nip: string;
  signer_position: string;
  signed_on: string;
  statement: string;
  signed_at: Timestamp;
  signed_by: string | null;
  withdrawn_at: Timestamp | null;
  withdrawn_by: string | null;
  withdrawal_reason: string | null;
};

/** One import of a spreadsheet: its dry run, then (when it was clean) its commit. */
export type DataImportTable = {
  id: string;
  entity: ImportEntity;
  filename: string;
  /** The file, in the content store. */
  sha256: string;
  status: ImportStatus;
  row_count: number;
  error_count: number;
  counts: JsonColumn;
  /** The first 500 issues of the last check or commit (migration 2026_12_03_1300). */
  issues: ColumnType<unknown, string | null | undefined, string | null>;
  created_at: Timestamp;
  created_by: string | null;
  committed_at: Timestamp | null;
};

/** The whole schema as Kysely sees it. */
export type Database = {
  regions: RegionTable;
  units: UnitTable;
  events: EventTable;
  users: UserTable;
  sessions: SessionTable;
  account_tokens: AccountTokenTable;
  setup_tokens: SetupTokenTable;
  login_attempts: LoginAttemptTable;
  innovations: InnovationTable;
  innovation_sections: InnovationSectionTable;
  files: FileTable;
  innovation_files: InnovationFileTable;
  progress_reports: ProgressReportTable;
  innovation_advances: InnovationAdvanceTable;
  innovation_tallies: InnovationTallyTable;
  activity_by_month: ActivityByMonthTable;
  notifications: NotificationTable;
  evaluation_rounds: EvaluationRoundTable;
  round_innovations: RoundInnovationTable;
  round_assignments: RoundAssignmentTable;
  evaluations: EvaluationTable;
  masterplans: MasterplanTable;
  masterplan_strategies: MasterplanStrategyTable;
  programmes: ProgrammeTable;
  programme_innovations: ProgrammeInnovationTable;
  action_items: ActionItemTable;
  commitments: CommitmentTable;
  data_imports: DataImportTable;
};

/**
 * What a repository function runs on: the database itself, or a transaction the caller opened
 * (so that several writes commit together).
 */
export type Executor = Kysely<Database> | Transaction<Database>;

export type RegionRow = Selectable<RegionTable>;
export type NewRegionRow = Insertable<RegionTable>;
export type UnitRow = Selectable<UnitTable>;
export type NewUnitRow = Insertable<UnitTable>;
export type UnitUpdate = Updateable<UnitTable>;
export type EventRow = Selectable<EventTable>;
export type NewEventRow = Insertable<EventTable>;
export type UserRow = Selectable<UserTable>;
export type SessionRow = Selectable<SessionTable>;
export type InnovationRow = Selectable<InnovationTable>;
