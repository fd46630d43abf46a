import { type Env, env } from "../env";

export const RATE_LIMIT_POLICIES = ["writes", "voice", "auth", "signup", "migration", "invites"] as const;
export type RateLimitPolicy = (typeof RATE_LIMIT_POLICIES)[number];

export type LimitSpec = { limit: number; windowMs: number };

const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000 } as const;

/** "120/1m" -> 120 requests per 60,000 ms. env.ts has checked the shape; this checks the numbers. */
export function parseLimit(spec: string): LimitSpec {
  const match = /^(\d+)\/(\d+)([smh])$/.exec(spec.trim());
  const unit = match?.[3];
  if (!match || (unit !== "s" && unit !== "m" && unit !== "h")) {
    throw new Error(`Invalid rate limit "${spec}": expected "count/window" such as "120/1m"`);
  }
  const limit = Number(match[1]);
  const windowMs = Number(match[2]) * UNIT_MS[unit];
  if (limit < 1 || windowMs < 1)
    throw new Error(`Invalid rate limit "${spec}": count and window must be positive`);
  return { limit, windowMs };
}

/** Each policy's limit, from RATE_LIMIT_* (defaults in env.ts). */
export function policyLimits(e: Env = env()): Record<RateLimitPolicy, LimitSpec> {
  return {
    writes: parseLimit(e.RATE_LIMIT_WRITES),
    voice: parseLimit(e.RATE_LIMIT_VOICE),
    auth: parseLimit(e.RATE_LIMIT_AUTH),
    signup: parseLimit(e.RATE_LIMIT_SIGNUP),
    migration: parseLimit(e.RATE_LIMIT_MIGRATION),
    invites: parseLimit(e.RATE_LIMIT_INVITES),
  };
}
