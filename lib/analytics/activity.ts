import { sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { events } from "@/db/schema";
import { type DbOrTx, getDb } from "@/lib/db";
import { log } from "@/lib/log";

// Retention counts users active on a day. One "active" event per user and
// UTC day is enough: this process remembers whom it has recorded today, so
// an ordinary request costs a map lookup; the insert itself also checks, so
// several processes add at most a rare duplicate (the queries count distinct users).

const seen = (() => {
  const holder = globalThis as typeof globalThis & { __voiceTodoActiveSeen?: LRUCache<string, true> };
  holder.__voiceTodoActiveSeen ??= new LRUCache<string, true>({ max: 50_000, ttl: 26 * 3_600_000 });
  return holder.__voiceTodoActiveSeen;
})();

export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** Adds today's "active" event unless the user already has one. Never throws. */
export async function recordDailyActivity(db: DbOrTx, params: { userId: string; at?: Date }): Promise<void> {
  const at = params.at ?? new Date();
  const dayStart = `${utcDay(at)}T00:00:00Z`;
  try {
    await db.execute(sql`
      insert into ${events} (user_id, name, created_at)
      select ${params.userId}, 'active', ${at.toISOString()}::timestamptz
      where not exists (
        select 1 from ${events}
        where user_id = ${params.userId} and name = 'active'
          and created_at >= ${dayStart}::timestamptz and created_at < ${dayStart}::timestamptz + interval '1 day')`);
  } catch (error) {
    log.warn("activity not recorded", { userId: params.userId, error });
  }
}

/** For the request path: returns at once, records at most once per user and day per process. */
export function noteActivity(userId: string, at = new Date()): void {
  const key = `${userId} ${utcDay(at)}`;
  if (seen.has(key)) return;
  seen.set(key, true);
  void getDb()
    .then((db) => recordDailyActivity(db, { userId, at }))
    .catch((error: unknown) => log.warn("activity not recorded", { userId, error }));
}
