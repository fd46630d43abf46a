import { expect, test } from "vitest";
import type { TodoDto } from "./schemas";
import { selectTodos } from "./select";

const todo = (id: string, extra: Partial<TodoDto> = {}): TodoDto =>
  ({
    id,
    listId: "inbox",
    title: id,
    notes: "",
    priority: "medium",
    status: "pending",
    dueDate: null,
    dueTime: null,
    dueAt: null,
    timeZone: "UTC",
    recurrence: null,
    recurrenceBasis: "due",
    tags: [],
    position: 0,
    createdAt: "2026-11-01T00:00:00.000Z",
    updatedAt: "2026-11-01T00:00:00.000Z",
    completedAt: null,
    deletedAt: null,
    version: 1,
    createdVia: "text",
    voiceText: null,
    voiceConfidence: null,
    location: null,
    createdBy: "u",
    assigneeId: null,
    completedBy: null,
    ...extra,
  }) as TodoDto;

const todos = [
  todo("late", { dueDate: "2026-11-20", position: 3 }),
  todo("earlier-today", { dueDate: "2026-11-26", dueAt: "2026-11-26T08:00:00.000Z", position: 1 }),
  todo("today", { dueDate: "2026-11-26", position: 2, priority: "urgent" }),
  todo("sunday", { dueDate: "2026-11-29", listId: "work", position: 4 }),
  todo("next-month", { dueDate: "2026-12-20", position: 5, priority: "low" }),
  todo("done", { status: "completed", position: 6 }),
  todo("trashed", { deletedAt: "2026-11-25T00:00:00.000Z" }),
];
const clock = { today: "2026-11-26", nowInstant: "2026-11-26T12:00:00.000Z" };
const ids = (filter: Parameters<typeof selectTodos>[1]) => selectTodos(todos, filter, clock).map((t) => t.id);
const base = { status: "pending", sort: "position", deleted: false } as const;

test.each([
  [{ ...base }, ["earlier-today", "today", "late", "sunday", "next-month"]],
  [{ ...base, status: "completed" as const }, ["done"]],
  [{ ...base, status: "all" as const, list: "work" }, ["sunday"]],
  [{ ...base, due: "today" as const }, ["earlier-today", "today"]],
  [{ ...base, due: "overdue" as const }, ["earlier-today", "late"]],
  [{ ...base, due: "week" as const }, ["earlier-today", "today", "sunday"]],
  [
    { ...base, due: "upcoming" as const, sort: "due" as const },
    ["earlier-today", "today", "sunday", "next-month"],
  ],
  [{ ...base, sort: "priority" as const }, ["today", "late", "earlier-today", "sunday", "next-month"]],
  [{ ...base, deleted: true, status: "all" as const }, ["trashed"]],
])("%j -> %j", (filter, expected) => expect(ids(filter)).toEqual(expected));

test("lists the user can no longer see are left out", () => {
  expect(selectTodos(todos, { ...base, list: "work" }, clock, new Set(["inbox"]))).toEqual([]);
});
