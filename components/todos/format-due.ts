import type { TodoDto } from "@/lib/todos/schemas";
import { formatTime } from "../settings/time-format";

// How a due date reads in a row: "Today", "Tomorrow", "Fri", "Dec 3", with the time when set.

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type DueLabel = { text: string; tone: "overdue" | "today" | "soon" | "later" };

export function formatDue(
  todo: Pick<TodoDto, "dueDate" | "dueTime" | "status">,
  hour12 = false,
  today = localToday(),
): DueLabel | null {
  if (!todo.dueDate) return null;
  const diff = daysBetween(today, todo.dueDate);
  const date = new Date(`${todo.dueDate}T00:00:00Z`);
  let text: string;
  if (diff === 0) text = "Today";
  else if (diff === 1) text = "Tomorrow";
  else if (diff === -1) text = "Yesterday";
  else if (diff > 1 && diff < 7)
    text = date.toLocaleDateString(undefined, { weekday: "long", timeZone: "UTC" });
  else
    text = date.toLocaleDateString(undefined, {
      month: "short",
      day: "numeric",
      ...(date.getUTCFullYear() !== new Date().getFullYear() ? { year: "numeric" } : {}),
      timeZone: "UTC",
    });
  if (todo.dueTime) text += ` ${formatTime(todo.dueTime, hour12)}`;
  const tone =
    todo.status === "pending" && diff < 0 ? "overdue" : diff === 0 ? "today" : diff < 7 ? "soon" : "later";
  return { text, tone };
}
