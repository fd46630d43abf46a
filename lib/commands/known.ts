import type { ListDto, TodoDto } from "@/lib/todos/schemas";
import type { TodoRef } from "@/lib/voice/types";
import type { KnownList, KnownTodo } from "./types";

export const toKnownTodo = (t: TodoDto): KnownTodo => ({
  id: t.id,
  title: t.title,
  listId: t.listId,
  status: t.status,
  priority: t.priority,
  dueDate: t.dueDate,
  dueTime: t.dueTime,
  recurrence: t.recurrence,
  assigneeId: t.assigneeId,
});

export const toKnownList = (l: ListDto): KnownList => ({ id: l.id, name: l.name, isDefault: l.isDefault });

/** What the parser needs to know of the user's todos to find the one a command means. */
export function parserTodos(todos: KnownTodo[], lists: KnownList[]): TodoRef[] {
  const names = new Map(lists.map((l) => [l.id, l.name]));
  return todos.map((t) => ({
    id: t.id,
    title: t.title,
    list: names.get(t.listId) ?? null,
    completed: t.status === "completed",
  }));
}
