"use client";

import type { QueryClient } from "@tanstack/react-query";
import type { InverseOp, TodoPort } from "@/lib/commands/execute";
import { toKnownList, toKnownTodo } from "@/lib/commands/known";
import type { ListDto, TodoDto } from "@/lib/todos/schemas";
import { api } from "../todos/api-client";
import { queryKeys, type TodoView } from "../todos/query-keys";
import { draftTodo, patchTodoCaches } from "../todos/use-todo-mutations";

/**
 * The browser's port for voice commands: each change shows in every cached
 * view at once, then goes to the API. Undo lives in this tab's memory.
 */
export function clientTodoPort(
  client: QueryClient,
  options: { timeZone: string; view: TodoView; undoStack: InverseOp[][] },
): TodoPort {
  const { timeZone, view, undoStack } = options;
  return {
    createList: async (name) => toKnownList(await api.createList(name)),
    createTodo: async (fields, listId) => {
      const targetList =
        listId ?? (client.getQueryData<ListDto[]>(queryKeys.lists()) ?? []).find((l) => l.isDefault)?.id;
      // Shown at once when it belongs in the list on screen; other views refresh after.
      if (
        targetList &&
        view.list === targetList &&
        !view.due &&
        !view.deleted &&
        view.status !== "completed"
      ) {
        const draft = draftTodo({ ...fields, listId: targetList, timeZone, createdVia: "voice" });
        client.setQueryData<TodoDto[]>(queryKeys.todoView(view), (todos) => [...(todos ?? []), draft]);
      }
      return toKnownTodo(
        await api.createTodo({
          ...fields,
          ...(listId ? { listId } : {}),
          timeZone,
          createdVia: "voice",
        }),
      );
    },
    updateTodo: async (id, patch) => {
      await patchTodoCaches(client, (todos) =>
        todos.map((t) => (t.id === id && !t.recurrence ? { ...t, ...patch } : t)),
      );
      return toKnownTodo(await api.updateTodo(id, patch));
    },
    deleteTodo: async (id) => {
      await patchTodoCaches(client, (todos) => todos.filter((t) => t.id !== id));
      await api.deleteTodo(id);
    },
    restoreTodos: async (ids) => {
      for (const id of ids) await api.restoreTodo(id);
    },
    clearCompleted: async (listId) => {
      await patchTodoCaches(client, (todos) =>
        todos.filter((t) => t.status !== "completed" || (listId !== null && t.listId !== listId)),
      );
      return (await api.clearCompleted(listId ?? undefined)).cleared;
    },
    popUndo: async () => undoStack.pop() ?? null,
  };
}
