"use client";

import { type QueryClient, useMutation, useQueryClient } from "@tanstack/react-query";
import type { TodoDto } from "@/lib/todos/schemas";
import { api } from "./api-client";
import { queryKeys } from "./query-keys";

type Snapshot = [readonly unknown[], TodoDto[] | undefined][];

/** Applies a change to every cached todo view at once; returns what to roll back to. */
export async function patchTodoCaches(
  client: QueryClient,
  change: (todos: TodoDto[]) => TodoDto[],
): Promise<Snapshot> {
  await client.cancelQueries({ queryKey: queryKeys.todos() });
  const snapshot = client.getQueriesData<TodoDto[]>({ queryKey: queryKeys.todos() });
  for (const [key, todos] of snapshot) if (todos) client.setQueryData(key, change(todos));
  return snapshot;
}

function rollback(client: QueryClient, snapshot: Snapshot | undefined) {
  for (const [key, todos] of snapshot ?? []) client.setQueryData(key, todos);
}

function useOptimisticTodoMutation<V>(
  mutationFn: (vars: V) => Promise<unknown>,
  optimistic: (todos: TodoDto[], vars: V) => TodoDto[],
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn,
    onMutate: (vars: V) => patchTodoCaches(client, (todos) => optimistic(todos, vars)),
    onError: (_error, _vars, snapshot) => rollback(client, snapshot),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.todos() }),
        client.invalidateQueries({ queryKey: queryKeys.lists() }),
      ]),
  });
}

export type NewTodo = {
  title: string;
  listId: string;
  dueDate?: string | null;
  dueTime?: string | null;
  priority?: TodoDto["priority"];
  timeZone: string;
};

/** How a todo looks in the UI before the server has answered. */
export function draftTodo(
  input: NewTodo & {
    id: string;
    recurrence?: string | null;
    tags?: string[];
    createdVia?: TodoDto["createdVia"];
  },
): TodoDto {
  const now = new Date().toISOString();
  return {
    id: input.id,
    listId: input.listId,
    title: input.title,
    notes: "",
    priority: input.priority ?? "medium",
    status: "pending",
    dueDate: input.dueDate ?? null,
    dueTime: input.dueTime ?? null,
    dueAt: null,
    timeZone: input.timeZone,
    recurrence: input.recurrence ?? null,
    recurrenceBasis: "due",
    tags: input.tags ?? [],
    position: Number.MAX_SAFE_INTEGER,
    createdAt: now,
    updatedAt: now,
    completedAt: null,
    deletedAt: null,
    version: 0,
    createdVia: input.createdVia ?? "text",
    voiceText: null,
    voiceConfidence: null,
    location: null,
    createdBy: "",
    assigneeId: null,
    completedBy: null,
  };
}

export function useCreateTodo(view: readonly unknown[]) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewTodo & { id: string }) => api.createTodo(input),
    onMutate: async (input) => {
      await client.cancelQueries({ queryKey: queryKeys.todos() });
      const previous = client.getQueryData<TodoDto[]>(view);
      const draft = draftTodo(input);
      client.setQueryData<TodoDto[]>(view, (todos) => [...(todos ?? []), draft]);
      return { previous };
    },
    onError: (_error, _input, context) => client.setQueryData(view, context?.previous),
    onSettled: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: queryKeys.todos() }),
        client.invalidateQueries({ queryKey: queryKeys.lists() }),
      ]),
  });
}

export function useUpdateTodo() {
  return useOptimisticTodoMutation(
    ({
      id,
      patch,
    }: {
      id: string;
      patch: Partial<Pick<TodoDto, "title" | "status" | "priority" | "dueDate" | "dueTime" | "listId">>;
    }) => api.updateTodo(id, patch),
    (todos, { id, patch }) => todos.map((t) => (t.id === id && !t.recurrence ? { ...t, ...patch } : t)),
  );
}

export function useDeleteTodo() {
  return useOptimisticTodoMutation(
    (id: string) => api.deleteTodo(id),
    (todos, id) => todos.filter((t) => t.id !== id),
  );
}

export function useRestoreTodo() {
  return useOptimisticTodoMutation(
    (id: string) => api.restoreTodo(id),
    (todos, id) => todos.filter((t) => t.id !== id),
  );
}

export function useClearCompleted() {
  return useOptimisticTodoMutation(
    (listId: string | undefined) => api.clearCompleted(listId),
    (todos, listId) =>
      todos.filter((t) => t.status !== "completed" || (listId !== undefined && t.listId !== listId)),
  );
}

export function useReorderTodos() {
  return useOptimisticTodoMutation(
    ({ listId, ids }: { listId: string; ids: string[] }) => api.reorder(listId, ids),
    (todos, { ids }) => {
      const rank = new Map(ids.map((id, i) => [id, i]));
      return [...todos].sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
    },
  );
}
