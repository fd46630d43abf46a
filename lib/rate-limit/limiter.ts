import { Ratelimit } from "@upstash/ratelimit";
import { errorMessage, warnThrottled, withTimeout } from "../redis/guard";
import type { RedisBackend } from "../redis/index";

export type RateLimitResult = {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** When the current window ends, epoch ms. */
  resetAt: number;
  /** 0 when allowed; otherwise whole seconds to wait (at least 1). */
  retryAfterSeconds: number;
  /** Redis failed or was too slow: the request was let through unchecked. */
  degraded: boolean;
};

export type RateLimiter = { limit(identifier: string): Promise<RateLimitResult> };

export type RateLimiterOptions = {
  backend: RedisBackend;
  /** Key prefix, one per policy: "vt:rl:writes". */
  prefix: string;
  limit: number;
  windowMs: number;
};

function result(allowed: boolean, limit: number, remaining: number, resetAt: number, now: number) {
  const retryAfterSeconds = allowed ? 0 : Math.max(1, Math.ceil((resetAt - now) / 1000));
  return { allowed, limit, remaining: Math.max(0, remaining), resetAt, retryAfterSeconds, degraded: false };
}

/**
 * A sliding-window limiter. On Upstash and TCP Redis it is @upstash/ratelimit's
 * slidingWindow: one Lua script per call, atomic in Redis, so N concurrent
 * calls from any number of processes let exactly `limit` through. On memory it
 * is the same algorithm in process (MemoryStore.slidingWindow).
 */
export function createRateLimiter({ backend, prefix, limit, windowMs }: RateLimiterOptions): RateLimiter {
  const memory = backend.memory;
  if (memory) {
    return {
      limit: async (identifier) => {
        const now = Date.now();
        const r = memory.slidingWindow(prefix, identifier, limit, windowMs, now);
        return result(r.allowed, r.limit, r.remaining, r.resetAt, now);
      },
    };
  }
  const client = backend.client;
  if (!client) throw new Error(`redis backend "${backend.kind}" has no client`);
  const ratelimit = new Ratelimit({
    redis: client,
    limiter: Ratelimit.slidingWindow(limit, `${windowMs} ms`),
    prefix,
    analytics: false,
    enableTelemetry: false,
    // Its in-process block list is an unbounded Map (one entry per blocked
    // identifier, an attacker's IPs included); every call asks Redis instead.
    ephemeralCache: false,
    // Its own timeout answers "success" without saying so clearly; ours below
    // makes a slow Redis and a failing one take the same, logged, path.
    timeout: 0,
  });
  return {
    limit: async (identifier) => {
      try {
        const r = await withTimeout(ratelimit.limit(identifier), backend.timeoutMs, "rate limit");
        return result(r.success, r.limit, r.remaining, r.reset, Date.now());
      } catch (error) {
        // Fail open: Redis guards against abuse but must not take the app down with it.
        warnThrottled("rate limit degraded: redis unavailable", { prefix, error: errorMessage(error) });
        const now = Date.now();
        return { ...result(true, limit, limit, now + windowMs, now), degraded: true };
      }
    },
  };
}
