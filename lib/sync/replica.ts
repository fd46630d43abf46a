import { zonedToInstant } from "@/lib/dates/zoned";
import type { ListDto, TodoDto } from "@/lib/todos/schemas";
import type { SyncCommand } from "./protocol";

// The browser's copy of the user's data. It keeps what the server confirmed
// (`base`) apart from the commands still waiting in the outbox; what the
// person sees is the base with the waiting commands applied on top. A pull
// replaces base rows and the waiting commands are simply applied again, so
// there is no rebase step that could go wrong.

export type Rows = { todos: Map<string, TodoDto>; lists: Map<string, ListDto> };

export type LocalContext = {
  /** ISO instant used for timestamps of optimistic rows. */
  now: string;
  /** The list a todo without a list goes to (the Inbox). */
  defaultListId: string | null;
  timeZone: string;
};

export function emptyRows(): Rows {
  return { todos: new Map(), lists: new Map() };
}

export function cloneRows(rows: Rows): Rows {
  return { todos: new Map(rows.todos), lists: new Map(rows.lists) };
}

function dueInstant(date: string | null, time: string | null, timeZone: string): string | null {
  return date && time ? zonedToInstant(date, time, timeZone).toISOString() : null;
}

function draftTodo(
  args: Extract<SyncCommand, { type: "todo_add" }>["args"],
  ctx: LocalContext,
  position: number,
): TodoDto {
  return {
    id: args.id ?? "",
    listId: args.listId ?? ctx.defaultListId ?? "",
    title: args.title,
    notes: args.notes ?? "",
    priority: args.priority ?? "medium",
    status: "pending",
    dueDate: args.dueDate ?? null,
    dueTime: args.dueDate ? (args.dueTime ?? null) : null,
    dueAt: dueInstant(args.dueDate ?? null, args.dueTime ?? null, args.timeZone ?? ctx.timeZone),
    timeZone: args.timeZone ?? ctx.timeZone,
    recurrence: args.recurrence ?? null,
    recurrenceBasis: args.recurrenceBasis ?? "due",
    tags: args.tags ?? [],
    position,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    completedAt: null,
    deletedAt: null,
    version: 0,
    createdVia: args.createdVia ?? "text",
    voiceText: args.voiceText ?? null,
    voiceConfidence: args.voiceConfidence ?? null,
    location: args.location ?? null,
    createdBy: "",
    assigneeId: null,
    completedBy: null,
  };
}

function maxPosition(rows: Rows, listId: string): number {
  let max = 0;
  for (const t of rows.todos.values())
    if (t.listId === listId && !t.deletedAt) max = Math.max(max, t.position);
  return max;
}

function patchTodo(rows: Rows, id: string, patch: Partial<TodoDto>, ctx: LocalContext): void {
  const todo = rows.todos.get(id);
  if (!todo) return;
  rows.todos.set(id, { ...todo, ...patch, updatedAt: ctx.now });
}

