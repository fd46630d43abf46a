import { z } from "zod";
import { SPEECH_LANGUAGES } from "@/lib/preferences/schemas";
import { timeZoneSchema } from "@/lib/todos/schemas";
import { serverTodoId } from "./legacy-id";
import type { LegacyPayload, LegacyTodo } from "./legacy-payload";

// Legacy payload -> the rows the server writes. Pure, so that every rule of
// the mapping is unit-tested without a database.

/** The limits of the todos and lists tables (check constraint; list API). */
const MAX_TITLE = 500;
const MAX_LIST_NAME = 80;

export type MigrationTodo = {
  /** Position in the payload, for error reports. */
  index: number;
  legacyId: string | number;
  id: string;
  title: string;
  notes: string;
  priority: "low" | "medium" | "high" | "urgent";
  status: "pending" | "completed";
  createdAt: Date;
  completedAt: Date | null;
  /** The list name to find or create; null for the user's Inbox. */
  listName: string | null;
};

/** Cuts by code points, as char_length() counts, never inside a surrogate pair. */
function cut(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, max).join("");
}

function mapTodo(todo: LegacyTodo, index: number, id: string, now: Date): MigrationTodo {
  const title = cut(todo.text, MAX_TITLE);
  const description = todo.description ?? "";
  // A text longer than a title may be keeps its whole wording in the notes.
  const notes = title === todo.text ? description : [todo.text, description].filter(Boolean).join("\n\n");
  const createdAt = todo.createdAt ?? now;
  const completed = todo.completed === true;
  return {
    index,
    legacyId: todo.id,
    id,
    title,
    notes,
    priority: todo.priority ?? "medium",
    status: completed ? "completed" : "pending",
    createdAt,
    // Done without a recorded time: its creation is the best known bound, not "now".
    completedAt: completed ? (todo.completedAt ?? createdAt) : null,
    listName: todo.category ? cut(todo.category, MAX_LIST_NAME).trim() : null,
  };
}

/** Every legacy todo with its server id; `now` stands in for missing creation times. */
export function mapLegacyTodos(todos: readonly LegacyTodo[], userId: string, now: Date): MigrationTodo[] {
  const seen = new Map<string, number>();
  return todos.map((todo, index) => {
    const key = String(todo.id);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    return mapTodo(todo, index, serverTodoId(userId, todo.id, occurrence), now);
  });
}

/** The distinct list names (first spelling wins; lists are unique case-insensitively). */
export function listNamesOf(todos: readonly MigrationTodo[]): string[] {
  const names = new Map<string, string>();
  for (const t of todos) {
    if (t.listName && !names.has(t.listName.toLowerCase())) names.set(t.listName.toLowerCase(), t.listName);
  }
  return [...names.values()];
}

// Legacy preference keys that have a column, with the aliases old clients used.
const columnsSchema = z
  .object({
    speechLanguage: z.enum(SPEECH_LANGUAGES),
    spokenAnswers: z.boolean(),
    theme: z.enum(["system", "light", "dark"]),
    timeZone: timeZoneSchema,
    weekStart: z.number().int().min(1).max(7),
    hour12: z.boolean(),
    recurrenceBasis: z.enum(["due", "completion"]),
  })
  .partial();
export type PreferenceColumns = z.output<typeof columnsSchema>;
type ColumnKey = keyof PreferenceColumns;
const COLUMN_KEYS = new Set<string>(Object.keys(columnsSchema.shape));
const ALIASES: Record<string, ColumnKey> = { language: "speechLanguage", lang: "speechLanguage" };

function columnFor(key: string): ColumnKey | undefined {
  return COLUMN_KEYS.has(key) ? (key as ColumnKey) : ALIASES[key];
}

export type MappedPreferences = { columns: PreferenceColumns; extra: Record<string, unknown> };

/**
 * Legacy preferences -> valid values for the columns, and everything else
 * (unknown keys, and known keys whose value does not fit) kept as is in
 * user_preferences.extra, so that nothing the user set is lost.
 */
export function mapLegacyPreferences(prefs: LegacyPayload["preferences"]): MappedPreferences {
  const candidate: Record<string, unknown> = {};
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(prefs)) {
    const column = columnFor(key);
    const fits = column !== undefined && value !== undefined && !(column in candidate);
    if (column && fits && columnsSchema.shape[column].safeParse(value).success) candidate[column] = value;
    else extra[key] = value;
  }
  // Every value was checked one by one above, so this parse only types them.
  return { columns: columnsSchema.parse(candidate), extra };
}

export type MigrationPlan = {
  todos: MigrationTodo[];
  listNames: string[];
  preferences: MappedPreferences;
};

export function planMigration(payload: LegacyPayload, userId: string, now: Date): MigrationPlan {
  const todos = mapLegacyTodos(payload.todos, userId, now);
  return { todos, listNames: listNamesOf(todos), preferences: mapLegacyPreferences(payload.preferences) };
}
