"use client";

import { useMutation } from "@tanstack/react-query";
import type { SyncCommand } from "@/lib/sync/protocol";
import type { TodoDto } from "@/lib/todos/schemas";
import { getSyncEngine } from "../sync/sync-provider";

// Every change is a sync command: applied to the local copy (and so to the
// screen) at once, then pushed to the server by the sync engine. Refusals
// come back per command and show in the sync status, not as thrown errors.

type Without<T, K extends keyof T> = Omit<T, K>;
export type CommandInput = SyncCommand extends infer C
  ? C extends SyncCommand
    ? Without<C, "uuid">
    : never
  : never;

/** Queues one change; the one way the UI changes data (voice included). */
export function enqueue(command: CommandInput): Promise<void> {
  return getSyncEngine().enqueue({
    ...command,
    uuid: crypto.randomUUID(),
    clientTime: new Date().toISOString(),
  } as SyncCommand);
}

export type NewTodo = {
  title: string;
  listId: string;
  dueDate?: string | null;
  dueTime?: string | null;
  priority?: TodoDto["priority"];
  timeZone: string;
};

export function useCreateTodo() {
  return useMutation({
    mutationFn: (input: NewTodo & { id: string }) => enqueue({ type: "todo_add", args: input }),
  });
}

export type TodoPatch = Partial<
  Pick<TodoDto, "title" | "status" | "priority" | "dueDate" | "dueTime" | "listId">
>;

/** Completion travels as its own command (so an older edit cannot reopen it); other fields as an update. */
export async function changeTodo(id: string, patch: TodoPatch): Promise<void> {
  const { status, ...fields } = patch;
  if (Object.keys(fields).length > 0) await enqueue({ type: "todo_update", args: { id, patch: fields } });
  if (status === "completed") await enqueue({ type: "todo_complete", args: { id } });
  if (status === "pending") await enqueue({ type: "todo_uncomplete", args: { id } });
}

export function useUpdateTodo() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: TodoPatch }) => changeTodo(id, patch),
  });
}

export function useDeleteTodo() {
  return useMutation({ mutationFn: (id: string) => enqueue({ type: "todo_delete", args: { id } }) });
}

export function useRestoreTodo() {
  return useMutation({ mutationFn: (id: string) => enqueue({ type: "todo_restore", args: { id } }) });
}

export function useClearCompleted() {
  return useMutation({
    mutationFn: (listId: string | undefined) =>
      enqueue({ type: "todo_clear_completed", args: listId ? { listId } : {} }),
  });
}

export function useReorderTodos() {
  return useMutation({
    mutationFn: ({ listId, ids }: { listId: string; ids: string[] }) =>
      enqueue({ type: "todo_reorder", args: { listId, ids } }),
  });
}
