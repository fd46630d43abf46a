import "server-only";
import { and, asc, desc, eq, isNotNull, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import { type Todo, todoCompletions, todos } from "@/db/schema";
import { recordEvent } from "@/lib/analytics/events";
import { endOfWeek, localDateOf, localTimeOf, zonedToInstant } from "@/lib/dates/zoned";
import type { Db, DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { can, type Role } from "@/lib/permissions";
import { nextOccurrence } from "@/lib/todos/recurrence";
import type { CreateTodoInput, TodoDto, TodoFilter, UpdateTodoInput } from "@/lib/todos/schemas";
import { accessibleListIds, nextVersion, roleOnList, TODOS_LIST_ID } from "./access";
import { userIdsWithAccess } from "./list-access";
import { getDefaultListId, requireListAccess } from "./lists";
import { isUniqueViolation } from "./pg-errors";

export function toTodoDto(t: Todo): TodoDto {
  return {
    id: t.id,
    listId: t.listId,
    title: t.title,
    notes: t.notes,
    priority: t.priority,
    status: t.status,
    dueDate: t.dueDate,
    dueTime: t.dueAt ? localTimeOf(t.dueAt, t.timeZone) : null,
    dueAt: t.dueAt?.toISOString() ?? null,
    timeZone: t.timeZone,
    recurrence: t.recurrence,
    recurrenceBasis: t.recurrenceBasis,
    tags: t.tags,
    position: t.position,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    completedAt: t.completedAt?.toISOString() ?? null,
    deletedAt: t.deletedAt?.toISOString() ?? null,
    version: t.version,
    createdVia: t.createdVia,
    voiceText: t.voiceText,
    voiceConfidence: t.voiceConfidence,
    location: t.location ?? null,
    createdBy: t.createdBy,
    assigneeId: t.assigneeId,
    completedBy: t.completedBy,
  };
}

const PRIORITY_RANK = sql`array_position(array['urgent','high','medium','low']::priority[], ${todos.priority})`;

function orderFor(sort: TodoFilter["sort"]): SQL[] {
  switch (sort) {
    case "due":
      return [sql`${todos.dueDate} asc nulls last`, sql`${todos.dueAt} asc nulls last`, asc(todos.position)];
    case "priority":
      return [asc(PRIORITY_RANK), sql`${todos.dueDate} asc nulls last`, asc(todos.position)];
    case "created":
      return [desc(todos.createdAt)];
    default:
      return [asc(todos.position), asc(todos.createdAt)];
  }
}

/** The due-date condition of a smart view, on the user's local calendar. */
function dueCondition(
  view: NonNullable<TodoFilter["due"]>,
  timeZone: string,
  weekStart: number,
): SQL | undefined {
  const now = new Date();
  const today = localDateOf(now, timeZone);
  switch (view) {
    case "today":
      return eq(todos.dueDate, today);
    case "overdue":
      return or(lt(todos.dueDate, today), and(isNotNull(todos.dueAt), lt(todos.dueAt, now)));
    case "week":
      return and(sql`${todos.dueDate} >= ${today}`, sql`${todos.dueDate} <= ${endOfWeek(today, weekStart)}`);
    case "upcoming":
      return sql`${todos.dueDate} >= ${today}`;
  }
}

export async function getTodosForUser(
  db: DbOrTx,
  params: { userId: string; filter: TodoFilter; timeZone: string; weekStart?: number },
): Promise<TodoDto[]> {
  const { userId, filter, timeZone } = params;
  const conditions: (SQL | undefined)[] = [
    sql`${todos.listId} in ${accessibleListIds(userId)}`,
    filter.deleted ? isNotNull(todos.deletedAt) : isNull(todos.deletedAt),
    filter.list ? eq(todos.listId, filter.list) : undefined,
    filter.status === "all" ? undefined : eq(todos.status, filter.status),
    filter.due ? dueCondition(filter.due, timeZone, params.weekStart ?? 1) : undefined,
  ];
  const order = filter.deleted ? [desc(todos.deletedAt)] : orderFor(filter.sort);
  const rows = await db
    .select()
    .from(todos)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(filter.limit);
  return rows.map(toTodoDto);
}

type TodoWithRole = { todo: Todo; role: Role };

/** One todo with the caller's role on its list; 404 when the caller cannot see it. */
async function findTodoForUser(
  db: DbOrTx,
  params: { userId: string; id: string; includeDeleted?: boolean },
): Promise<TodoWithRole> {
  const [row] = await db
    .select({ todo: todos, role: roleOnList(TODOS_LIST_ID, params.userId) })
    .from(todos)
    .where(and(eq(todos.id, params.id), params.includeDeleted ? undefined : isNull(todos.deletedAt)));
  if (!row?.role) throw notFound("Todo");
  return { todo: row.todo, role: row.role };
}

export async function getTodoForUser(db: DbOrTx, params: { userId: string; id: string }): Promise<TodoDto> {
  return toTodoDto((await findTodoForUser(db, params)).todo);
}

function requireWrite(role: Role): void {
  if (!can(role, "write")) throw new AppError("forbidden", "You can only view this list");
}

/** dueDate + dueTime + zone -> the stored columns. */
function dueColumns(dueDate: string | null, dueTime: string | null, timeZone: string) {
  return {
    dueDate,
    dueAt: dueDate && dueTime ? zonedToInstant(dueDate, dueTime, timeZone) : null,
    timeZone,
  };
}

export async function createTodo(
  db: Db,
  params: {
    userId: string;
    input: CreateTodoInput;
    timeZone: string;
    recurrenceBasis?: "due" | "completion";
  },
): Promise<TodoDto> {
  const { userId, input } = params;
  // The user's own Inbox needs no access check: it was found by its owner.
  const listId = input.listId ?? (await getDefaultListId(db, { userId }));
  if (input.listId) await requireListAccess(db, { userId, listId, action: "write" });
  const timeZone = input.timeZone ?? params.timeZone;
  try {
    const [row] = await db
      .insert(todos)
      .values({
        ...(input.id ? { id: input.id } : {}),
        listId,
        createdBy: userId,
        title: input.title,
        notes: input.notes ?? "",
        priority: input.priority ?? "medium",
        ...dueColumns(input.dueDate ?? null, input.dueTime ?? null, timeZone),
        recurrence: input.recurrence ?? null,
        recurrenceBasis: input.recurrenceBasis ?? params.recurrenceBasis ?? "due",
        tags: input.tags ?? [],
        position:
          input.position ??
          sql`coalesce((select max(position) from todos where list_id = ${listId} and deleted_at is null), 0) + 1024`,
        location: input.location ?? null,
        createdVia: input.createdVia ?? "text",
        voiceText: input.voiceText ?? null,
        voiceConfidence: input.voiceConfidence ?? null,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await recordEvent(db, { userId, name: "todo_created", properties: { via: row.createdVia } });
    return toTodoDto(row);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", "A todo with this id already exists");
    throw error;
  }
}

/** The columns a completion changes: a recurring todo moves to its next occurrence instead. */
async function completionChanges(tx: DbOrTx, todo: Todo, userId: string, now: Date): Promise<Partial<Todo>> {
  if (!todo.recurrence) return { status: "completed", completedAt: now, completedBy: userId };
  await tx
    .insert(todoCompletions)
    .values({ todoId: todo.id, completedBy: userId, occurrenceDate: todo.dueDate });
  const next = nextOccurrence({
    rule: todo.recurrence,
    dueDate: todo.dueDate,
    dueTime: todo.dueAt ? localTimeOf(todo.dueAt, todo.timeZone) : null,
    basis: todo.recurrenceBasis,
    completedOn: localDateOf(now, todo.timeZone),
  });
  // The series is over (COUNT/UNTIL): this was the last occurrence.
  if (!next) return { status: "completed", completedAt: now, completedBy: userId };
  return dueColumns(next.dueDate, next.dueTime, todo.timeZone);
}

export async function updateTodo(
  db: Db,
  params: { userId: string; id: string; patch: UpdateTodoInput },
): Promise<TodoDto> {
  const { userId, id, patch } = params;
  return db.transaction(async (tx) => {
    const { todo, role } = await findTodoForUser(tx, { userId, id });
    requireWrite(role);
    if (patch.expectedVersion !== undefined && patch.expectedVersion !== todo.version) {
      throw new AppError("conflict", "This todo changed since you loaded it", { version: todo.version });
    }
    if (patch.listId && patch.listId !== todo.listId) {
      await requireListAccess(tx, { userId, listId: patch.listId, action: "write" });
    }
    const now = new Date();
    const changes: Partial<Todo> = {};
    for (const key of [
      "listId",
      "title",
      "notes",
      "priority",
      "tags",
      "position",
      "recurrenceBasis",
    ] as const) {
      if (patch[key] !== undefined) Object.assign(changes, { [key]: patch[key] });
    }
    if (patch.location !== undefined) changes.location = patch.location;
    if (patch.assigneeId !== undefined) {
      // Only someone who can see the list can be given its todos.
      const listId = changes.listId ?? todo.listId;
      if (patch.assigneeId && !(await userIdsWithAccess(tx, listId)).includes(patch.assigneeId))
        throw new AppError("validation_failed", "That person is not a member of this list");
      changes.assigneeId = patch.assigneeId;
    }
    if (patch.recurrence !== undefined) changes.recurrence = patch.recurrence;

    const touchesDue =
      patch.dueDate !== undefined || patch.dueTime !== undefined || patch.timeZone !== undefined;
    if (touchesDue) {
      const timeZone = patch.timeZone ?? todo.timeZone;
      const dueDate = patch.dueDate !== undefined ? patch.dueDate : todo.dueDate;
      const currentTime = todo.dueAt ? localTimeOf(todo.dueAt, todo.timeZone) : null;
      const dueTime = patch.dueTime !== undefined ? patch.dueTime : dueDate ? currentTime : null;
      if (dueTime && !dueDate) throw new AppError("validation_failed", "dueTime needs a dueDate");
      Object.assign(changes, dueColumns(dueDate, dueTime, timeZone));
    }
    const recurrence = changes.recurrence !== undefined ? changes.recurrence : todo.recurrence;
    const dueDate = changes.dueDate !== undefined ? changes.dueDate : todo.dueDate;
    if (recurrence && !dueDate) throw new AppError("validation_failed", "A recurring todo needs a dueDate");

    if (patch.status === "completed" && todo.status === "pending") {
      Object.assign(changes, await completionChanges(tx, { ...todo, ...changes }, userId, now));
    } else if (patch.status === "pending" && todo.status === "completed") {
      Object.assign(changes, { status: "pending", completedAt: null, completedBy: null });
    }

    const [row] = await tx
      .update(todos)
      .set({ ...changes, updatedAt: now, version: nextVersion })
      .where(eq(todos.id, id))
      .returning();
    if (!row) throw notFound("Todo");
    return toTodoDto(row);
  });
}

export async function softDeleteTodo(db: Db, params: { userId: string; id: string }): Promise<TodoDto> {
  const { role } = await findTodoForUser(db, params);
  requireWrite(role);
  const [row] = await db
    .update(todos)
    .set({ deletedAt: new Date(), updatedAt: new Date(), version: nextVersion })
    .where(and(eq(todos.id, params.id), isNull(todos.deletedAt)))
    .returning();
  if (!row) throw notFound("Todo");
  return toTodoDto(row);
}

export async function restoreTodo(db: Db, params: { userId: string; id: string }): Promise<TodoDto> {
  const { todo, role } = await findTodoForUser(db, { ...params, includeDeleted: true });
  requireWrite(role);
  if (!todo.deletedAt) return toTodoDto(todo);
  await requireListAccess(db, { userId: params.userId, listId: todo.listId, action: "write" });
  const [row] = await db
    .update(todos)
    .set({ deletedAt: null, updatedAt: new Date(), version: nextVersion })
    .where(eq(todos.id, params.id))
    .returning();
  if (!row) throw notFound("Todo");
  return toTodoDto(row);
}

/** Soft-deletes the completed todos of one list, or of every list the user may write to. */
export async function clearCompletedTodos(
  db: Db,
  params: { userId: string; listId?: string },
): Promise<{ cleared: string[]; changed: { id: string; listId: string; version: number }[] }> {
  if (params.listId)
    await requireListAccess(db, { userId: params.userId, listId: params.listId, action: "write" });
  const rows = await db
    .update(todos)
    .set({ deletedAt: new Date(), updatedAt: new Date(), version: nextVersion })
    .where(
      and(
        eq(todos.status, "completed"),
        isNull(todos.deletedAt),
        params.listId ? eq(todos.listId, params.listId) : undefined,
        sql`${roleOnList(TODOS_LIST_ID, params.userId)} in ('owner', 'editor')`,
      ),
    )
    .returning({ id: todos.id, listId: todos.listId, version: todos.version });
  return { cleared: rows.map((r) => r.id), changed: rows };
}

/** Puts the given todos of one list in the given order (the rest keep their places after them). */
export async function reorderTodos(
  db: Db,
  params: { userId: string; listId: string; ids: string[] },
): Promise<{ reordered: number }> {
  const { userId, listId, ids } = params;
  if (new Set(ids).size !== ids.length) throw new AppError("validation_failed", "ids must not repeat");
  await requireListAccess(db, { userId, listId, action: "write" });
  return db.transaction(async (tx) => {
    const idArray = sql`array[${sql.join(
      ids.map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[]`;
    const found = await tx
      .select({ id: todos.id })
      .from(todos)
      .where(and(eq(todos.listId, listId), isNull(todos.deletedAt), sql`${todos.id} = any(${idArray})`));
    if (found.length !== ids.length)
      throw new AppError("validation_failed", "Every id must be a todo of this list");
    const result = await tx
      .update(todos)
      .set({
        position: sql`1024 * array_position(${idArray}, ${todos.id})`,
        updatedAt: new Date(),
        version: nextVersion,
      })
      .where(and(eq(todos.listId, listId), sql`${todos.id} = any(${idArray})`))
      .returning({ id: todos.id });
    // Todos not named keep their relative order after the named ones.
    await tx
      .update(todos)
      .set({ position: sql`${todos.position} + ${1024 * (ids.length + 1)}`, version: nextVersion })
      .where(
        and(eq(todos.listId, listId), isNull(todos.deletedAt), sql`not (${todos.id} = any(${idArray}))`),
      );
    return { reordered: result.length };
  });
}
