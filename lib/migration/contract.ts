// What the browser and POST/GET /api/migrations/local-storage agree on. No
// imports: the client component uses this file without pulling zod or
// node:crypto into the bundle.

/** Where the app's earlier version kept everything. */
export const LEGACY_STORAGE_KEY = "voice-todo-app-data";

export const MIGRATION_PATH = "/api/migrations/local-storage";

/** Large enough for 10,000 todos with long descriptions (about 3 MB typical). */
export const MAX_MIGRATION_BYTES = 8 * 1024 * 1024;

/** One todo that could not be moved; the rest of the payload still was. */
export type MigrationTodoError = {
  /** Position in the payload's `todos` array. */
  index: number;
  /** The id as the old client stored it. */
  id: string | number;
  message: string;
};

/**
 * The answer to POST. Sending the same payload again gives the same
 * `migratedTodos`, `failedTodos`, `errors` and `totalMigrated`; only
 * `alreadyMigrated` grows (to `migratedTodos`), because nothing new is written.
 */
export type MigrationResult = {
  /** Todos of the payload that this user now has (inserted now or by an earlier send). */
  migratedTodos: number;
  /** Of those, how many were already there before this request. */
  alreadyMigrated: number;
  /** Todos of the payload that were not moved (their id belongs to another account). */
  failedTodos: number;
  errors: MigrationTodoError[];
  /** All migrated todos the user has after this request: what GET answers as `count`. */
  totalMigrated: number;
};

/** The answer to GET: the caller's todos with created_via = 'migration', trashed ones included. */
export type MigrationCount = { count: number };
