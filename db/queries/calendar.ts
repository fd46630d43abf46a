import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { lists, todos, users } from "@/db/schema";
import type { FeedTodo } from "@/lib/calendar/feed";
import type { Db, DbOrTx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { hashSecret, isWellFormedSecret, newSecret } from "@/lib/sharing/tokens";
import { accessibleListIds } from "./access";
import { requireListAccess } from "./lists";
import { toTodoDto } from "./todos";

// Each user's secret calendar feed. The URL's secret is the only credential
// (calendar apps send no cookies), so only its hash is stored and a new one
// replaces it: the old URL stops working at once.

export async function regenerateCalendarSecret(db: DbOrTx, params: { userId: string }): Promise<string> {
  const secret = newSecret("calendar");
  await db
    .update(users)
    .set({ calendarSecretHash: hashSecret(secret), updatedAt: new Date() })
    .where(eq(users.id, params.userId));
  return secret;
}

export async function hasCalendarFeed(db: DbOrTx, params: { userId: string }): Promise<boolean> {
  const [row] = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.id, params.userId), isNotNull(users.calendarSecretHash)));
  return Boolean(row);
}

/** Turns the feed off: no URL works until a new one is made. */
export async function disableCalendarFeed(db: DbOrTx, params: { userId: string }): Promise<void> {
  await db.update(users).set({ calendarSecretHash: null }).where(eq(users.id, params.userId));
}

/**
 * The todos with a due date that the secret's owner can see (their own and
 * shared lists, completed included, deleted not), or those of one such list.
 * An unknown secret or a list they cannot read: 404.
 */
export async function getCalendarFeed(
  db: Db,
  params: { secret: string; listId?: string },
): Promise<{ name: string; todos: FeedTodo[] }> {
  if (!isWellFormedSecret(params.secret, "calendar")) throw notFound("Calendar");
  const [user] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.calendarSecretHash, hashSecret(params.secret)));
  if (!user) throw notFound("Calendar");
  let name = "Voice Todo";
  if (params.listId) {
    await requireListAccess(db, { userId: user.id, listId: params.listId, action: "read" });
    const [list] = await db.select({ name: lists.name }).from(lists).where(eq(lists.id, params.listId));
    name = `Voice Todo: ${list?.name ?? "List"}`;
  }
  const rows = await db
    .select({ todo: todos, listName: lists.name })
    .from(todos)
    .innerJoin(lists, eq(lists.id, todos.listId))
    .where(
      and(
        sql`${todos.listId} in ${accessibleListIds(user.id)}`,
        params.listId ? eq(todos.listId, params.listId) : undefined,
        isNull(todos.deletedAt),
        isNull(lists.deletedAt),
        isNotNull(todos.dueDate),
      ),
    )
    .orderBy(todos.dueDate)
    .limit(5000);
  return { name, todos: rows.map((r) => ({ ...toTodoDto(r.todo), listName: r.listName })) };
}
