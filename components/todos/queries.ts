import { queryOptions } from "@tanstack/react-query";
import { localDateOf } from "@/lib/dates/zoned";
import type { ListDto } from "@/lib/todos/schemas";
import { selectTodos } from "@/lib/todos/select";
import { getSyncEngine } from "../sync/sync-provider";
import { api } from "./api-client";
import { queryKeys, type TodoView } from "./query-keys";
import { browserTimeZone } from "./use-time-zone-sync";

// Todos and lists are read from the browser's local copy (IndexedDB, kept in
// step by the sync engine), so every view works offline. The server renders
// the first paint under the same keys.

const byPlace = (a: ListDto, b: ListDto) =>
  Number(b.isDefault) - Number(a.isDefault) ||
  a.position - b.position ||
  a.createdAt.localeCompare(b.createdAt);

export const listsQuery = () =>
  queryOptions({
    queryKey: queryKeys.lists(),
    queryFn: async () => {
      const engine = getSyncEngine();
      await engine.ready();
      return [...engine.visible().lists.values()].sort(byPlace);
    },
    staleTime: 0,
  });

export const todosQuery = (view: TodoView) =>
  queryOptions({
    queryKey: queryKeys.todoView(view),
    queryFn: async () => {
      const engine = getSyncEngine();
      await engine.ready();
      const rows = engine.visible();
      const now = new Date();
      return selectTodos(
        rows.todos.values(),
        view,
        { today: localDateOf(now, browserTimeZone()), nowInstant: now.toISOString() },
        new Set(rows.lists.keys()),
      );
    },
    staleTime: 0,
  });

/** Everything open or done (not deleted): what a voice command may refer to. */
export const allTodosQuery = () => todosQuery({ status: "all", deleted: false, sort: "position" });

export const preferencesQuery = () =>
  queryOptions({ queryKey: queryKeys.preferences(), queryFn: api.preferences });
