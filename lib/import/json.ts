import { exportedList, exportedTodo, exportFile } from "./json-format";
import { jsonValueLines, lineOfPath, lineOfSyntaxError } from "./json-lines";
import { type ImportList, type ImportProblem, type ImportResult, MAX_IMPORT_TODOS } from "./types";

// Our own JSON export, read back. Every list and todo is checked before
// anything is written; each problem names its line in the file.

export function parseOwnJson(text: string): ImportResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      errors: [
        { line: lineOfSyntaxError(text), message: `This is not valid JSON (${String(error).slice(0, 120)})` },
      ],
    };
  }
  const lines = jsonValueLines(text);
  const errors: ImportProblem[] = [];
  const report = (path: (string | number)[], message: string) =>
    errors.push({ line: lineOfPath(lines, path), message: `${path.join(".")}: ${message}` });

  const file = exportFile.safeParse(data);
  if (!file.success) {
    for (const issue of file.error.issues) report(issue.path.map(keyOf), issue.message);
    return { ok: false, errors };
  }
  const lists: ImportList[] = [];
  let count = 0;
  file.data.lists.forEach((rawList, l) => {
    const list = exportedList.safeParse(rawList);
    if (!list.success) {
      for (const issue of list.error.issues) report(["lists", l, ...issue.path.map(keyOf)], issue.message);
      return;
    }
    const out: ImportList = {
      name: list.data.name,
      color: list.data.color,
      isDefault: list.data.isDefault,
      todos: [],
    };
    list.data.todos.forEach((rawTodo, t) => {
      const path = ["lists", l, "todos", t];
      const todo = exportedTodo.safeParse(rawTodo);
      if (!todo.success) {
        for (const issue of todo.error.issues) report([...path, ...issue.path.map(keyOf)], issue.message);
        return;
      }
      count++;
      const d = todo.data;
      out.todos.push({
        line: lineOfPath(lines, path),
        title: d.title,
        notes: d.notes,
        priority: d.priority,
        status: d.status,
        dueDate: d.dueDate,
        dueTime: d.dueTime,
        timeZone: d.timeZone,
        recurrence: d.recurrence ? d.recurrence.replace(/^RRULE:/i, "").toUpperCase() : null,
        tags: [...new Set(d.tags.map((tag) => tag.replace(/^#/, "").toLowerCase()))],
        completedAt: d.status === "completed" ? (d.completedAt ?? new Date().toISOString()) : null,
      });
    });
    lists.push(out);
  });
  if (count > MAX_IMPORT_TODOS)
    errors.push({ line: 1, message: `At most ${MAX_IMPORT_TODOS} todos per import` });
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, plan: { lists } };
}

const keyOf = (k: PropertyKey): string | number => (typeof k === "number" ? k : String(k));
