import Papa from "papaparse";
import { z } from "zod";
import { isValidTimeZone } from "@/lib/dates/zoned";
import { MAX_TITLE } from "@/lib/todos/schemas";
import { parseUtterance } from "@/lib/voice";
import { type ImportProblem, type ImportResult, type ImportTodo, MAX_IMPORT_TODOS } from "./types";

// Todoist's project CSV (export and import template): TYPE, CONTENT,
// DESCRIPTION, PRIORITY (1 = p1, the highest), INDENT, AUTHOR, RESPONSIBLE,
// DATE (as typed: "every monday", "tomorrow 9am", "2025-03-01"), DATE_LANG,
// TIMEZONE, and in newer files DURATION, DURATION_UNIT, DEADLINE. "task" rows
// become todos; a "note" row becomes part of the notes of the task above it;
// a "section" row names the tag of the tasks below it; @labels in CONTENT
// become tags. Sub-tasks (INDENT > 1) are imported as ordinary todos.

const PRIORITY = { "1": "urgent", "2": "high", "3": "medium", "4": "low", "": "urgent" } as const;

const row = z.object({
  TYPE: z.enum(["task", "note", "section", ""], { message: 'TYPE must be "task", "note" or "section"' }),
  CONTENT: z.string(),
  DESCRIPTION: z.string().optional().default(""),
  PRIORITY: z
    .enum(["1", "2", "3", "4", ""], { message: "PRIORITY must be 1, 2, 3 or 4" })
    .optional()
    .default(""),
  DATE: z.string().optional().default(""),
  DATE_LANG: z.string().optional().default("en"),
  TIMEZONE: z.string().optional().default(""),
});

const REQUIRED = ["TYPE", "CONTENT"];
const slug = (text: string) => text.trim().toLowerCase().replace(/\s+/g, "-").slice(0, 40);

/** "every monday" / "tomorrow 9am" / "2025-03-01" through the voice parser's date rules. */
function readDate(
  text: string,
  lang: string,
  now: string,
): Pick<ImportTodo, "dueDate" | "dueTime" | "recurrence"> | null {
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ T](\d{2}:\d{2}))?$/.exec(text.trim());
  if (iso?.[1]) return { dueDate: iso[1], dueTime: iso[2] ?? null, recurrence: null };
  const [command] = parseUtterance({ text: `add x ${text}`, lang, now, lists: [], todos: [] }).commands;
  // Anything the date rules did not consume stays in the title: not a date we understand.
  if (command?.intent !== "create" || command.title !== "x" || !command.due) return null;
  const [dueDate = "", dueTime = null] = command.due.split("T");
  return { dueDate, dueTime, recurrence: command.recurrence };
}

export function parseTodoistCsv(text: string, options: { now: string; timeZone: string }): ImportResult {
  const errors: ImportProblem[] = [];
  const todos: ImportTodo[] = [];
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toUpperCase(),
  });
  const missing = REQUIRED.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length > 0)
    return {
      ok: false,
      errors: [{ line: 1, message: `Missing column ${missing.join(", ")}: is this a Todoist CSV export?` }],
    };
  for (const e of parsed.errors) errors.push({ line: (e.row ?? 0) + 2, message: e.message });

  // Lines as the file counts them: a quoted cell may span several.
  const lineOf = lineCounter(text, parsed.data.length);
  let section: string | null = null;
  parsed.data.forEach((raw, index) => {
    const line = lineOf(index);
    const result = row.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push({ line, message: `${issue.path.join(".")}: ${issue.message}` });
      return;
    }
    const r = result.data;
    if (r.TYPE === "" && !r.CONTENT.trim()) return;
    if (r.TYPE === "section") {
      section = r.CONTENT.trim() || null;
      return;
    }
    if (r.TYPE === "note") {
      const previous = todos[todos.length - 1];
      if (previous) previous.notes = [previous.notes, r.CONTENT].filter(Boolean).join("\n\n");
      else errors.push({ line, message: "A note must follow a task" });
      return;
    }
    const task = readTask(r, line, section, options);
    if (typeof task === "string") errors.push({ line, message: task });
    else todos.push(task);
  });
  if (todos.length > MAX_IMPORT_TODOS)
    errors.push({ line: 1, message: `At most ${MAX_IMPORT_TODOS} tasks per import` });
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return { ok: true, plan: { lists: [{ name: "", color: null, isDefault: false, todos }] } };
}

/** One "task" row as a todo, or what is wrong with it. */
function readTask(
  r: z.infer<typeof row>,
  line: number,
  section: string | null,
  options: { now: string; timeZone: string },
): ImportTodo | string {
  const labels = [...r.CONTENT.matchAll(/(?:^|\s)@([\p{L}\p{N}_-]+)/gu)].flatMap((m) =>
    m[1] ? [m[1].toLowerCase()] : [],
  );
  const title = r.CONTENT.replace(/(?:^|\s)@[\p{L}\p{N}_-]+/gu, "").trim();
  if (!title) return "CONTENT (the task) is empty";
  if (title.length > MAX_TITLE) return `CONTENT is longer than ${MAX_TITLE} characters`;
  const timeZone = r.TIMEZONE.trim() || options.timeZone;
  if (!isValidTimeZone(timeZone)) return `TIMEZONE "${r.TIMEZONE}" is not a time zone`;
  const due = r.DATE.trim()
    ? readDate(r.DATE, r.DATE_LANG || "en", options.now)
    : { dueDate: null, dueTime: null, recurrence: null };
  if (!due) return `DATE "${r.DATE}" is not a date we can read`;
  return {
    line,
    title,
    notes: r.DESCRIPTION,
    priority: PRIORITY[r.PRIORITY],
    status: "pending",
    ...due,
    timeZone,
    tags: [...new Set([...(section ? [slug(section)] : []), ...labels])].slice(0, 20),
    completedAt: null,
  };
}

/** Maps the n-th data row to its first line in the file (header on line 1, quoted newlines counted). */
function lineCounter(text: string, rows: number): (index: number) => number {
  const starts: number[] = [];
  let line = 1;
  let recordStart = 1;
  let record = "";
  let quoted = false;
  let header = true;
  const finish = () => {
    // Blank records (empty, or only separators) are skipped by the parser too.
    if (header) header = false;
    else if (!/^[\s,"]*$/.test(record)) starts.push(recordStart);
    record = "";
  };
  for (let i = 0; i < text.length && starts.length < rows; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    if (c === "\n") {
      line++;
      if (!quoted) {
        finish();
        recordStart = line;
        continue;
      }
    }
    if (c !== "\r") record += c;
  }
  if (record) finish();
  return (index) => starts[index] ?? index + 2;
}
