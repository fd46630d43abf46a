import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { LRUCache } from "lru-cache";
import { listMembers, lists, todos } from "@/db/schema";
import type { Db, DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { can, type ListAction, type Role } from "@/lib/permissions";
import type { ListDto } from "@/lib/todos/schemas";
import { accessibleListIds, LISTS_ID, nextVersion, roleOnList } from "./access";
import { isUniqueViolation } from "./pg-errors";

type ListRow = typeof lists.$inferSelect & { role: Role; openCount: number };

function toListDto(row: ListRow): ListDto {
  return {
    id: row.id,
    name: row.name,
    color: row.color,
    isDefault: row.isDefault,
    position: row.position,
    role: row.role,
    openCount: Number(row.openCount),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const openCount = sql<number>`(
  select count(*)::int from ${todos}
  where ${todos.listId} = ${LISTS_ID} and ${todos.status} = 'pending' and ${todos.deletedAt} is null
)`;

export async function getListsForUser(db: DbOrTx, params: { userId: string }): Promise<ListDto[]> {
  const rows = await db
    .select({ list: lists, role: roleOnList(LISTS_ID, params.userId), openCount })
    .from(lists)
    .where(and(sql`${lists.id} in ${accessibleListIds(params.userId)}`, isNull(lists.deletedAt)))
    .orderBy(sql`${lists.isDefault} desc`, asc(lists.position), asc(lists.createdAt));
  return rows.map((r) => toListDto({ ...r.list, role: r.role ?? "viewer", openCount: r.openCount }));
}

/** The list with the caller's role, or 404 when it is not theirs to `action` (never revealing it exists). */
export async function requireListAccess(
  db: DbOrTx,
  params: { userId: string; listId: string; action: ListAction },
): Promise<{ id: string; role: Role; isDefault: boolean; ownerId: string }> {
  const [row] = await db
    .select({
      id: lists.id,
      isDefault: lists.isDefault,
      ownerId: lists.ownerId,
      role: roleOnList(LISTS_ID, params.userId),
    })
    .from(lists)
    .where(and(eq(lists.id, params.listId), isNull(lists.deletedAt)));
  if (!row || !can(row.role, "read")) throw notFound("List");
  if (!row.role || !can(row.role, params.action))
    throw new AppError("forbidden", `You cannot ${params.action} this list`);
  return { ...row, role: row.role };
}

// A user's Inbox never changes (it cannot be deleted), so its id is
// remembered: a create without a list then needs no lookup.
const inboxIds = new LRUCache<string, string>({ max: 10_000 });

export async function getDefaultListId(db: DbOrTx, params: { userId: string }): Promise<string> {
  const known = inboxIds.get(params.userId);
  if (known) return known;
  const [row] = await db
    .select({ id: lists.id })
    .from(lists)
    .where(and(eq(lists.ownerId, params.userId), eq(lists.isDefault, true)));
  if (!row) throw new AppError("not_found", "Default list not found");
  inboxIds.set(params.userId, row.id);
  return row.id;
}

export async function createList(
  db: Db,
  params: { userId: string; input: { id?: string; name: string; color?: string | null } },
): Promise<ListDto> {
  const { userId, input } = params;
  try {
    return await db.transaction(async (tx) => {
      const [list] = await tx
        .insert(lists)
        .values({
          ...(input.id ? { id: input.id } : {}),
          ownerId: userId,
          name: input.name,
          color: input.color ?? null,
          position: sql`coalesce((select max(position) from lists where owner_id = ${userId}), 0) + 1024`,
        })
        .returning();
      if (!list) throw new Error("insert returned nothing");
      await tx.insert(listMembers).values({ listId: list.id, userId, role: "owner" });
      return toListDto({ ...list, role: "owner", openCount: 0 });
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("conflict", `A list named "${input.name}" already exists`);
    throw error;
  }
}

export async function updateList(
  db: Db,
  params: {
    userId: string;
    listId: string;
    patch: { name?: string; color?: string | null; position?: number };
  },
): Promise<ListDto> {
  await requireListAccess(db, { userId: params.userId, listId: params.listId, action: "manage" });
  try {
    await db
      .update(lists)
      .set({ ...params.patch, updatedAt: new Date(), version: nextVersion })
      .where(and(eq(lists.id, params.listId), isNull(lists.deletedAt)));
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("conflict", `A list named "${params.patch.name}" already exists`);
    throw error;
  }
  const all = await getListsForUser(db, { userId: params.userId });
  const updated = all.find((l) => l.id === params.listId);
  if (!updated) throw notFound("List");
  return updated;
}

/** Soft-deletes a list and its todos (restorable until purged). The Inbox stays. */
export async function deleteList(db: Db, params: { userId: string; listId: string }): Promise<void> {
  const list = await requireListAccess(db, { ...params, action: "manage" });
  if (list.isDefault) throw new AppError("conflict", "The Inbox cannot be deleted");
  await db.transaction(async (tx) => {
    const now = new Date();
    await tx
      .update(todos)
      .set({ deletedAt: now, updatedAt: now, version: nextVersion })
      .where(and(eq(todos.listId, params.listId), isNull(todos.deletedAt)));
    await tx
      .update(lists)
      .set({ deletedAt: now, updatedAt: now, version: nextVersion })
      .where(eq(lists.id, params.listId));
  });
}
