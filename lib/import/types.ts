import type { Priority } from "@/db/schema";

// What an import becomes before anything is written: lists (by name) with
// their todos, or the problems found, each with the line of the file it is on.

export type ImportProblem = { line: number; message: string };

export type ImportTodo = {
  line: number;
  title: string;
  notes: string;
  priority: Priority;
  status: "pending" | "completed";
  dueDate: string | null;
  dueTime: string | null;
  timeZone: string;
  recurrence: string | null;
  tags: string[];
  completedAt: string | null;
};

export type ImportList = { name: string; color: string | null; isDefault: boolean; todos: ImportTodo[] };

export type ImportPlan = { lists: ImportList[] };

export type ImportResult = { ok: true; plan: ImportPlan } | { ok: false; errors: ImportProblem[] };

/** More than this many rows is refused as a whole (one transaction must stay reasonable). */
export const MAX_IMPORT_TODOS = 5_000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
