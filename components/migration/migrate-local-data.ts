import {
  LEGACY_STORAGE_KEY,
  MIGRATION_PATH,
  type MigrationCount,
  type MigrationResult,
} from "@/lib/migration/contract";

// The browser's half of the move out of localStorage. The local copy is
// removed only when the server confirmed every todo AND a separate read-back
// agrees; on any doubt it stays, so that nothing is lost and a retry (which
// the server makes harmless) can finish the job.

export type LegacyData = { raw: string; todoCount: number };

export type MigrationOutcome =
  | { ok: true; migrated: number }
  | { ok: false; message: string; result?: MigrationResult };

type StorageLike = Pick<Storage, "getItem" | "removeItem">;
type Deps = { storage?: StorageLike; fetch?: typeof fetch };

/** The old app's data in this browser, or null when there is none (or storage is unavailable). */
export function readLegacyData(storage: StorageLike): LegacyData | null {
  let raw: string | null;
  try {
    raw = storage.getItem(LEGACY_STORAGE_KEY);
  } catch {
    // Storage disabled (privacy settings): there is nothing we could move.
    return null;
  }
  if (raw === null) return null;
  return { raw, todoCount: countTodos(raw) };
}

function countTodos(raw: string): number {
  try {
    const data: unknown = JSON.parse(raw);
    const todos = data && typeof data === "object" ? (data as { todos?: unknown }).todos : undefined;
    return Array.isArray(todos) ? todos.length : 0;
  } catch {
    return 0;
  }
}

const plural = (n: number) => `${n} ${n === 1 ? "todo" : "todos"}`;

const STILL_HERE = "Your todos are still saved in this browser.";

async function errorMessage(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  return body?.error?.message ?? `The server answered ${response.status}`;
}

/** POST the stored payload, verify, and only then remove it. Never throws. */
export async function migrateLocalData(deps: Deps = {}): Promise<MigrationOutcome> {
  const storage = deps.storage ?? window.localStorage;
  const doFetch = deps.fetch ?? fetch;
  const stored = readLegacyData(storage);
  if (!stored) return { ok: true, migrated: 0 };
  let payload: unknown;
  try {
    payload = JSON.parse(stored.raw);
  } catch {
    return { ok: false, message: "The data saved by the earlier version is damaged and cannot be read." };
  }
  try {
    const response = await doFetch(MIGRATION_PATH, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
    if (!response.ok) return { ok: false, message: `${await errorMessage(response)}. ${STILL_HERE}` };
    const result = (await response.json()) as MigrationResult;
    if (result.failedTodos > 0) {
      const first = result.errors[0]?.message ?? "";
      return {
        ok: false,
        result,
        message: `${plural(result.failedTodos)} of ${stored.todoCount} could not be moved: ${first}. ${STILL_HERE}`,
      };
    }
    if (result.migratedTodos !== stored.todoCount) {
      return {
        ok: false,
        result,
        message: `The server confirmed ${plural(result.migratedTodos)} of ${stored.todoCount}. ${STILL_HERE}`,
      };
    }
    // Read back: the count the server reported must be what it now has.
    const check = await doFetch(MIGRATION_PATH, { method: "GET", cache: "no-store" });
    if (!check.ok) return { ok: false, result, message: `${await errorMessage(check)}. ${STILL_HERE}` };
    const { count } = (await check.json()) as MigrationCount;
    if (count !== result.totalMigrated) {
      return {
        ok: false,
        result,
        message: `Checking found ${plural(count)} where ${result.totalMigrated} were expected. ${STILL_HERE}`,
      };
    }
  } catch {
    return { ok: false, message: `Could not reach the server. ${STILL_HERE}` };
  }
  // Another tab may have changed it meanwhile: then that copy is not the one we moved.
  if (storage.getItem(LEGACY_STORAGE_KEY) !== stored.raw) {
    return { ok: false, message: `The saved data changed while it was being moved. ${STILL_HERE}` };
  }
  storage.removeItem(LEGACY_STORAGE_KEY);
  return { ok: true, migrated: stored.todoCount };
}
