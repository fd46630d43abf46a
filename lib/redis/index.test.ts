import { describe, expect, test } from "vitest";
import type { Env } from "../env";
import { checkRedis, createRedisBackend, redisConfigFromEnv } from "./index";

const base = { REDIS_TIMEOUT_MS: 50 } as Env;

describe("redisConfigFromEnv", () => {
  test("nothing configured: memory", () => {
    expect(redisConfigFromEnv(base)).toEqual({ kind: "memory" });
  });

  test("REDIS_URL: TCP", () => {
    expect(redisConfigFromEnv({ ...base, REDIS_URL: "redis://127.0.0.1:6379" })).toEqual({
      kind: "tcp",
      url: "redis://127.0.0.1:6379",
      timeoutMs: 50,
    });
  });

  test("Upstash wins over REDIS_URL", () => {
    const config = redisConfigFromEnv({
      ...base,
      REDIS_URL: "redis://127.0.0.1:6379",
      UPSTASH_REDIS_REST_URL: "https://example.upstash.io",
      UPSTASH_REDIS_REST_TOKEN: "token",
    });
    expect(config).toMatchObject({ kind: "upstash", url: "https://example.upstash.io", token: "token" });
  });

  test("half an Upstash configuration is an error", () => {
    expect(() =>
      redisConfigFromEnv({ ...base, UPSTASH_REDIS_REST_URL: "https://example.upstash.io" }),
    ).toThrow(/must be set together/);
  });
});

describe("memory backend", () => {
  test("is always ready", async () => {
    const backend = createRedisBackend({ kind: "memory" });
    await expect(checkRedis(backend)).resolves.toMatchObject({ status: "ok", detail: "memory" });
  });

  test("key-value operations", async () => {
    const { kv } = createRedisBackend({ kind: "memory" });
    await kv.set("k", '{"a":1}', 1000);
    expect(await kv.get("k")).toBe('{"a":1}');
    expect(await kv.incr("n", 1000)).toBe(1);
    expect(await kv.incr("n", 1000)).toBe(2);
    await kv.del(["k", "n"]);
    expect(await kv.get("k")).toBeNull();
  });
});
