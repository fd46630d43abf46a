import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgSequence,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

// The one schema of the product. Tables for features that arrive later
// (accounts, sharing, sync, analytics) are here from the start so that later
// work extends rather than rewrites.

const createdAt = () => timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();
const updatedAt = () => timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow();

/** Every change to a todo or list takes the next value: sync pulls "everything after N". */
export const changeSeq = pgSequence("change_seq", { startWith: 1 });
const version = () => bigint("version", { mode: "number" }).notNull().default(sql`nextval('change_seq')`);

export const priorityEnum = pgEnum("priority", ["low", "medium", "high", "urgent"]);
export const todoStatusEnum = pgEnum("todo_status", ["pending", "completed"]);
export const createdViaEnum = pgEnum("created_via", ["text", "voice", "migration", "import"]);
export const memberRoleEnum = pgEnum("member_role", ["owner", "editor", "viewer"]);
export const userRoleEnum = pgEnum("user_role", ["user", "admin"]);
export const recurrenceBasisEnum = pgEnum("recurrence_basis", ["due", "completion"]);

// ---------------------------------------------------------------- users (Auth.js tables)

export const users = pgTable(
  "users",
  {
    id: text("id")
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text("name"),
    email: text("email"),
    emailVerified: timestamp("email_verified", { withTimezone: true, mode: "date" }),
    image: text("image"),
    passwordHash: text("password_hash"),
    role: userRoleEnum("role").notNull().default("user"),
    isAnonymous: boolean("is_anonymous").notNull().default(false),
    /** sha256 of the guest cookie's token; the token itself is never stored. */
    guestTokenHash: text("guest_token_hash"),
    calendarSecretHash: text("calendar_secret_hash"),
    /** Bumped to end every session of the user ("sign out everywhere"): tokens carry the version they were issued at. */
    sessionVersion: integer("session_version").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    uniqueIndex("users_guest_token_hash_key").on(t.guestTokenHash),
  ],
);

export const accounts = pgTable(
  "accounts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    provider: text("provider").notNull(),
    providerAccountId: text("provider_account_id").notNull(),
    refresh_token: text("refresh_token"),
    access_token: text("access_token"),
    expires_at: integer("expires_at"),
    token_type: text("token_type"),
    scope: text("scope"),
    id_token: text("id_token"),
    session_state: text("session_state"),
  },
  (t) => [
    primaryKey({ columns: [t.provider, t.providerAccountId] }),
    index("accounts_user_idx").on(t.userId),
  ],
);

export const sessions = pgTable("sessions", {
  sessionToken: text("session_token").primaryKey(),
  userId: text("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
});

export const verificationTokens = pgTable(
  "verification_tokens",
  {
    identifier: text("identifier").notNull(),
    token: text("token").notNull(),
    expires: timestamp("expires", { withTimezone: true, mode: "date" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

/** Personal API tokens for outside clients (an iOS Shortcut, an assistant routine). */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true, mode: "date" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [uniqueIndex("api_tokens_hash_key").on(t.tokenHash), index("api_tokens_user_idx").on(t.userId)],
);

export const userPreferences = pgTable("user_preferences", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  speechLanguage: text("speech_language").notNull().default("en-US"),
  spokenAnswers: boolean("spoken_answers").notNull().default(true),
  theme: text("theme").notNull().default("system"),
  timeZone: text("time_zone").notNull().default("UTC"),
  /** 1 = Monday ... 7 = Sunday (ISO). */
  weekStart: integer("week_start").notNull().default(1),
  hour12: boolean("hour12").notNull().default(false),
  recurrenceBasis: recurrenceBasisEnum("recurrence_basis").notNull().default("due"),
  /** Preferences carried over from older clients that have no column yet. */
  extra: jsonb("extra").$type<Record<string, unknown>>().notNull().default({}),
  updatedAt: updatedAt(),
});

/** Cohorts drive flag segments (beta_users, premium_users). */
export const userCohorts = pgTable(
  "user_cohorts",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cohort: text("cohort").notNull(),
    joinedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.cohort] })],
);

// ---------------------------------------------------------------- teams and lists

