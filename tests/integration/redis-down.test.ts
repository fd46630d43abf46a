import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { createCache } from "@/lib/cache";
import { createRateLimiter, rateLimitHeaders } from "@/lib/rate-limit";
import { checkRedis, createRedisBackend } from "@/lib/redis";

// REDIS_URL pointing at a closed port: the app must keep serving, with rate
// limiting and caching degraded (and logged) instead of failing.
const backend = createRedisBackend({ kind: "tcp", url: "redis://127.0.0.1:1", timeoutMs: 50 });

afterAll(async () => {
  await backend.close();
  vi.restoreAllMocks();
});

beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

describe("Redis down", () => {
  test("the limiter lets requests through, marked degraded, within ~100 ms", async () => {
    const limiter = createRateLimiter({ backend, prefix: "down", limit: 1, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const result = await limiter.limit("ip:192.0.2.1");
      expect(performance.now() - started).toBeLessThan(100);
      expect(result).toMatchObject({ allowed: true, degraded: true, limit: 1 });
      expect(rateLimitHeaders(result)).toEqual({});
    }
  });

  test("cached reads are served from load(), every time", async () => {
    const cache = createCache({ backend, ttlSeconds: 60 });
    let loads = 0;
    const load = async () => ({ todos: ++loads });
    const started = performance.now();
    expect(await cache.cached("u", "todos:list", {}, load)).toEqual({ todos: 1 });
    expect(await cache.cached("u", "todos:list", {}, load)).toEqual({ todos: 2 });
    expect(performance.now() - started).toBeLessThan(200);
    await expect(cache.invalidateUser("u")).resolves.toBeUndefined();
    expect(cache.stats()).toMatchObject({ bypassed: 2, l1: { hits: 0 } });
  });

  test("readiness reports Redis as degraded, not failed", async () => {
    const check = await checkRedis(backend);
    expect(check.status).toBe("degraded");
    expect(check.detail).toMatch(/^tcp: /);
    expect(check.ms).toBeLessThan(200);
  });

  test("the logs say so, without one line per request", () => {
    const lines = vi.mocked(console.error).mock.calls.map((c) => String(c[0]));
    expect(lines.some((l) => l.includes("rate limit degraded"))).toBe(true);
    expect(lines.filter((l) => l.includes("rate limit degraded"))).toHaveLength(1);
  });
});
