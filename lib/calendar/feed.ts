import ical, { ICalCalendarMethod } from "ical-generator";
import { addDays } from "@/lib/dates/zoned";
import type { TodoDto } from "@/lib/todos/schemas";
import { vtimezone } from "./vtimezone";
import { wallTime } from "./wall-time";

// The calendar feed (RFC 5545): one VEVENT per todo with a due date. A
// date-only todo is an all-day event (DTSTART;VALUE=DATE, DTEND the next
// day); a timed one starts at its wall time in its own zone (TZID with a
// VTIMEZONE) and lasts TIMED_MINUTES. Recurring todos carry their RRULE;
// completed ones keep their place, marked by a check in the summary, the
// "Completed" category and X-VOICE-TODO-STATUS (VEVENT has no COMPLETED
// status; calendar apps show events, not VTODOs).

// ical-generator puts the leading "-" (non-registered identifier) itself.
export const PRODUCT_ID = "//Voice Todo//Calendar feed//EN";
export const TIMED_MINUTES = 30;
const PRIORITY = { urgent: 1, high: 3, medium: 5, low: 9 } as const;

export type FeedTodo = Pick<
  TodoDto,
  | "id"
  | "title"
  | "notes"
  | "priority"
  | "status"
  | "dueDate"
  | "dueTime"
  | "timeZone"
  | "recurrence"
  | "tags"
  | "createdAt"
  | "updatedAt"
  | "completedAt"
> & { listName?: string };

export const eventUid = (todoId: string) => `${todoId}@voice-todo`;

export function buildCalendarFeed(params: { name: string; todos: readonly FeedTodo[] }): string {
  const years = params.todos.flatMap((t) => (t.dueDate ? [Number(t.dueDate.slice(0, 4))] : []));
  const from = Math.min(...years, new Date().getUTCFullYear()) - 1;
  const to = Math.max(...years, new Date().getUTCFullYear()) + 2;
  const calendar = ical({
    prodId: PRODUCT_ID,
    name: params.name,
    method: ICalCalendarMethod.PUBLISH,
    // Calendar apps poll a feed; this asks for about once an hour.
    ttl: 60 * 60,
    // No calendar-wide zone: all-day dates and stamps stay zone-free or UTC;
    // the generator only adds a VTIMEZONE for each zone a timed todo uses.
    timezone: { name: null, generator: (tz) => vtimezone(tz, from, to) },
  });
  for (const todo of params.todos) {
    if (!todo.dueDate) continue;
    const done = todo.status === "completed";
    const timed = todo.dueTime !== null;
    calendar.createEvent({
      id: eventUid(todo.id),
      summary: done ? `✓ ${todo.title}` : todo.title,
      description: todo.notes || null,
      allDay: !timed,
      start: timed ? wallTime(todo.dueDate, todo.dueTime ?? "00:00", todo.timeZone) : todo.dueDate,
      end: timed
        ? wallTime(todo.dueDate, todo.dueTime ?? "00:00", todo.timeZone, TIMED_MINUTES)
        : addDays(todo.dueDate, 1),
      timezone: timed ? todo.timeZone : null,
      repeating: todo.recurrence ? `RRULE:${todo.recurrence}` : null,
      priority: PRIORITY[todo.priority],
      categories: [
        ...(done ? [{ name: "Completed" }] : []),
        ...(todo.listName ? [{ name: todo.listName }] : []),
        ...todo.tags.map((name) => ({ name })),
      ],
      created: new Date(todo.createdAt),
      lastModified: new Date(todo.updatedAt),
      stamp: new Date(todo.updatedAt),
      x: [{ key: "X-VOICE-TODO-STATUS", value: done ? "COMPLETED" : "NEEDS-ACTION" }],
    });
  }
  return calendar.toString();
}