export const teams = pgTable("teams", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  ownerId: text("owner_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  createdAt: createdAt(),
});

export const teamMembers = pgTable(
  "team_members",
  {
    teamId: uuid("team_id")
      .notNull()
      .references(() => teams.id, { onDelete: "cascade" }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: memberRoleEnum("role").notNull().default("editor"),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index("team_members_user_idx").on(t.userId)],
);

export const lists = pgTable(
  "lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    color: text("color"),
    /** The list that receives todos with no list: one per owner ("Inbox"). */
    isDefault: boolean("is_default").notNull().default(false),
    position: doublePrecision("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "date" }),
    version: version(),
  },
  (t) => [
    uniqueIndex("lists_owner_name_key")
      .on(t.ownerId, sql`lower(${t.name})`)
      .where(sql`${t.deletedAt} is null`),
    uniqueIndex("lists_owner_default_key").on(t.ownerId).where(sql`${t.isDefault}`),
    index("lists_version_idx").on(t.version),
  ],
);

/**
 * Who may see a list and with which role. The owner has a row too, so that
 * "lists visible to a user" is one lookup; a row names a user or a team.
 */
export const listMembers = pgTable(
  "list_members",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    listId: uuid("list_id")
      .notNull()
      .references(() => lists.id, { onDelete: "cascade" }),
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    teamId: uuid("team_id").references(() => teams.id, { onDelete: "cascade" }),
    role: memberRoleEnum("role").notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    check("list_members_one_principal", sql`(${t.userId} is null) <> (${t.teamId} is null)`),
    uniqueIndex("list_members_list_user_key").on(t.listId, t.userId).where(sql`${t.userId} is not null`),
    uniqueIndex("list_members_list_team_key").on(t.listId, t.teamId).where(sql`${t.teamId} is not null`),
    index("list_members_user_idx").on(t.userId),
    index("list_members_team_idx").on(t.teamId),
  ],
);

// ---------------------------------------------------------------- todos

export type TodoLocation = { name?: string; lat?: number; lng?: number; radiusM?: number; address?: string };

export const todos = pgTable(
  "todos",
  {
    /** Clients may generate the id (offline creates): it is the todo's identity everywhere. */
    id: uuid("id").primaryKey().defaultRandom(),
    listId: uuid("list_id")
      .notNull()
      .references(() => lists.id, { onDelete: "cascade" }),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assigneeId: text("assignee_id").references(() => users.id, { onDelete: "set null" }),
    completedBy: text("completed_by").references(() => users.id, { onDelete: "set null" }),
    title: text("title").notNull(),
    notes: text("notes").notNull().default(""),
    priority: priorityEnum("priority").notNull().default("medium"),
    status: todoStatusEnum("status").notNull().default("pending"),
    /** Local calendar date in time_zone; set whenever the todo is due. */
    dueDate: date("due_date", { mode: "string" }),
    /** The instant, only when a time of day was given. */
    dueAt: timestamp("due_at", { withTimezone: true, mode: "date" }),
    timeZone: text("time_zone").notNull().default("UTC"),
    /** RFC 5545 RRULE value without the "RRULE:" prefix. */
    recurrence: text("recurrence"),
    recurrenceBasis: recurrenceBasisEnum("recurrence_basis").notNull().default("due"),
    tags: text("tags").array().notNull().default(sql`'{}'::text[]`),
    position: doublePrecision("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    completedAt: timestamp("completed_at", { withTimezone: true, mode: "date" }),
    deletedAt: timestamp("deleted_at", { withTimezone: true, mode: "date" }),
    version: version(),
    createdVia: createdViaEnum("created_via").notNull().default("text"),
    voiceConfidence: real("voice_confidence"),
    voiceText: text("voice_text"),
    location: jsonb("location").$type<TodoLocation>(),
  },
  (t) => [
    index("todos_list_open_idx").on(t.listId, t.status, t.position).where(sql`${t.deletedAt} is null`),
    index("todos_list_due_idx").on(t.listId, t.dueDate).where(sql`${t.deletedAt} is null`),
    index("todos_version_idx").on(t.version),
    index("todos_assignee_idx").on(t.assigneeId),
    index("todos_tags_idx").using("gin", t.tags),
    index("todos_location_idx").using("gin", t.location),
    check("todos_title_length", sql`char_length(${t.title}) between 1 and 500`),
  ],
);

/** One row per completion of a recurring todo (the todo itself moves on to its next occurrence). */
export const todoCompletions = pgTable(
  "todo_completions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    todoId: uuid("todo_id")
      .notNull()
      .references(() => todos.id, { onDelete: "cascade" }),
    completedBy: text("completed_by").references(() => users.id, { onDelete: "set null" }),
    completedAt: createdAt(),
    occurrenceDate: date("occurrence_date", { mode: "string" }),
  },
  (t) => [index("todo_completions_todo_idx").on(t.todoId)],
);

