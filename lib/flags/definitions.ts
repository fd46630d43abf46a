import type { ClientFeaturesResponse } from "unleash-client";
import { Operator } from "unleash-client/lib/strategy/strategy";
import { z } from "zod";
import bootstrapFile from "./bootstrap.json";
import { isFlagName } from "./registry";

// The checked-in flag definitions, in Unleash's client API format (what
// GET /api/client/features answers), checked on load: a typo in the file
// must fail loudly, not silently turn a feature off.

const constraint = z.object({
  contextName: z.string().min(1),
  operator: z.enum(Operator),
  values: z.array(z.string()).default([]),
  value: z.string().optional(),
  inverted: z.boolean().default(false),
  caseInsensitive: z.boolean().optional(),
});

const strategy = z.object({
  name: z.string().min(1),
  parameters: z.record(z.string(), z.string()).default({}),
  constraints: z.array(constraint).default([]),
  segments: z.array(z.number().int()).optional(),
});

const feature = z.object({
  name: z.string().refine(isFlagName, { message: "not a flag in lib/flags/registry.ts" }),
  type: z.string().optional(),
  description: z.string().optional(),
  enabled: z.boolean(),
  strategies: z.array(strategy),
});

export const clientFeaturesSchema = z
  .object({
    version: z.literal(2),
    features: z.array(feature),
    segments: z
      .array(
        z.object({ id: z.number().int(), name: z.string().optional(), constraints: z.array(constraint) }),
      )
      .default([]),
  })
  .superRefine((data, ctx) => {
    const ids = new Set(data.segments.map((s) => s.id));
    for (const f of data.features)
      for (const s of f.strategies)
        for (const id of s.segments ?? [])
          if (!ids.has(id))
            ctx.addIssue({ code: "custom", message: `${f.name} names unknown segment ${id}` });
  });

/** The bootstrap file, validated; throws with the offending path when it is malformed. */
export function loadBootstrap(): ClientFeaturesResponse {
  const parsed = clientFeaturesSchema.safeParse(bootstrapFile);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`lib/flags/bootstrap.json is invalid: ${problems}`);
  }
  return parsed.data;
}
