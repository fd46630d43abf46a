import "server-only";
import { and, inArray, isNull, sql } from "drizzle-orm";
import { events, lists, todos } from "@/db/schema";
import type { DbOrTx } from "@/lib/db";
import { accessibleListIds, nextVersion } from "./access";

// What changes when someone gains or loses a list, for the sync pull and
// the real-time notices. A pull returns "everything after version N", so:
// - gaining a list bumps the list and its todos, and the newcomer's next pull
//   carries them (the other members re-pull rows they already have: harmless);
// - losing a list is recorded as a `list_access_removed` event with a
//   change_seq version, and the pull names such lists in removedListIds.
//   There is no other trace of a row that is gone, and events is where the
//   product already records what happened to whom.

export const ACCESS_REMOVED_EVENT = "list_access_removed";

/** Every user who can read the list now (directly or through a team). */
export async function userIdsWithAccess(db: DbOrTx, listId: string): Promise<string[]> {
  const rows = await db.execute<{ user_id: string }>(sql`
    select lm.user_id from list_members lm where lm.list_id = ${listId} and lm.user_id is not null
    union
    select tm.user_id from list_members lm join team_members tm on tm.team_id = lm.team_id
    where lm.list_id = ${listId}
  `);
  return rowsOf<{ user_id: string }>(rows).map((r) => r.user_id);
}

/** The ids of the live lists a user can read now. */
export async function listIdsOf(db: DbOrTx, userId: string): Promise<Set<string>> {
  const rows = await db
    .select({ id: lists.id })
    .from(lists)
    .where(and(sql`${lists.id} in ${accessibleListIds(userId)}`, isNull(lists.deletedAt)));
  return new Set(rows.map((r) => r.id));
}

/** Makes the list and its todos new again for the next pull of whoever just gained it. */
export async function touchLists(db: DbOrTx, listIds: readonly string[]): Promise<void> {
  if (listIds.length === 0) return;
  const ids = [...listIds];
  await db.update(lists).set({ version: nextVersion }).where(inArray(lists.id, ids));
  await db.update(todos).set({ version: nextVersion }).where(inArray(todos.listId, ids));
}

/** Records, for each user, the lists they no longer reach (after the membership change). */
export async function recordAccessLoss(
  db: DbOrTx,
  losses: readonly { userId: string; listId: string }[],
): Promise<void> {
  for (const { userId, listId } of losses) {
    await db.insert(events).values({
      userId,
      name: ACCESS_REMOVED_EVENT,
      properties: sql`jsonb_build_object('listId', ${listId}::text, 'version', nextval('change_seq'))`,
    });
  }
}

/** Lists the user lost after `floor` and does not reach again now; versions feed the next sync token. */
export async function lostListsSince(
  db: DbOrTx,
  params: { userId: string; floor: number },
): Promise<{ id: string; version: number }[]> {
  const rows = await db.execute<{ id: string; version: string | number }>(sql`
    select distinct on (e.properties->>'listId') e.properties->>'listId' as id,
      (e.properties->>'version')::bigint as version
    from ${events} e
    where e.user_id = ${params.userId} and e.name = ${ACCESS_REMOVED_EVENT}
      and (e.properties->>'version')::bigint > ${params.floor}
      and (e.properties->>'listId')::uuid not in ${accessibleListIds(params.userId)}
    order by e.properties->>'listId', (e.properties->>'version')::bigint desc
  `);
  return rowsOf<{ id: string; version: string | number }>(rows).map((r) => ({
    id: r.id,
    version: Number(r.version),
  }));
}

/**
 * Compares who reached which lists before and after a change: the losses
 * are recorded (for the sync pull), the gains touched. Returns every user
 * whose set of lists changed, for list_changed notices.
 */
export async function settleAccessChange(db: DbOrTx, before: Map<string, Set<string>>): Promise<string[]> {
  const affected: string[] = [];
  const gained = new Set<string>();
  for (const [userId, had] of before) {
    const now = await listIdsOf(db, userId);
    const lost = [...had].filter((id) => !now.has(id));
    const got = [...now].filter((id) => !had.has(id));
    await recordAccessLoss(
      db,
      lost.map((listId) => ({ userId, listId })),
    );
    for (const id of got) gained.add(id);
    if (lost.length > 0 || got.length > 0) affected.push(userId);
  }
  await touchLists(db, [...gained]);
  return affected;
}

/** Snapshot of the lists each user reaches, taken before a membership change. */
export async function accessSnapshot(
  db: DbOrTx,
  userIds: readonly string[],
): Promise<Map<string, Set<string>>> {
  const snapshot = new Map<string, Set<string>>();
  for (const userId of new Set(userIds)) snapshot.set(userId, await listIdsOf(db, userId));
  return snapshot;
}

// db.execute returns rows directly on postgres.js and { rows } on PGlite / neon.
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown }).rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}