// ---------------------------------------------------------------- sync

/**
 * Every sync command the server applied, by the client's uuid: a retried
 * batch finds its commands here and gets the same answer without applying
 * them twice. Rows older than a few weeks can be purged.
 */
export const syncCommands = pgTable(
  "sync_commands",
  {
    uuid: uuid("uuid").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text("type").notNull(),
    status: jsonb("status").$type<"ok" | { error: { code: string; message: string } }>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("sync_commands_user_idx").on(t.userId, t.createdAt)],
);

// ---------------------------------------------------------------- voice

export const voiceSessions = pgTable(
  "voice_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    startedAt: timestamp("started_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
    endedAt: timestamp("ended_at", { withTimezone: true, mode: "date" }),
    commandCount: integer("command_count").notNull().default(0),
    successCount: integer("success_count").notNull().default(0),
    failureCount: integer("failure_count").notNull().default(0),
    averageConfidence: real("average_confidence"),
    deviceInfo: jsonb("device_info").$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index("voice_sessions_user_idx").on(t.userId, t.startedAt)],
);

export const voiceCommands = pgTable(
  "voice_commands",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    sessionId: uuid("session_id").references(() => voiceSessions.id, { onDelete: "set null" }),
    transcript: text("transcript").notNull(),
    language: text("language").notNull(),
    intent: text("intent").notNull(),
    success: boolean("success").notNull(),
    processingMs: real("processing_ms").notNull(),
    confidence: real("confidence"),
    error: text("error"),
    todoIds: uuid("todo_ids").array().notNull().default(sql`'{}'::uuid[]`),
    /** "api" for outside clients (POST /api/voice), "app" for the app's own recognizer or command box. */
    source: text("source").notNull().default("app"),
    /** How to take the command back ("undo"): the inverse operations, applied last to first. */
    undo: jsonb("undo").$type<unknown[]>(),
    undoneAt: timestamp("undone_at", { withTimezone: true, mode: "date" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("voice_commands_user_idx").on(t.userId, t.createdAt),
    index("voice_commands_session_idx").on(t.sessionId),
  ],
);

// ---------------------------------------------------------------- sharing

/** A link that opens a list to whoever has it (read-only or read-write), optionally behind a password. */
export const listShares = pgTable(
  "list_shares",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    listId: uuid("list_id")
      .notNull()
      .references(() => lists.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull(),
    role: memberRoleEnum("role").notNull().default("viewer"),
    passwordHash: text("password_hash"),
    createdBy: text("created_by")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [uniqueIndex("list_shares_token_key").on(t.tokenHash), index("list_shares_list_idx").on(t.listId)],
);

/**
 * A single-use, expiring invitation sent by email: into the beta cohort, or
 * into a team with a role. Only the token's hash is stored.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind").$type<"beta" | "team">().notNull(),
    email: text("email").notNull(),
    tokenHash: text("token_hash").notNull(),
    cohort: text("cohort"),
    teamId: uuid("team_id").references(() => teams.id, { onDelete: "cascade" }),
    role: memberRoleEnum("role"),
    invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    acceptedAt: timestamp("accepted_at", { withTimezone: true, mode: "date" }),
    acceptedBy: text("accepted_by").references(() => users.id, { onDelete: "set null" }),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [
    uniqueIndex("invitations_token_key").on(t.tokenHash),
    index("invitations_email_idx").on(sql`lower(${t.email})`),
    index("invitations_team_idx").on(t.teamId),
  ],
);

/** Mail that was sent, or, without SMTP, the local outbox an admin can read. */
export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    to: text("to").notNull(),
    subject: text("subject").notNull(),
    text: text("text").notNull(),
    html: text("html"),
    transport: text("transport").$type<"outbox" | "smtp">().notNull(),
    status: text("status").$type<"queued" | "sent" | "failed">().notNull(),
    error: text("error"),
    createdAt: createdAt(),
    sentAt: timestamp("sent_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("mail_outbox_created_idx").on(t.createdAt)],
);

// ---------------------------------------------------------------- flags and launch

/**
 * A flag set by hand or by the launch monitor, over whatever the flag provider
 * says: the kill switch when no Unleash server is configured, and per-environment
 * overrides for preview deploys.
 */
export const flagOverrides = pgTable(
  "flag_overrides",
  {
    flag: text("flag").notNull(),
    /** "all", or one deploy environment ("preview", "production", "development"). */
    environment: text("environment").notNull().default("all"),
    enabled: boolean("enabled").notNull(),
    reason: text("reason"),
    setBy: text("set_by"),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.flag, t.environment] })],
);

