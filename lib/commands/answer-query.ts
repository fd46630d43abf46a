import { addDays, endOfWeek } from "@/lib/dates/zoned";
import { findList } from "./find-list";
import type { KnownList, KnownTodo, QueryFilter } from "./types";

/** The todos a spoken question asks for, soonest due first. */
export function answerQuery(
  todos: KnownTodo[],
  lists: KnownList[],
  filter: QueryFilter,
  today: string,
  now: { date: string; time: string } = { date: today, time: "00:00" },
  weekStart = 1,
): KnownTodo[] {
  const list = filter.list ? findList(lists, filter.list) : undefined;
  if (filter.list && !list) return [];
  const thisWeekEnd = endOfWeek(today, weekStart);
  const inDue = (t: KnownTodo): boolean => {
    const d = t.dueDate;
    switch (filter.due) {
      case null:
        return true;
      case "today":
        return d === today;
      case "tomorrow":
        return d === addDays(today, 1);
      case "overdue":
        return d !== null && (d < now.date || (d === now.date && t.dueTime !== null && t.dueTime < now.time));
      case "this_week":
        return d !== null && d >= today && d <= thisWeekEnd;
      case "next_week":
        return d !== null && d > thisWeekEnd && d <= addDays(thisWeekEnd, 7);
    }
  };
  return todos
    .filter((t) => filter.status === "all" || t.status === filter.status)
    .filter((t) => !list || t.listId === list.id)
    .filter((t) => !filter.priority || t.priority === filter.priority)
    .filter(inDue)
    .sort(
      (a, b) =>
        (a.dueDate ?? "9999").localeCompare(b.dueDate ?? "9999") ||
        (a.dueTime ?? "").localeCompare(b.dueTime ?? ""),
    );
}
