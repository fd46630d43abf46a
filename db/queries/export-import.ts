import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { listMembers, lists, type NewTodo, todos } from "@/db/schema";
import { zonedToInstant } from "@/lib/dates/zoned";
import type { Db, DbOrTx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportFile } from "@/lib/import/json-format";
import type { ImportPlan } from "@/lib/import/types";
import type { TodoDto } from "@/lib/todos/schemas";
import { requireListAccess } from "./lists";
import { toTodoDto } from "./todos";

// Export and import. An export is the user's own lists (shared lists belong
// to their owners' exports); an import was validated whole before it gets
// here and is written in one transaction, so it lands completely or not at all.

/** Everything the user owns, in our JSON format (lib/import/json-format.ts). */
export async function exportEverything(db: DbOrTx, params: { userId: string }): Promise<ExportFile> {
  const rows = await db
    .select({ list: lists, todo: todos })
    .from(lists)
    .leftJoin(todos, and(eq(todos.listId, lists.id), isNull(todos.deletedAt)))
    .where(and(eq(lists.ownerId, params.userId), isNull(lists.deletedAt)))
    .orderBy(sql`${lists.isDefault} desc`, asc(lists.position), asc(todos.position));
  const byList = new Map<string, ExportFile["lists"][number]>();
  for (const { list, todo } of rows) {
    let entry = byList.get(list.id);
    if (!entry) {
      entry = { name: list.name, color: list.color, isDefault: list.isDefault, todos: [] };
      byList.set(list.id, entry);
    }
    if (!todo) continue;
    const dto = toTodoDto(todo);
    entry.todos.push({
      title: dto.title,
      notes: dto.notes,
      priority: dto.priority,
      status: dto.status,
      dueDate: dto.dueDate,
      dueTime: dto.dueTime,
      timeZone: dto.timeZone,
      recurrence: dto.recurrence,
      tags: dto.tags,
      completedAt: dto.completedAt,
      createdAt: dto.createdAt,
    });
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date().toISOString(),
    lists: [...byList.values()],
  };
}

/** One list's live todos (any member may export what they can read). */
export async function exportList(
  db: DbOrTx,
  params: { userId: string; listId: string },
): Promise<{ name: string; todos: TodoDto[] }> {
  await requireListAccess(db, { ...params, action: "read" });
  const [list] = await db.select({ name: lists.name }).from(lists).where(eq(lists.id, params.listId));
  const rows = await db
    .select()
    .from(todos)
    .where(and(eq(todos.listId, params.listId), isNull(todos.deletedAt)))
    .orderBy(asc(todos.position));
  return { name: list?.name ?? "List", todos: rows.map(toTodoDto) };
}

/** The user's own live list with this name, created when missing; the Inbox for the default list. */
async function targetList(
  tx: DbOrTx,
  userId: string,
  name: string,
  isDefault: boolean,
  color: string | null,
) {
  const [found] = await tx
    .select({ id: lists.id })
    .from(lists)
    .where(
      and(
        eq(lists.ownerId, userId),
        isNull(lists.deletedAt),
        isDefault ? eq(lists.isDefault, true) : sql`lower(${lists.name}) = lower(${name})`,
      ),
    );
  if (found) return { id: found.id, created: false };
  const [list] = await tx
    .insert(lists)
    .values({
      ownerId: userId,
      name,
      color,
      position: sql`coalesce((select max(position) from lists where owner_id = ${userId}), 0) + 1024`,
    })
    .returning({ id: lists.id });
  if (!list) throw new Error("list insert returned nothing");
  await tx.insert(listMembers).values({ listId: list.id, userId, role: "owner" });
  return { id: list.id, created: true };
}

/** Writes a validated import: every list and todo, or (on any failure) nothing. */
export async function writeImport(
  db: Db,
  params: { userId: string; plan: ImportPlan; via?: "import" },
): Promise<{ listsCreated: number; todosCreated: number; listIds: string[] }> {
  return db.transaction(async (tx) => {
    let listsCreated = 0;
    let todosCreated = 0;
    const listIds: string[] = [];
    for (const list of params.plan.lists) {
      if (!list.name && !list.isDefault) throw new AppError("validation_failed", "Every list needs a name");
      const target = await targetList(tx, params.userId, list.name, list.isDefault, list.color);
      if (target.created) listsCreated++;
      listIds.push(target.id);
      const [last] = await tx
        .select({ max: sql<number | null>`max(${todos.position})` })
        .from(todos)
        .where(eq(todos.listId, target.id));
      const base = Number(last?.max ?? 0);
      const values: NewTodo[] = list.todos.map((t, index) => ({
        listId: target.id,
        createdBy: params.userId,
        title: t.title,
        notes: t.notes,
        priority: t.priority,
        status: t.status,
        dueDate: t.dueDate,
        dueAt: t.dueDate && t.dueTime ? zonedToInstant(t.dueDate, t.dueTime, t.timeZone) : null,
        timeZone: t.timeZone,
        recurrence: t.recurrence,
        tags: t.tags,
        completedAt: t.completedAt ? new Date(t.completedAt) : null,
        completedBy: t.status === "completed" ? params.userId : null,
        createdVia: "import",
        position: base + 1024 * (index + 1),
      }));
      // In slices: one statement per few hundred rows keeps parameters under the driver's limit.
      for (let i = 0; i < values.length; i += 200) {
        await tx.insert(todos).values(values.slice(i, i + 200));
      }
      todosCreated += values.length;
    }
    return { listsCreated, todosCreated, listIds };
  });
}
