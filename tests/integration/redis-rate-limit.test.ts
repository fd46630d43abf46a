import { Ratelimit } from "@upstash/ratelimit";
import IORedis from "ioredis";
import { afterAll, describe, expect, test } from "vitest";
import { createRateLimiter, type RateLimiter } from "@/lib/rate-limit";
import { createRedisBackend, type RedisBackend } from "@/lib/redis";
import { stripUpstashShebang } from "@/lib/redis/ioredis-requester";
import { deleteKeys, localRedisUrl, testPrefix } from "@/lib/redis/testing";

// Against the real Redis at REDIS_URL (default the local one). Generous
// timeouts here: these tests are about counting, not about degrading.
const url = localRedisUrl();
const prefix = testPrefix("rl");
const backends: RedisBackend[] = [];

function tcp(): RedisBackend {
  const backend = createRedisBackend({ kind: "tcp", url, timeoutMs: 2000 });
  backends.push(backend);
  return backend;
}

afterAll(async () => {
  await Promise.all(backends.map((b) => b.close()));
  await deleteKeys(url, prefix);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until just after a window boundary, so a test's calls fall where it expects. */
async function startOfWindow(windowMs: number): Promise<number> {
  await sleep(windowMs - (Date.now() % windowMs) + 20);
  return Date.now();
}

describe.each([
  ["tcp", () => tcp()],
  ["memory", () => createRedisBackend({ kind: "memory" })],
])("%s sliding window", (kind, makeBackend) => {
  test("of 50 concurrent calls at a limit of 10, exactly 10 pass", async () => {
    const limiter = createRateLimiter({
      backend: makeBackend(),
      prefix: `${prefix}:${kind}:n`,
      limit: 10,
      windowMs: 60_000,
    });
    const results = await Promise.all(Array.from({ length: 50 }, () => limiter.limit("ip:203.0.113.1")));
    expect(results.filter((r) => r.allowed)).toHaveLength(10);
    expect(results.every((r) => !r.degraded)).toBe(true);
    expect(
      results.filter((r) => !r.allowed).every((r) => r.remaining === 0 && r.retryAfterSeconds >= 1),
    ).toBe(true);
  });

  test("the window slides: the previous window counts in proportion to its overlap", async () => {
    const windowMs = 1000;
    const limiter = createRateLimiter({
      backend: makeBackend(),
      prefix: `${prefix}:${kind}:w`,
      limit: 4,
      windowMs,
    });
    const call = async (n: number) => {
      const results: boolean[] = [];
      for (let i = 0; i < n; i++) results.push((await limiter.limit("user:u1")).allowed);
      return results;
    };
    const start = await startOfWindow(windowMs);
    expect(await call(5)).toEqual([true, true, true, true, false]);
    const refused = await limiter.limit("user:u1");
    expect(refused.resetAt).toBe(Math.floor(start / windowMs + 1) * windowMs);

    // 30% into the next window, 70% of the previous window's 4 count:
    // floor(2.8) = 2, so 2 pass (anywhere between 25% and 50% gives the same).
    await sleep(Math.floor(start / windowMs + 1) * windowMs + windowMs * 0.3 - Date.now());
    expect(await call(3)).toEqual([true, true, false]);

    // Two windows on, the first no longer counts at all.
    await startOfWindow(windowMs);
    await startOfWindow(windowMs);
    expect(await call(5)).toEqual([true, true, true, true, false]);
  });
});

describe("tcp limiter across processes", () => {
  test("two connections (two app instances) share one exact count", async () => {
    const options = { prefix: `${prefix}:shared`, limit: 10, windowMs: 60_000 };
    const limiters: RateLimiter[] = [
      createRateLimiter({ ...options, backend: tcp() }),
      createRateLimiter({ ...options, backend: tcp() }),
    ];
    const calls = Array.from({ length: 60 }, (_, i) => limiters[i % 2]?.limit("ip:198.51.100.7"));
    const results = await Promise.all(calls);
    expect(results.filter((r) => r?.allowed)).toHaveLength(10);
  });
});

describe("the Upstash scripts on Redis 7", () => {
  test("Redis refuses them as shipped; stripped, they run and EVALSHA hits the script cache", async () => {
    const raw = new IORedis(url);
    try {
      const shipped = "#!lua flags=allow-key-locking\nreturn 1";
      await expect(raw.call("eval", shipped, "0")).rejects.toThrow(/flag/i);
      expect(await raw.call("eval", stripUpstashShebang(shipped), "0")).toBe(1);

      const backend = tcp();
      const client = backend.client;
      if (!client) throw new Error("tcp backend without client");
      const limiter = new Ratelimit({
        redis: client,
        limiter: Ratelimit.slidingWindow(5, "10 s"),
        prefix: `${prefix}:sha`,
      });
      expect((await limiter.limit("a")).success).toBe(true);
      // The script Redis now holds is the stripped one, under its own hash;
      // asked by the hash @upstash/ratelimit knows, the requester maps it.
      const upstashHash = "74740bb3d7792848093cdef586b6b6037c455fd6";
      expect(await raw.call("script", "exists", upstashHash)).toEqual([0]);
      expect(await client.scriptExists(upstashHash)).toEqual([1]);
    } finally {
      raw.disconnect();
    }
  });
});