/** Each run of the launch monitor: the metrics, their ratings, and what it did. */
export const launchReports = pgTable(
  "launch_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    createdAt: createdAt(),
    status: text("status").$type<"ok" | "warning" | "critical">().notNull(),
    metrics: jsonb("metrics").$type<Record<string, unknown>>().notNull(),
    actions: jsonb("actions").$type<string[]>().notNull().default([]),
  },
  (t) => [index("launch_reports_created_idx").on(t.createdAt)],
);

// ---------------------------------------------------------------- metrics

/** Product events (registration, activation, voice use, errors) for launch metrics. */
export const events = pgTable(
  "events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: text("user_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name").notNull(),
    properties: jsonb("properties").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index("events_name_time_idx").on(t.name, t.createdAt), index("events_user_idx").on(t.userId)],
);

export type User = typeof users.$inferSelect;
export type List = typeof lists.$inferSelect;
export type Todo = typeof todos.$inferSelect;
export type NewTodo = typeof todos.$inferInsert;
export type Priority = (typeof priorityEnum.enumValues)[number];
export type TodoStatus = (typeof todoStatusEnum.enumValues)[number];
export type MemberRole = (typeof memberRoleEnum.enumValues)[number];

// ---------------------------------------------------------------- analytics rollups

/**
 * Requests per minute, method, route pattern and status. Each server process
 * counts in memory (lib/analytics/request-stats.ts) and adds its counts here
 * every few seconds, so one row stands for many requests. `buckets` holds a
 * duration histogram (bounds in lib/analytics/histogram.ts) from which SQL
 * interpolates p95 the way Prometheus' histogram_quantile does.
 */
export const requestStats = pgTable(
  "request_stats",
  {
    minute: timestamp("minute", { withTimezone: true, mode: "date" }).notNull(),
    method: text("method").notNull(),
    route: text("route").notNull(),
    status: integer("status").notNull(),
    count: integer("count").notNull(),
    totalMs: doublePrecision("total_ms").notNull(),
    maxMs: doublePrecision("max_ms").notNull(),
    buckets: integer("buckets").array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.minute, t.method, t.route, t.status] })],
);

/**
 * Each launch metric per UTC day (for cohort metrics: the day the cohort
 * joined), recomputed from events and request_stats by
 * refreshMetricRollups; the dashboard's charts read only this table.
 */
export const metricDaily = pgTable(
  "metric_daily",
  {
    day: date("day", { mode: "string" }).notNull(),
    metric: text("metric").notNull(),
    numerator: doublePrecision("numerator").notNull(),
    denominator: doublePrecision("denominator").notNull(),
    /** numerator / denominator (p95: milliseconds); null when there was nothing to measure. */
    value: doublePrecision("value"),
    refreshedAt: timestamp("refreshed_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.day, t.metric] })],
);
