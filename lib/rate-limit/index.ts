import { getRedis } from "../redis/index";
import { createRateLimiter, type RateLimiter, type RateLimitResult } from "./limiter";
import { type LimitSpec, policyLimits, type RateLimitPolicy } from "./policies";

export type { RateLimiter, RateLimiterOptions, RateLimitResult } from "./limiter";
export { createRateLimiter } from "./limiter";
export type { LimitSpec, RateLimitPolicy } from "./policies";
export { parseLimit, policyLimits, RATE_LIMIT_POLICIES } from "./policies";

const holder = globalThis as typeof globalThis & {
  __voiceTodoRateLimiters?: Map<RateLimitPolicy, RateLimiter>;
};

function limiterFor(policy: RateLimitPolicy): RateLimiter {
  holder.__voiceTodoRateLimiters ??= new Map();
  let limiter = holder.__voiceTodoRateLimiters.get(policy);
  if (!limiter) {
    const spec: LimitSpec = policyLimits()[policy];
    limiter = createRateLimiter({ backend: getRedis(), prefix: `vt:rl:${policy}`, ...spec });
    holder.__voiceTodoRateLimiters.set(policy, limiter);
  }
  return limiter;
}

/**
 * Counts one request against `policy` for `identifier` (see rateLimitIdentifier).
 * Never throws: when Redis is down the request is allowed and `degraded` is set.
 */
export function checkRateLimit(policy: RateLimitPolicy, identifier: string): Promise<RateLimitResult> {
  return limiterFor(policy).limit(identifier);
}

/**
 * Signed-in requests are limited per user (one person, any network); anonymous
 * ones per client address. The prefixes keep a user id from ever colliding
 * with an address.
 */
export function rateLimitIdentifier(who: { userId?: string | null; ip?: string | null }): string {
  if (who.userId) return `user:${who.userId}`;
  return `ip:${who.ip ? addressBlock(who.ip) : "unknown"}`;
}

/**
 * One IPv6 client usually holds a whole /64 and can rotate through it, so an
 * IPv6 address counts as its /64; IPv4 (and IPv4-mapped IPv6) as itself.
 */
export function addressBlock(ip: string): string {
  const address = (ip.trim().toLowerCase().split("%")[0] ?? "").replace(/^::ffff:(?=\d+\.)/, "");
  if (!address.includes(":")) return address;
  // Expand "::" to the zero groups it stands for, then keep the first four.
  const [head = "", tail] = address.split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === undefined || tail === "" ? [] : tail.split(":");
  const zeros = Array.from({ length: tail === undefined ? 0 : 8 - left.length - right.length }, () => "0");
  const prefix = [...left, ...zeros, ...right].slice(0, 4).map((g) => g.replace(/^0+(?=.)/, ""));
  return `${prefix.join(":")}::/64`;
}

/**
 * The client address. X-Real-IP first (Vercel and the usual nginx setup set it
 * from the connection), then the last X-Forwarded-For entry: the one added by
 * our own proxy, where earlier entries are whatever the client sent. Without a
 * proxy in front both headers are the client's to invent, so self-hosting must
 * run Next.js behind one for per-address limits to hold.
 */
export function clientIp(headers: Headers): string | null {
  const realIp = headers.get("x-real-ip")?.trim();
  if (realIp) return realIp;
  const forwarded = headers.get("x-forwarded-for")?.split(",").at(-1)?.trim();
  return forwarded || null;
}

/**
 * RateLimit-* headers (IETF draft: RateLimit-Reset is seconds from now) and
 * Retry-After on refusal. None when degraded: the numbers would be invented.
 */
export function rateLimitHeaders(r: RateLimitResult, now = Date.now()): Record<string, string> {
  if (r.degraded) return {};
  const headers: Record<string, string> = {
    "RateLimit-Limit": String(r.limit),
    "RateLimit-Remaining": String(r.remaining),
    "RateLimit-Reset": String(Math.max(0, Math.ceil((r.resetAt - now) / 1000))),
  };
  if (!r.allowed) headers["Retry-After"] = String(r.retryAfterSeconds);
  return headers;
}
