import { queryOptions } from "@tanstack/react-query";
import { api } from "./api-client";
import { queryKeys, type TodoView } from "./query-keys";

export const listsQuery = () => queryOptions({ queryKey: queryKeys.lists(), queryFn: api.lists });
export const todosQuery = (view: TodoView) =>
  queryOptions({ queryKey: queryKeys.todoView(view), queryFn: () => api.todos(view) });
export const preferencesQuery = () =>
  queryOptions({ queryKey: queryKeys.preferences(), queryFn: api.preferences });
