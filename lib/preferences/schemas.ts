import { z } from "zod";
import { timeZoneSchema } from "@/lib/todos/schemas";

export const SPEECH_LANGUAGES = ["en-US", "en-GB", "es-ES", "es-MX", "de-DE"] as const;

export const updatePreferencesInput = z
  .strictObject({
    speechLanguage: z.enum(SPEECH_LANGUAGES).optional(),
    spokenAnswers: z.boolean().optional(),
    theme: z.enum(["system", "light", "dark"]).optional(),
    timeZone: timeZoneSchema.optional(),
    weekStart: z.number().int().min(1).max(7).optional(),
    hour12: z.boolean().optional(),
    recurrenceBasis: z.enum(["due", "completion"]).optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: "nothing to change" });

export const preferencesDto = z.object({
  speechLanguage: z.string(),
  spokenAnswers: z.boolean(),
  theme: z.string(),
  timeZone: z.string(),
  weekStart: z.number(),
  hour12: z.boolean(),
  recurrenceBasis: z.enum(["due", "completion"]),
});
export type PreferencesDto = z.infer<typeof preferencesDto>;

export function toPreferencesDto(p: PreferencesDto & Record<string, unknown>): PreferencesDto {
  return {
    speechLanguage: p.speechLanguage,
    spokenAnswers: p.spokenAnswers,
    theme: p.theme,
    timeZone: p.timeZone,
    weekStart: p.weekStart,
    hour12: p.hour12,
    recurrenceBasis: p.recurrenceBasis,
  };
}
