import { sql } from "drizzle-orm";
import { getDbHandle } from "./index";
import { expectedMigrationCount } from "./migrations";
import type { DbHandle } from "./types";

export type Check = { status: "ok" | "degraded" | "failed"; ms: number; detail?: string };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/** Database reachable and every migration in the repo applied. */
export async function checkDatabase(
  timeoutMs = 2000,
  connectHandle: () => Promise<DbHandle> = getDbHandle,
): Promise<Check> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const handle = await withTimeout(connectHandle(), timeoutMs);
    await withTimeout(handle.ping(), timeoutMs);
    const result = await withTimeout(
      handle.db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`),
      timeoutMs,
    );
    const rows = Array.isArray(result) ? result : (result as { rows: { n: number }[] }).rows;
    const applied = Number(rows[0]?.n ?? 0);
    const expected = expectedMigrationCount();
    if (applied < expected) {
      return { status: "failed", ms: ms(), detail: `${applied} of ${expected} migrations applied` };
    }
    return { status: "ok", ms: ms(), detail: `${handle.driver}, ${applied} migrations` };
  } catch (error) {
    return { status: "failed", ms: ms(), detail: error instanceof Error ? error.message : String(error) };
  }
}
