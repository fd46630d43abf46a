import { z } from "zod";
import { AppError } from "@/lib/errors";

// The shape the app's earlier version kept in localStorage, read tolerantly:
// what old clients really stored varies (numeric ids from Date.now(), missing
// priorities, dates as ISO strings or epoch milliseconds). Anything we can
// read is accepted; anything we cannot is a 400 naming the field, and then
// nothing is written.

/** More than any real list; bounds the work of one request. */
export const MAX_LEGACY_TODOS = 20_000;
const MAX_LEGACY_ID = 255;
const MAX_DESCRIPTION = 100_000;
const MAX_PREFERENCES_JSON = 16 * 1024;
/** The latest instant PostgreSQL and toISOString agree on (a 4-digit year). */
const MAX_INSTANT = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

const LEGACY_PRIORITIES = ["low", "medium", "high", "urgent"] as const;

const NON_EMPTY = "must be a non-empty string";
const DATE_MESSAGE = "must be an ISO date-time, epoch milliseconds or null";

/** ISO string, epoch milliseconds (number or digits) or null/missing/"" -> Date | null. */
const legacyInstant = z
  .unknown()
  .optional()
  .transform((value, ctx): Date | null => {
    if (value === null || value === undefined || value === "") return null;
    let ms: number | undefined;
    if (typeof value === "number") ms = value;
    else if (typeof value === "string") ms = /^\d+$/.test(value.trim()) ? Number(value) : Date.parse(value);
    if (ms === undefined || !Number.isFinite(ms) || ms < 0 || ms > MAX_INSTANT) {
      ctx.addIssue({ code: "custom", message: DATE_MESSAGE });
      return z.NEVER;
    }
    return new Date(ms);
  });

const legacyId = z.union([z.string().trim().min(1, NON_EMPTY).max(MAX_LEGACY_ID), z.number().finite()], {
  error: "must be a string or a number",
});

const priority = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() || undefined : v),
  z.enum(LEGACY_PRIORITIES, { error: "must be low, medium, high or urgent" }).nullish(),
);

export const legacyTodoSchema = z.object({
  id: legacyId,
  text: z.string({ error: NON_EMPTY }).trim().min(1, NON_EMPTY),
  description: z.string({ error: "must be a string" }).max(MAX_DESCRIPTION).nullish(),
  priority,
  completed: z.boolean({ error: "must be true or false" }).nullish(),
  createdAt: legacyInstant,
  completedAt: legacyInstant,
  category: z
    .string({ error: "must be a string" })
    .trim()
    .nullish()
    .transform((c) => c || null),
});
export type LegacyTodo = z.output<typeof legacyTodoSchema>;

const preferences = z
  .record(z.string(), z.unknown(), { error: "must be an object" })
  .refine((p) => JSON.stringify(p).length <= MAX_PREFERENCES_JSON, {
    message: `must be at most ${MAX_PREFERENCES_JSON} bytes as JSON`,
  });

export const legacyPayloadSchema = z.object(
  {
    todos: z
      .array(legacyTodoSchema, { error: "must be an array" })
      .max(MAX_LEGACY_TODOS, `at most ${MAX_LEGACY_TODOS} todos in one migration`)
      .nullish()
      .transform((t) => t ?? []),
    preferences: preferences.nullish().transform((p) => p ?? {}),
  },
  { error: 'must be an object {"todos": [...], "preferences": {...}}' },
);
export type LegacyPayload = z.output<typeof legacyPayloadSchema>;

/** ["todos", 3, "text"] -> "todos[3].text"; the root is "body". */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    out += typeof key === "number" ? `[${key}]` : `${out ? "." : ""}${String(key)}`;
  }
  return out || "body";
}

/**
 * The payload, or a 400 whose message names the first problem
 * ("todos[3].text: must be a non-empty string"); every problem is in details.
 */
export function parseLegacyPayload(data: unknown): LegacyPayload {
  const parsed = legacyPayloadSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: formatIssuePath(i.path), message: i.message }));
  const first = issues[0];
  const message = first ? `${first.path}: ${first.message}` : "The payload is not valid";
  throw new AppError("bad_request", message, { issues: issues.slice(0, 50) });
}
