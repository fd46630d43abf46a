import { endOfWeek } from "@/lib/dates/zoned";
import type { TodoDto, TodoFilter } from "./schemas";

// The same views the server's getTodosForUser answers, computed on the
// browser's copy so that they work offline. Kept in step by lib/todos/select.test.ts.

export type Clock = { today: string; nowInstant: string; weekStart?: number };

const PRIORITY_RANK = { urgent: 0, high: 1, medium: 2, low: 3 } as const;

function dueMatches(todo: TodoDto, due: NonNullable<TodoFilter["due"]>, clock: Clock): boolean {
  const d = todo.dueDate;
  if (!d) return false;
  switch (due) {
    case "today":
      return d === clock.today;
    case "overdue":
      return d < clock.today || (todo.dueAt !== null && todo.dueAt < clock.nowInstant);
    case "week":
      return d >= clock.today && d <= endOfWeek(clock.today, clock.weekStart ?? 1);
    case "upcoming":
      return d >= clock.today;
  }
}

/** Plain code-unit order (as PostgreSQL compares ISO dates), nulls last. */
function ascNullsLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

const byDue = (a: TodoDto, b: TodoDto) =>
  ascNullsLast(a.dueDate, b.dueDate) || ascNullsLast(a.dueAt, b.dueAt) || a.position - b.position;

const COMPARE: Record<TodoFilter["sort"], (a: TodoDto, b: TodoDto) => number> = {
  position: (a, b) => a.position - b.position || ascNullsLast(a.createdAt, b.createdAt),
  due: byDue,
  priority: (a, b) => PRIORITY_RANK[a.priority] - PRIORITY_RANK[b.priority] || byDue(a, b),
  created: (a, b) => ascNullsLast(b.createdAt, a.createdAt),
};

export function selectTodos(
  todos: Iterable<TodoDto>,
  filter: Pick<TodoFilter, "status" | "sort" | "deleted"> &
    Partial<Pick<TodoFilter, "list" | "due" | "limit">>,
  clock: Clock,
  visibleListIds?: ReadonlySet<string>,
): TodoDto[] {
  const out: TodoDto[] = [];
  for (const t of todos) {
    if (visibleListIds && !visibleListIds.has(t.listId)) continue;
    if (filter.deleted ? !t.deletedAt : t.deletedAt) continue;
    if (filter.list && t.listId !== filter.list) continue;
    if (filter.status !== "all" && t.status !== filter.status) continue;
    if (filter.due && !dueMatches(t, filter.due, clock)) continue;
    out.push(t);
  }
  const compare = filter.deleted
    ? (a: TodoDto, b: TodoDto) => ascNullsLast(b.deletedAt, a.deletedAt)
    : COMPARE[filter.sort];
  return out.sort(compare).slice(0, filter.limit ?? 500);
}
