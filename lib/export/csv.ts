import Papa from "papaparse";
import type { TodoDto } from "@/lib/todos/schemas";

// A list as CSV for spreadsheets: one row per todo, dates as written in the
// app (local date, 24-hour time, the zone they belong to).

export const CSV_COLUMNS = [
  "title",
  "notes",
  "priority",
  "status",
  "due_date",
  "due_time",
  "time_zone",
  "recurrence",
  "tags",
  "completed_at",
  "created_at",
] as const;

export function todosToCsv(todos: readonly TodoDto[]): string {
  const rows = todos.map((t) => [
    t.title,
    t.notes,
    t.priority,
    t.status,
    t.dueDate ?? "",
    t.dueTime ?? "",
    t.timeZone,
    t.recurrence ?? "",
    t.tags.join(" "),
    t.completedAt ?? "",
    t.createdAt,
  ]);
  // A leading =, +, - or @ would run as a formula in a spreadsheet: quote it away.
  const safe = rows.map((r) => r.map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
  return Papa.unparse({ fields: [...CSV_COLUMNS], data: safe }, { newline: "\r\n" });
}
