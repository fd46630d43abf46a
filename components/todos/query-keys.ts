import type { TodoFilter } from "@/lib/todos/schemas";

// Keys from general to specific: invalidating ["todos"] refreshes every todo view.
export type TodoView = {
  list?: string;
  status: TodoFilter["status"];
  due?: TodoFilter["due"];
  deleted: boolean;
  sort: TodoFilter["sort"];
};

export const queryKeys = {
  lists: () => ["lists"] as const,
  todos: () => ["todos"] as const,
  todoView: (view: TodoView) => ["todos", view] as const,
  preferences: () => ["preferences"] as const,
  syncStatus: () => ["sync-status"] as const,
};

/** The view a URL's search params describe; unknown values fall back to the defaults. */
export function viewFromSearchParams(params: Record<string, string | string[] | undefined>): TodoView {
  const one = (k: string) => {
    const v = params[k];
    return Array.isArray(v) ? v[0] : v;
  };
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const list = one("list");
  const status = one("status");
  const due = one("due");
  const sort = one("sort");
  const deleted = one("view") === "trash";
  return {
    ...(list && uuid.test(list) ? { list } : {}),
    status: status === "completed" || status === "all" ? status : deleted ? "all" : "pending",
    ...(due === "today" || due === "overdue" || due === "week" || due === "upcoming" ? { due } : {}),
    deleted,
    sort: sort === "due" || sort === "priority" || sort === "created" ? sort : due ? "due" : "position",
  };
}

export function viewToQueryString(view: TodoView): string {
  const p = new URLSearchParams();
  if (view.list) p.set("list", view.list);
  p.set("status", view.status);
  if (view.due) p.set("due", view.due);
  if (view.deleted) p.set("deleted", "true");
  p.set("sort", view.sort);
  return p.toString();
}
