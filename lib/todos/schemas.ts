import { z } from "zod";
import { isValidTimeZone } from "@/lib/dates/zoned";
import { recurrenceProblem } from "./recurrence";

// The JSON API's input and output shapes. Route handlers, server actions and
// the OpenAPI description all use these, so they cannot drift apart.

export const PRIORITIES = ["low", "medium", "high", "urgent"] as const;
export const STATUSES = ["pending", "completed"] as const;
export const CREATED_VIA = ["text", "voice", "migration", "import"] as const;

export const MAX_TITLE = 500;
export const MAX_NOTES = 10_000;

export const idSchema = z.uuid({ message: "must be a UUID" });
const localDate = z.iso.date({ message: "must be a date YYYY-MM-DD" });
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time HH:MM (24-hour)");
export const timeZoneSchema = z
  .string()
  .max(64)
  .refine(isValidTimeZone, "must be an IANA time zone such as Europe/Berlin");
const title = z
  .string()
  .trim()
  .min(1, "title must not be empty")
  .max(MAX_TITLE, `title must be at most ${MAX_TITLE} characters`);
const recurrence = z
  .string()
  .max(200)
  .transform((r) => r.replace(/^RRULE:/i, "").toUpperCase())
  .superRefine((r, ctx) => {
    const problem = recurrenceProblem(r);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
const tag = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .transform((t) => t.replace(/^#/, "").toLowerCase());
const tags = z
  .array(tag)
  .max(20, "at most 20 tags")
  .transform((t) => [...new Set(t)]);
const location = z
  .strictObject({
    name: z.string().max(200).optional(),
    address: z.string().max(500).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lng: z.number().min(-180).max(180).optional(),
    radiusM: z.number().positive().max(100_000).optional(),
  })
  .nullable();

export const createTodoInput = z
  .strictObject({
    id: idSchema.optional().describe("Client-generated id (optional); the todo's identity from then on"),
    listId: idSchema.optional().describe("Defaults to the user's Inbox"),
    title,
    notes: z.string().max(MAX_NOTES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    dueDate: localDate.nullable().optional(),
    dueTime: localTime.nullable().optional(),
    timeZone: timeZoneSchema.optional(),
    recurrence: recurrence.nullable().optional(),
    recurrenceBasis: z.enum(["due", "completion"]).optional(),
    tags: tags.optional(),
    position: z.number().finite().optional(),
    location: location.optional(),
    createdVia: z.enum(CREATED_VIA).optional(),
    voiceText: z.string().max(2000).nullable().optional(),
    voiceConfidence: z.number().min(0).max(1).nullable().optional(),
  })
  .refine((t) => !t.dueTime || t.dueDate, { message: "dueTime needs a dueDate", path: ["dueTime"] })
  .refine((t) => !t.recurrence || t.dueDate, {
    message: "a recurring todo needs a dueDate",
    path: ["recurrence"],
  });
export type CreateTodoInput = z.infer<typeof createTodoInput>;

export const updateTodoInput = z
  .strictObject({
    listId: idSchema.optional(),
    title: title.optional(),
    notes: z.string().max(MAX_NOTES).optional(),
    priority: z.enum(PRIORITIES).optional(),
    status: z.enum(STATUSES).optional(),
    dueDate: localDate.nullable().optional(),
    dueTime: localTime.nullable().optional(),
    timeZone: timeZoneSchema.optional(),
    recurrence: recurrence.nullable().optional(),
    recurrenceBasis: z.enum(["due", "completion"]).optional(),
    tags: tags.optional(),
    position: z.number().finite().optional(),
    location: location.optional(),
    assigneeId: z
      .string()
      .min(1)
      .max(100)
      .nullable()
      .optional()
      .describe("A member of the todo's list (user id), or null to unassign"),
    expectedVersion: z
      .number()
      .int()
      .positive()
      .optional()
      .describe("Refuse with 409 if the todo changed since"),
  })
  .refine((p) => Object.keys(p).some((k) => k !== "expectedVersion"), { message: "nothing to change" });
export type UpdateTodoInput = z.infer<typeof updateTodoInput>;

export const TODO_VIEWS = ["today", "overdue", "week", "upcoming"] as const;
export const TODO_SORTS = ["position", "due", "priority", "created"] as const;

export const todoFilterSchema = z.strictObject({
  list: idSchema.optional(),
  status: z.enum(["pending", "completed", "all"]).default("pending"),
  due: z.enum(TODO_VIEWS).optional(),
  deleted: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  sort: z.enum(TODO_SORTS).default("position"),
  limit: z.coerce.number().int().min(1).max(500).default(200),
  timeZone: timeZoneSchema.optional(),
});
export type TodoFilter = z.infer<typeof todoFilterSchema>;

export const reorderInput = z.strictObject({
  listId: idSchema,
  ids: z.array(idSchema).min(1).max(1000),
});

export const clearCompletedInput = z.strictObject({ listId: idSchema.optional() });

export const createListInput = z.strictObject({
  id: idSchema.optional(),
  name: z.string().trim().min(1, "name must not be empty").max(80, "name must be at most 80 characters"),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, "color must be #RRGGBB")
    .nullable()
    .optional(),
});
export const updateListInput = z
  .strictObject({
    name: createListInput.shape.name.optional(),
    color: createListInput.shape.color,
    position: z.number().finite().optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: "nothing to change" });

export const todoDto = z.object({
  id: idSchema,
  listId: idSchema,
  title: z.string(),
  notes: z.string(),
  priority: z.enum(PRIORITIES),
  status: z.enum(STATUSES),
  dueDate: z.string().nullable(),
  dueTime: z.string().nullable(),
  dueAt: z.string().nullable().describe("The instant, when a time was given"),
  timeZone: z.string(),
  recurrence: z.string().nullable(),
  recurrenceBasis: z.enum(["due", "completion"]),
  tags: z.array(z.string()),
  position: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
  deletedAt: z.string().nullable(),
  version: z.number(),
  createdVia: z.enum(CREATED_VIA),
  voiceText: z.string().nullable(),
  voiceConfidence: z.number().nullable(),
  location: location,
  createdBy: z.string(),
  assigneeId: z.string().nullable(),
  completedBy: z.string().nullable(),
});
export type TodoDto = z.infer<typeof todoDto>;

export const listDto = z.object({
  id: idSchema,
  name: z.string(),
  color: z.string().nullable(),
  isDefault: z.boolean(),
  position: z.number(),
  role: z.enum(["owner", "editor", "viewer"]),
  openCount: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
});
export type ListDto = z.infer<typeof listDto>;
