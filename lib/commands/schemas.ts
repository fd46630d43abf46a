import { z } from "zod";
import { timeZoneSchema } from "@/lib/todos/schemas";

export const voiceLanguage = z
  .string()
  .regex(
    /^(en|es|de)(-[A-Za-z]{2})?$/,
    "lang must be English, Spanish or German, such as en-US, es-ES or de-DE",
  );

export const voiceRequest = z.strictObject({
  text: z.string().trim().min(1, "text must not be empty").max(1000, "text must be at most 1000 characters"),
  lang: voiceLanguage,
  timeZone: timeZoneSchema.optional(),
  /** Deleting several todos or clearing completed ones needs a second request with confirm: true. */
  confirm: z.boolean().optional(),
  sessionId: z.uuid().optional(),
});
export type VoiceRequest = z.infer<typeof voiceRequest>;

/** A command the app parsed and applied itself, recorded for the voice statistics. */
export const voiceLogRequest = z.strictObject({
  transcript: z.string().trim().min(1).max(1000),
  lang: voiceLanguage,
  intent: z.enum([
    "create",
    "complete",
    "uncomplete",
    "delete",
    "update",
    "query",
    "clear_completed",
    "undo",
    "unknown",
  ]),
  success: z.boolean(),
  processingMs: z.number().min(0).max(60_000),
  confidence: z.number().min(0).max(1).nullable(),
  todoIds: z.array(z.uuid()).max(50).default([]),
  sessionId: z.uuid().optional(),
  deviceInfo: z
    .strictObject({
      recognition: z.enum(["on-device", "cloud", "typed"]).optional(),
      platform: z.string().max(100).optional(),
      userAgent: z.string().max(400).optional(),
    })
    .optional(),
});
