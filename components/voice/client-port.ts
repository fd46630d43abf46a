"use client";

import type { InverseOp, TodoPort } from "@/lib/commands/execute";
import { toKnownList, toKnownTodo } from "@/lib/commands/known";
import type { KnownTodo } from "@/lib/commands/types";
import { getSyncEngine } from "../sync/sync-provider";
import { changeTodo, enqueue } from "../todos/use-todo-mutations";

/** The todo as the local copy has it now (just changed by a queued command). */
function localTodo(id: string): KnownTodo {
  const todo = getSyncEngine().visible().todos.get(id);
  if (!todo) throw new Error("That todo is gone");
  return toKnownTodo(todo);
}

/**
 * The browser's port for voice commands: the same queued commands as a tap
 * or a typed edit, so spoken changes work offline and sync like any other.
 * Undo lives in this tab's memory.
 */
export function clientTodoPort(options: { timeZone: string; undoStack: InverseOp[][] }): TodoPort {
  const { timeZone, undoStack } = options;
  return {
    createList: async (name) => {
      const id = crypto.randomUUID();
      await enqueue({ type: "list_add", args: { id, name } });
      const list = getSyncEngine().visible().lists.get(id);
      if (!list) throw new Error("The list could not be created");
      return toKnownList(list);
    },
    createTodo: async (fields, listId) => {
      await enqueue({
        type: "todo_add",
        args: {
          ...fields,
          ...(listId ? { listId } : {}),
          timeZone,
          createdVia: "voice",
        },
      });
      return localTodo(fields.id);
    },
    updateTodo: async (id, patch) => {
      await changeTodo(id, patch);
      return localTodo(id);
    },
    deleteTodo: (id) => enqueue({ type: "todo_delete", args: { id } }),
    restoreTodos: async (ids) => {
      for (const id of ids) await enqueue({ type: "todo_restore", args: { id } });
    },
    clearCompleted: async (listId) => {
      const cleared = [...getSyncEngine().visible().todos.values()]
        .filter((t) => t.status === "completed" && !t.deletedAt && (listId === null || t.listId === listId))
        .map((t) => t.id);
      await enqueue({ type: "todo_clear_completed", args: listId ? { listId } : {} });
      return cleared;
    },
    popUndo: async () => undoStack.pop() ?? null,
  };
}
