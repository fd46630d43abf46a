import type { PreferencesDto } from "@/lib/preferences/schemas";
import type { ListDto, TodoDto } from "@/lib/todos/schemas";
import { type TodoView, viewToQueryString } from "./query-keys";

/** An API error with the server's code and message, shown to the user as is. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

async function request<T>(path: string, init?: RequestInit & { json?: unknown }): Promise<T> {
  const { json, ...rest } = init ?? {};
  const response = await fetch(path, {
    ...rest,
    headers: { ...(json !== undefined ? { "content-type": "application/json" } : {}), ...rest.headers },
    body: json !== undefined ? JSON.stringify(json) : rest.body,
  });
  if (response.status === 204) return undefined as T;
  const body = (await response.json().catch(() => null)) as {
    error?: { code: string; message: string };
  } | null;
  if (!response.ok) {
    throw new ApiError(
      response.status,
      body?.error?.code ?? "unknown",
      body?.error?.message ?? response.statusText,
    );
  }
  return body as T;
}

export const api = {
  todos: (view: TodoView) =>
    request<{ todos: TodoDto[] }>(`/api/todos?${viewToQueryString(view)}`).then((r) => r.todos),
  /** Everything open or done (not deleted): what voice commands may refer to. */
  allTodos: () => request<{ todos: TodoDto[] }>("/api/todos?status=all&limit=500").then((r) => r.todos),
  createTodo: (input: Record<string, unknown>) =>
    request<{ todo: TodoDto }>("/api/todos", { method: "POST", json: input }).then((r) => r.todo),
  updateTodo: (id: string, patch: Record<string, unknown>) =>
    request<{ todo: TodoDto }>(`/api/todos/${id}`, { method: "PATCH", json: patch }).then((r) => r.todo),
  deleteTodo: (id: string) =>
    request<{ todo: TodoDto }>(`/api/todos/${id}`, { method: "DELETE" }).then((r) => r.todo),
  restoreTodo: (id: string) =>
    request<{ todo: TodoDto }>(`/api/todos/${id}/restore`, { method: "POST" }).then((r) => r.todo),
  clearCompleted: (listId?: string) =>
    request<{ cleared: string[] }>("/api/todos/clear-completed", {
      method: "POST",
      json: listId ? { listId } : {},
    }),
  reorder: (listId: string, ids: string[]) =>
    request<{ reordered: number }>("/api/todos/reorder", { method: "POST", json: { listId, ids } }),
  lists: () => request<{ lists: ListDto[] }>("/api/lists").then((r) => r.lists),
  createList: (name: string) =>
    request<{ list: ListDto }>("/api/lists", { method: "POST", json: { name } }).then((r) => r.list),
  updateList: (id: string, patch: Record<string, unknown>) =>
    request<{ list: ListDto }>(`/api/lists/${id}`, { method: "PATCH", json: patch }).then((r) => r.list),
  deleteList: (id: string) => request<void>(`/api/lists/${id}`, { method: "DELETE" }),
  logVoiceCommand: (input: Record<string, unknown>) =>
    request<{ id: string }>("/api/voice/commands", { method: "POST", json: input }),
  preferences: () => request<{ preferences: PreferencesDto }>("/api/preferences").then((r) => r.preferences),
  updatePreferences: (patch: Partial<PreferencesDto>) =>
    request<{ preferences: PreferencesDto }>("/api/preferences", { method: "PATCH", json: patch }).then(
      (r) => r.preferences,
    ),
};
