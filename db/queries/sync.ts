import "server-only";
import { and, asc, eq, gt, inArray, isNotNull, isNull, or, sql } from "drizzle-orm";
import { lists, syncCommands, todos } from "@/db/schema";
import type { Db, DbOrTx, Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { log } from "@/lib/log";
import { can, type ListAction, type Role } from "@/lib/permissions";
import { SYNC_COMMIT_GROUP } from "@/lib/sync/limits";
import type { CommandStatus, SyncCommand, SyncRequest } from "@/lib/sync/protocol";
import { answerFor, deletedError, INTERNAL_STATUS, statusOfError } from "@/lib/sync/status";
import type { NamedRows } from "@/lib/sync/targets";
import { encodeSyncToken, nextTokenVersion, parseSyncToken, pullFloor } from "@/lib/sync/token";
import type { ListDto, TodoDto } from "@/lib/todos/schemas";
import { accessibleListIds, LISTS_ID, roleOnList, TODOS_LIST_ID } from "./access";
import { lostListsSince } from "./list-access";
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

/** 404 when the user cannot see the row at all (never revealing it exists), 403 when they may only look. */
function requireRole(role: Role | null | undefined, action: ListAction, what: "Todo" | "List"): void {
  if (!can(role, "read")) throw notFound(what);
  if (!can(role, action)) throw new AppError("forbidden", `You cannot ${action} this list`);
}

/** A todo's state as the policy needs it, deleted or not. */
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
  if (!row) throw notFound("Todo");
  requireRole(row.role, action, "Todo");
  return row;
}

async function listState(db: DbOrTx, userId: string, id: string, action: ListAction) {
  const [row] = await db
    .select({ deletedAt: lists.deletedAt, role: roleOnList(LISTS_ID, userId) })
    .from(lists)
    .where(eq(lists.id, id));
  if (!row) throw notFound("List");
  requireRole(row.role, action, "List");
  return row;
}

// The data layer answers 404 for a deleted row, the policy "deleted" (the
// client drops the edit): the row is looked at again only on that path.
const isNotFound = (error: unknown) => error instanceof AppError && error.code === "not_found";

