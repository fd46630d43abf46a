import { afterEach, describe, expect, test, vi } from "vitest";
import { createRedisBackend, type RedisBackend } from "../redis/index";
import { createCache } from "./cache";

afterEach(() => {
  vi.restoreAllMocks();
});

function counter<T>(value: (n: number) => T) {
  let calls = 0;
  const load = async () => value(++calls);
  return { load, calls: () => calls };
}

describe("cache over the memory backend", () => {
  test("a second read comes from the in-process level", async () => {
    const cache = createCache({ backend: createRedisBackend({ kind: "memory" }), ttlSeconds: 60 });
    const { load, calls } = counter((n) => ({ n }));
    expect(await cache.cached("u1", "todos", { page: 1 }, load)).toEqual({ n: 1 });
    expect(await cache.cached("u1", "todos", { page: 1 }, load)).toEqual({ n: 1 });
    expect(calls()).toBe(1);
    expect(cache.stats()).toEqual({
      l1: { hits: 1, misses: 1 },
      l2: { hits: 0, misses: 1 },
      bypassed: 0,
      errors: 0,
    });
  });

  test("users, scopes and params are cached apart", async () => {
    const cache = createCache({ backend: createRedisBackend({ kind: "memory" }), ttlSeconds: 60 });
    expect(await cache.cached("a", "todos", {}, async () => "A")).toBe("A");
    expect(await cache.cached("b", "todos", {}, async () => "B")).toBe("B");
    expect(await cache.cached("a", "stats", {}, async () => "A stats")).toBe("A stats");
    expect(await cache.cached("a", "todos", { page: 2 }, async () => "A2")).toBe("A2");
    expect(await cache.cached("a", "todos", {}, async () => "reloaded")).toBe("A");
  });

  test("invalidateUser makes that user's next reads load, and only theirs", async () => {
    const cache = createCache({ backend: createRedisBackend({ kind: "memory" }), ttlSeconds: 60 });
    await cache.cached("a", "todos", {}, async () => "A1");
    await cache.cached("b", "todos", {}, async () => "B1");
    await cache.invalidateUser("a");
    expect(await cache.cached("a", "todos", {}, async () => "A2")).toBe("A2");
    expect(await cache.cached("b", "todos", {}, async () => "B2")).toBe("B1");
    await cache.invalidateUsers(["a", "b", "b"]);
    expect(await cache.cached("a", "todos", {}, async () => "A3")).toBe("A3");
    expect(await cache.cached("b", "todos", {}, async () => "B3")).toBe("B3");
  });

  test("values come back as their JSON round trip, cached or not", async () => {
    const cache = createCache({ backend: createRedisBackend({ kind: "memory" }), ttlSeconds: 60 });
    const at = new Date("2030-01-02T03:04:05.000Z");
    const first = await cache.cached("u", "s", {}, async () => ({ at, missing: undefined }));
    const second = await cache.cached("u", "s", {}, async () => ({ at, missing: undefined }));
    expect(first).toEqual({ at: "2030-01-02T03:04:05.000Z" });
    expect(second).toEqual(first);
    expect(await cache.cached("u", "undefined", {}, async () => undefined)).toBeNull();
  });

  test("concurrent identical reads load once", async () => {
    const cache = createCache({ backend: createRedisBackend({ kind: "memory" }), ttlSeconds: 60 });
    const { load, calls } = counter((n) => n);
    const results = await Promise.all(Array.from({ length: 10 }, () => cache.cached("u", "s", {}, load)));
    expect(results).toEqual(Array(10).fill(1));
    expect(calls()).toBe(1);
  });

  test("a TTL of 0 turns caching off", async () => {
    const cache = createCache({ backend: createRedisBackend({ kind: "memory" }), ttlSeconds: 0 });
    const { load, calls } = counter((n) => n);
    await cache.cached("u", "s", {}, load);
    expect(await cache.cached("u", "s", {}, load)).toBe(2);
    expect(calls()).toBe(2);
    expect(cache.stats().bypassed).toBe(2);
  });

  test("errors from load() propagate and are not cached", async () => {
    const cache = createCache({ backend: createRedisBackend({ kind: "memory" }), ttlSeconds: 60 });
    await expect(
      cache.cached("u", "s", {}, async () => Promise.reject(new Error("db down"))),
    ).rejects.toThrow("db down");
    expect(await cache.cached("u", "s", {}, async () => "ok")).toBe("ok");
  });
});

/** A backend whose every Redis call fails, as a down or unreachable Redis does. */
function brokenBackend(): RedisBackend {
  const fail = async (): Promise<never> => Promise.reject(new Error("connection refused"));
  return {
    kind: "tcp",
    client: null,
    memory: null,
    timeoutMs: 50,
    kv: { get: fail, set: fail, incr: fail, del: fail },
    ping: fail,
    close: async () => undefined,
  };
}

describe("cache when Redis fails", () => {
  test("reads are served by load(), never from a level that might be stale", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const cache = createCache({ backend: brokenBackend(), ttlSeconds: 60 });
    const { load, calls } = counter((n) => ({ n }));
    expect(await cache.cached("u", "s", {}, load)).toEqual({ n: 1 });
    expect(await cache.cached("u", "s", {}, load)).toEqual({ n: 2 });
    expect(calls()).toBe(2);
    expect(cache.stats()).toMatchObject({ bypassed: 2, errors: 2, l1: { hits: 0, misses: 0 } });
  });

  test("a failed invalidation does not throw, and this process stops caching that user", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const backend = createRedisBackend({ kind: "memory" });
    const cache = createCache({ backend, ttlSeconds: 60 });
    await cache.cached("u", "s", {}, async () => "old");
    const set = vi.spyOn(backend.kv, "set").mockRejectedValueOnce(new Error("timed out"));
    await expect(cache.invalidateUser("u")).resolves.toBeUndefined();
    expect(set).toHaveBeenCalledOnce();
    expect(await cache.cached("u", "s", {}, async () => "new")).toBe("new");
    expect(await cache.cached("other", "s", {}, async () => "x")).toBe("x");
  });
});
