import { z } from "zod";
import { isValidTimeZone } from "@/lib/dates/zoned";
import { recurrenceProblem } from "@/lib/todos/recurrence";
import { MAX_NOTES, MAX_TITLE, PRIORITIES } from "@/lib/todos/schemas";

// Our own export format, version 1: what GET /api/export writes and
// POST /api/import reads back. Ids are not part of it: an import always
// creates new todos (the same file imported twice gives two copies, never
// a clash with someone else's ids).

export const EXPORT_FORMAT = "voice-todo";
export const EXPORT_VERSION = 1;

const date = z.iso.date({ message: "must be a date YYYY-MM-DD" });
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM (24-hour)");

export const exportedTodo = z
  .strictObject({
    title: z.string().trim().min(1, "title must not be empty").max(MAX_TITLE),
    notes: z.string().max(MAX_NOTES).default(""),
    priority: z.enum(PRIORITIES).default("medium"),
    status: z.enum(["pending", "completed"]).default("pending"),
    dueDate: date.nullable().default(null),
    dueTime: time.nullable().default(null),
    timeZone: z.string().refine(isValidTimeZone, "must be an IANA time zone").default("UTC"),
    recurrence: z
      .string()
      .nullable()
      .default(null)
      .superRefine((r, ctx) => {
        const problem = r ? recurrenceProblem(r) : null;
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
    tags: z.array(z.string().min(1).max(40)).max(20).default([]),
    completedAt: z.iso.datetime({ offset: true }).nullable().default(null),
    createdAt: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((t) => !t.dueTime || t.dueDate, { message: "dueTime needs a dueDate", path: ["dueTime"] })
  .refine((t) => !t.recurrence || t.dueDate, {
    message: "a recurring todo needs a dueDate",
    path: ["recurrence"],
  });

export const exportedList = z.strictObject({
  name: z.string().trim().min(1).max(80),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .nullable()
    .default(null),
  isDefault: z.boolean().default(false),
  todos: z.array(z.unknown()).max(5_000),
});

export const exportFile = z.strictObject({
  format: z.literal(EXPORT_FORMAT, { message: `format must be "${EXPORT_FORMAT}"` }),
  version: z.literal(EXPORT_VERSION, { message: `version must be ${EXPORT_VERSION}` }),
  exportedAt: z.string().optional(),
  lists: z.array(z.unknown()).max(500),
});

export type ExportedTodo = z.input<typeof exportedTodo>;
export type ExportFile = {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  lists: { name: string; color: string | null; isDefault: boolean; todos: ExportedTodo[] }[];
};