/** One command against the data layer. Returns what it changed; an empty effect is an accepted no-op. */
async function applyCommand(db: Db, ctx: Ctx, command: SyncCommand): Promise<Effect> {
  const { userId } = ctx;
  switch (command.type) {
    case "todo_add": {
      const listId = command.args.listId;
      try {
        const todo = await createTodo(db, { ...ctx, input: command.args });
        return { todoIds: [todo.id] };
      } catch (error) {
        if (listId && isNotFound(error) && (await listState(db, userId, listId, "read")).deletedAt) {
          throw deletedError("list");
        }
        throw error;
      }
    }
    case "todo_update": {
      const { id, patch } = command.args;
      if (patch.status !== undefined) {
        throw new AppError("validation_failed", "Change status with todo_complete or todo_uncomplete");
      }
      try {
        await updateTodo(db, { userId, id, patch });
      } catch (error) {
        if (isNotFound(error) && (await todoState(db, userId, id, "read")).deletedAt)
          throw deletedError("todo");
        throw error;
      }
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
      try {
        await softDeleteTodo(db, { userId, id });
      } catch (error) {
        // Deleted already: what the client wanted.
        if (isNotFound(error) && (await todoState(db, userId, id, "write")).deletedAt) return {};
        throw error;
      }
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

async function storedStatus(db: DbOrTx, uuid: string, userId: string): Promise<CommandStatus> {
  const [row] = await db
    .select({ userId: syncCommands.userId, status: syncCommands.status })
    .from(syncCommands)
    .where(eq(syncCommands.uuid, uuid));
  if (!row) throw new Error("sync command row vanished");
  return answerFor(row, userId);
}

/** Records the command's answer; false when its uuid was recorded first (by a concurrent delivery). */
async function claim(db: DbOrTx, ctx: Ctx, command: SyncCommand, status: CommandStatus): Promise<boolean> {
  const rows = await db
    .insert(syncCommands)
    .values({ uuid: command.uuid, userId: ctx.userId, type: command.type, status })
    .onConflictDoNothing()
    .returning({ uuid: syncCommands.uuid });
  return rows.length > 0;
}

class ClaimedElsewhere extends Error {}

type Outcome = { status: CommandStatus; effect?: Effect };

/**
 * One command in a savepoint that also records its uuid: the change and the
 * record stand or fall together. A delivery of the same uuid running at the
 * same moment waits on the record's key, finds it taken and rolls its own
 * change back, so nothing is applied twice. A refused command records its
 * error instead of its (rolled back) change; an unexpected failure records
 * nothing, so a retry may still apply it.
 */
async function runCommand(tx: Tx, ctx: Ctx, command: SyncCommand): Promise<Outcome> {
  try {
    const effect = await tx.transaction(async (savepoint) => {
      const effect = await applyCommand(savepoint, ctx, command);
      if (!(await claim(savepoint, ctx, command, "ok"))) throw new ClaimedElsewhere();
      return effect;
    });
    return { status: "ok", effect };
  } catch (error) {
    if (error instanceof ClaimedElsewhere)
      return { status: await storedStatus(tx, command.uuid, ctx.userId) };
    const refusal = statusOfError(error);
    if (refusal) {
      const recorded = await claim(tx, ctx, command, refusal);
      return { status: recorded ? refusal : await storedStatus(tx, command.uuid, ctx.userId) };
    }
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
  const { commands } = request;
  // A retried batch is answered from one read, without applying anything again.
  const answered = new Map<string, CommandStatus>();
  if (commands.length > 0) {
    const rows = await db
      .select({ uuid: syncCommands.uuid, userId: syncCommands.userId, status: syncCommands.status })
      .from(syncCommands)
      .where(
        inArray(
          syncCommands.uuid,
          commands.map((c) => c.uuid),
        ),
      );
    for (const row of rows) answered.set(row.uuid, answerFor(row, ctx.userId));
  }
  const syncStatus: Record<string, CommandStatus> = {};
  const todoIds = new Set<string>();
  const listIds = new Set<string>();
  for (let start = 0; start < commands.length; start += SYNC_COMMIT_GROUP) {
    const group = commands.slice(start, start + SYNC_COMMIT_GROUP);
    const outcomes = new Map<string, Outcome>();
    try {
      await db.transaction(async (tx) => {
        for (const command of group) {
          // A uuid seen before, even earlier in this batch, is a retry.
          if (outcomes.has(command.uuid)) continue;
          const status = answered.get(command.uuid);
          outcomes.set(command.uuid, status ? { status } : await runCommand(tx, ctx, command));
        }
      });
    } catch (error) {
      // The commit failed: nothing in the group happened, and nothing was recorded.
      log.error("sync commit failed", { userId: ctx.userId, error });
      for (const command of group) outcomes.set(command.uuid, { status: INTERNAL_STATUS });
    }
    for (const [uuid, { status, effect }] of outcomes) {
      syncStatus[uuid] = status;
      if (status !== INTERNAL_STATUS) answered.set(uuid, status);
      for (const id of effect?.todoIds ?? []) todoIds.add(id);
      for (const id of effect?.listIds ?? []) listIds.add(id);
    }
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
  const namedTodos = params.named?.todoIds ?? [];
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
      // Lists taken from the user (unshared, removed from a team) since the token.
      const lost = full ? [] : await lostListsSince(tx, { userId, floor });
      const versions = [...todoRows, ...live, ...removed, ...lost].map((r) => r.version);
      return {
        syncToken: encodeSyncToken(nextTokenVersion(full ? 0 : parsed.version, versions)),
        fullSync: full,
        todos: todoRows.map(toTodoDto),
        lists: live,
        removedListIds: [...new Set([...removed, ...lost].map((r) => r.id))],
      };
    },
    { isolationLevel: "repeatable read" },
  );
}
