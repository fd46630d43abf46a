import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { lists, syncCommands, todos } from "@/db/schema";
import type { Db, DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { can, type ListAction } from "@/lib/permissions";
import type { CommandStatus, SyncCommand, SyncRequest } from "@/lib/sync/protocol";
import { deletedError, errorStatus, INTERNAL_STATUS, statusOfError } from "@/lib/sync/status";
import type { NamedRows } from "@/lib/sync/targets";
import { encodeSyncToken, nextTokenVersion, parseSyncToken, pullFloor } from "@/lib/sync/token";
import type { ListDto, TodoDto } from "@/lib/todos/schemas";
import { accessibleListIds, LISTS_ID, roleOnList, TODOS_LIST_ID } from "./access";
import { createList, deleteList, getListsForUser, updateList } from "./lists";
import {
  clearCompletedTodos,
  createTodo,
  reorderTodos,
  restoreTodo,
  softDeleteTodo,
  toTodoDto,
  updateTodo,
} from "./todos";

// The server half of offline sync: apply a batch of commands exactly once
// each (the conflict policy is in lib/sync/protocol.ts) and read back every
// change since the client's token. The SQL of each change stays in the data
// layer (todos.ts, lists.ts); this file decides which call a command makes.

export type SyncChanged = { todoIds: string[]; listIds: string[] };
export type SyncBatchResult = {
  syncStatus: Record<string, CommandStatus>;
  /** What the batch changed (retries excluded), for real-time notices after the commit. */
  changed: SyncChanged;
};
type Effect = Partial<SyncChanged>;
type Ctx = { userId: string; timeZone: string; recurrenceBasis: "due" | "completion" };

/** A todo's state as the policy needs it; 404 when the user cannot see it, deleted or not. */
async function todoState(db: DbOrTx, userId: string, id: string, action: ListAction) {
  const [row] = await db
    .select({
      status: todos.status,
      completedAt: todos.completedAt,
      deletedAt: todos.deletedAt,
      role: roleOnList(TODOS_LIST_ID, userId),
    })
    .from(todos)
    .where(eq(todos.id, id));
  if (!row || !can(row.role, "read")) throw notFound("Todo");
  if (!can(row.role, action)) throw new AppError("forbidden", "You can only view this list");
  return row;
}

async function listState(db: DbOrTx, userId: string, id: string, action: ListAction) {
  const [row] = await db
    .select({ deletedAt: lists.deletedAt, role: roleOnList(LISTS_ID, userId) })
    .from(lists)
    .where(eq(lists.id, id));
  if (!row || !can(row.role, "read")) throw notFound("List");
  if (!can(row.role, action)) throw new AppError("forbidden", `You cannot ${action} this list`);
  return row;
}

/** One command against the data layer. Returns what it changed; an empty effect is an accepted no-op. */
async function applyCommand(db: Db, ctx: Ctx, command: SyncCommand): Promise<Effect> {
  const { userId } = ctx;
  switch (command.type) {
    case "todo_add": {
      const listId = command.args.listId;
      if (listId && (await listState(db, userId, listId, "write")).deletedAt) throw deletedError("list");
      const todo = await createTodo(db, { ...ctx, input: command.args });
      return { todoIds: [todo.id] };
    }
    case "todo_update": {
      const { id, patch } = command.args;
      if (patch.status !== undefined) {
        throw new AppError("validation_failed", "Change status with todo_complete or todo_uncomplete");
      }
      if ((await todoState(db, userId, id, "write")).deletedAt) throw deletedError("todo");
      await updateTodo(db, { userId, id, patch });
      return { todoIds: [id] };
    }
    case "todo_complete": {
      const { id } = command.args;
      const state = await todoState(db, userId, id, "write");
      if (state.deletedAt) throw deletedError("todo");
      if (state.status === "completed") return {};
      await updateTodo(db, { userId, id, patch: { status: "completed" } });
      return { todoIds: [id] };
    }
    case "todo_uncomplete": {
      const { id } = command.args;
      const state = await todoState(db, userId, id, "write");
      if (state.deletedAt) throw deletedError("todo");
      if (state.status === "pending") return {};
      // Made before the latest completion (the server's clock at that
      // completion): an older offline edit must not reopen it. Accepted, ignored.
      const madeAt = command.clientTime ? Date.parse(command.clientTime) : undefined;
      if (madeAt !== undefined && state.completedAt && madeAt < state.completedAt.getTime()) return {};
      await updateTodo(db, { userId, id, patch: { status: "pending" } });
      return { todoIds: [id] };
    }
    case "todo_delete": {
      const { id } = command.args;
      if ((await todoState(db, userId, id, "write")).deletedAt) return {};
      await softDeleteTodo(db, { userId, id });
      return { todoIds: [id] };
    }
    case "todo_restore": {
      const { id } = command.args;
      if (!(await todoState(db, userId, id, "write")).deletedAt) return {};
      await restoreTodo(db, { userId, id });
      return { todoIds: [id] };
    }
    case "todo_reorder":
      await reorderTodos(db, { userId, ...command.args });
      return { todoIds: command.args.ids, listIds: [command.args.listId] };
    case "todo_clear_completed": {
      const { cleared } = await clearCompletedTodos(db, { userId, listId: command.args.listId });
      return { todoIds: cleared };
    }
    case "list_add": {
      const list = await createList(db, { userId, input: command.args });
      return { listIds: [list.id] };
    }
    case "list_update": {
      const { id, patch } = command.args;
      if ((await listState(db, userId, id, "manage")).deletedAt) throw deletedError("list");
      await updateList(db, { userId, listId: id, patch });
      return { listIds: [id] };
    }
    case "list_delete": {
      const { id } = command.args;
      if ((await listState(db, userId, id, "manage")).deletedAt) return {};
      await deleteList(db, { userId, listId: id });
      return { listIds: [id] };
    }
  }
}

/** The answer recorded for a uuid seen before; another user's uuid is refused without a hint of theirs. */
async function storedStatus(db: DbOrTx, uuid: string, userId: string): Promise<CommandStatus> {
  const [row] = await db
    .select({ userId: syncCommands.userId, status: syncCommands.status })
    .from(syncCommands)
    .where(eq(syncCommands.uuid, uuid));
  if (!row) throw new Error("sync command row vanished");
  return row.userId === userId ? row.status : errorStatus("conflict", "duplicate command id");
}

/**
 * One command in its own transaction together with its sync_commands row.
 * The row is claimed first: a concurrent delivery of the same uuid waits on
 * it, then finds it and answers from it, so nothing is applied twice. The
 * change runs in a savepoint, so a refused command records its error
 * without keeping half of its writes; an unexpected failure rolls back the
 * claim too, so a retry can still apply the command.
 */
async function runCommand(
  db: Db,
  ctx: Ctx,
  command: SyncCommand,
): Promise<{ status: CommandStatus; effect?: Effect }> {
  try {
    return await db.transaction(async (tx) => {
      const claimed = await tx
        .insert(syncCommands)
        .values({ uuid: command.uuid, userId: ctx.userId, type: command.type, status: "ok" })
        .onConflictDoNothing()
        .returning({ uuid: syncCommands.uuid });
      if (claimed.length === 0) return { status: await storedStatus(tx, command.uuid, ctx.userId) };
      try {
        const effect = await tx.transaction((inner) => applyCommand(inner, ctx, command));
        return { status: "ok", effect };
      } catch (error) {
        const status = statusOfError(error);
        if (!status) throw error;
        await tx.update(syncCommands).set({ status }).where(eq(syncCommands.uuid, command.uuid));
        return { status };
      }
    });
  } catch (error) {
    log.error("sync command failed", { userId: ctx.userId, uuid: command.uuid, type: command.type, error });
    return { status: INTERNAL_STATUS };
  }
}

/** Applies the commands in order, each exactly once; a failed command never stops the batch. */
export async function applySyncBatch(
  db: Db,
  params: { userId: string; request: SyncRequest; timeZone: string; recurrenceBasis: "due" | "completion" },
): Promise<SyncBatchResult> {
  const { request, ...ctx } = params;
  const syncStatus: Record<string, CommandStatus> = {};
  const todoIds = new Set<string>();
  const listIds = new Set<string>();
  for (const command of request.commands) {
    // The same uuid twice in one batch is a retry inside the batch: the second copy reads the first's row.
    const { status, effect } = await runCommand(db, ctx, command);
    syncStatus[command.uuid] = status;
    for (const id of effect?.todoIds ?? []) todoIds.add(id);
    for (const id of effect?.listIds ?? []) listIds.add(id);
  }
  return { syncStatus, changed: { todoIds: [...todoIds], listIds: [...listIds] } };
}

export type SyncChanges = {
  syncToken: string;
  fullSync: boolean;
  todos: TodoDto[];
  lists: ListDto[];
  removedListIds: string[];
};

/**
 * Every todo and list the user can see that changed since the token (see
 * lib/sync/token.ts for the overlap that keeps late commits from being
 * skipped), deleted todos included; deleted lists come as removedListIds,
 * since ListDto has no deletedAt. A full sync sends the live rows only.
 * `named` rows (lib/sync/targets.ts) come back in either case, whatever
 * their version, deleted or not.
 */
export async function getChangesSince(
  db: Db,
  params: { userId: string; token: string | null; named?: NamedRows },
): Promise<SyncChanges> {
  const { userId } = params;
  const parsed = parseSyncToken(params.token);
  const full = parsed.kind === "full";
  const floor = full ? 0 : pullFloor(parsed.version);
  const namedTodos: string[] = [];
  const namedLists = new Set(params.named?.listIds ?? []);
  // One snapshot for both tables, so a todo never arrives without the list change beside it.
  return db.transaction(
    async (tx) => {
      const todoRows = await tx
        .select()
        .from(todos)
        .where(
          and(
            sql`${todos.listId} in ${accessibleListIds(userId)}`,
            or(
              full ? isNull(todos.deletedAt) : gt(todos.version, floor),
              namedTodos.length > 0 ? inArray(todos.id, namedTodos) : undefined,
            ),
          ),
        )
        .orderBy(asc(todos.version));
      // Lists are few per user: the data layer's own list query, filtered here.
      const live = (await getListsForUser(tx, { userId })).filter(
        (l) => full || l.version > floor || namedLists.has(l.id),
      );
      const namedListIds = namedLists.size > 0 ? inArray(lists.id, [...namedLists]) : undefined;
      const removedWhere = full ? namedListIds : or(gt(lists.version, floor), namedListIds);
      const removed = removedWhere
        ? await tx
            .select({ id: lists.id, version: lists.version })
            .from(lists)
            .where(
              and(sql`${lists.id} in ${accessibleListIds(userId)}`, isNotNull(lists.deletedAt), removedWhere),
            )
        : [];
      const versions = [...todoRows, ...live, ...removed].map((r) => r.version);
      return {
        syncToken: encodeSyncToken(nextTokenVersion(full ? 0 : parsed.version, versions)),
        fullSync: full,
        todos: todoRows.map(toTodoDto),
        lists: live,
        removedListIds: removed.map((r) => r.id),
      };
    },
    { isolationLevel: "repeatable read" },
  );
}