/** What a command does to the local copy before the server has seen it. */
export function applyLocally(rows: Rows, command: SyncCommand, ctx: LocalContext): void {
  switch (command.type) {
    case "todo_add": {
      const id = command.args.id;
      if (!id || rows.todos.has(id)) return;
      const listId = command.args.listId ?? ctx.defaultListId ?? "";
      rows.todos.set(
        id,
        draftTodo(command.args, ctx, command.args.position ?? maxPosition(rows, listId) + 1024),
      );
      return;
    }
    case "todo_update": {
      const { id, patch } = command.args;
      const todo = rows.todos.get(id);
      if (!todo || todo.deletedAt) return;
      const { expectedVersion: _ignored, ...fields } = patch;
      const next: Partial<TodoDto> = { ...fields } as Partial<TodoDto>;
      if (patch.dueDate === null) next.dueTime = null;
      const merged = { ...todo, ...next };
      next.dueAt = dueInstant(merged.dueDate, merged.dueDate ? merged.dueTime : null, merged.timeZone);
      patchTodo(rows, id, next, ctx);
      return;
    }
    case "todo_complete": {
      const todo = rows.todos.get(command.args.id);
      // A recurring todo moves to its next date on the server; until then it stays open here.
      if (!todo || todo.recurrence) return;
      patchTodo(rows, todo.id, { status: "completed", completedAt: ctx.now }, ctx);
      return;
    }
    case "todo_uncomplete":
      patchTodo(rows, command.args.id, { status: "pending", completedAt: null }, ctx);
      return;
    case "todo_delete":
      patchTodo(rows, command.args.id, { deletedAt: ctx.now }, ctx);
      return;
    case "todo_restore":
      patchTodo(rows, command.args.id, { deletedAt: null }, ctx);
      return;
    case "todo_reorder":
      command.args.ids.forEach((id, index) => {
        patchTodo(rows, id, { position: 1024 * (index + 1) }, ctx);
      });
      return;
    case "todo_clear_completed":
      for (const t of rows.todos.values()) {
        if (
          t.status === "completed" &&
          !t.deletedAt &&
          (!command.args.listId || t.listId === command.args.listId)
        ) {
          rows.todos.set(t.id, { ...t, deletedAt: ctx.now });
        }
      }
      return;
    case "list_add": {
      const id = command.args.id;
      if (!id || rows.lists.has(id)) return;
      rows.lists.set(id, {
        id,
        name: command.args.name,
        color: command.args.color ?? null,
        isDefault: false,
        position: Number.MAX_SAFE_INTEGER,
        role: "owner",
        openCount: 0,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        version: 0,
      });
      return;
    }
    case "list_update": {
      const list = rows.lists.get(command.args.id);
      if (list)
        rows.lists.set(list.id, {
          ...list,
          ...command.args.patch,
          color: command.args.patch.color ?? list.color,
        });
      return;
    }
    case "list_delete":
      rows.lists.delete(command.args.id);
      for (const t of rows.todos.values())
        if (t.listId === command.args.id) rows.todos.set(t.id, { ...t, deletedAt: ctx.now });
      return;
  }
}

/** What the person sees: confirmed rows with every waiting command applied in order. */
export function materialize(base: Rows, waiting: readonly SyncCommand[], ctx: LocalContext): Rows {
  const rows = cloneRows(base);
  for (const command of waiting) applyLocally(rows, command, ctx);
  for (const list of rows.lists.values()) {
    let open = 0;
    for (const t of rows.todos.values())
      if (t.listId === list.id && t.status === "pending" && !t.deletedAt) open++;
    if (open !== list.openCount) rows.lists.set(list.id, { ...list, openCount: open });
  }
  return rows;
}

export type PullResult = {
  fullSync: boolean;
  todos: TodoDto[];
  lists: ListDto[];
  removedListIds: string[];
};

/** Folds a pull into the confirmed rows. Rows only move forward: an older version never replaces a newer one. */
export function mergePull(base: Rows, pull: PullResult): Rows {
  const rows = pull.fullSync ? emptyRows() : cloneRows(base);
  for (const list of pull.lists) {
    const known = rows.lists.get(list.id);
    if (!known || known.version <= list.version) rows.lists.set(list.id, list);
  }
  for (const todo of pull.todos) {
    const known = rows.todos.get(todo.id);
    if (!known || known.version <= todo.version) rows.todos.set(todo.id, todo);
  }
  for (const id of pull.removedListIds) {
    rows.lists.delete(id);
    for (const t of rows.todos.values()) if (t.listId === id) rows.todos.delete(t.id);
  }
  return rows;
}

/** The ids of todos a command touches, for per-todo sync status. */
export function todoIdsOf(command: SyncCommand): string[] {
  switch (command.type) {
    case "todo_add":
      return command.args.id ? [command.args.id] : [];
    case "todo_update":
    case "todo_complete":
    case "todo_uncomplete":
    case "todo_delete":
    case "todo_restore":
      return [command.args.id];
    case "todo_reorder":
      return command.args.ids;
    default:
      return [];
  }
}
