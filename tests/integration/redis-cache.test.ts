import { afterAll, describe, expect, test } from "vitest";
import { createCache } from "@/lib/cache";
import { checkRedis, createRedisBackend, type RedisBackend } from "@/lib/redis";
import { deleteKeys, localRedisUrl, testPrefix } from "@/lib/redis/testing";

const url = localRedisUrl();
const namespace = testPrefix("cache");
const backends: RedisBackend[] = [];

/** One app process: its own connection and its own in-process level, sharing Redis. */
function processCache() {
  const backend = createRedisBackend({ kind: "tcp", url, timeoutMs: 2000 });
  backends.push(backend);
  return createCache({ backend, ttlSeconds: 60, namespace });
}

afterAll(async () => {
  await Promise.all(backends.map((b) => b.close()));
  await deleteKeys(url, namespace);
});

describe("cache over TCP Redis", () => {
  test("the local Redis is ready", async () => {
    const backend = createRedisBackend({ kind: "tcp", url, timeoutMs: 2000 });
    backends.push(backend);
    await expect(checkRedis(backend)).resolves.toMatchObject({ status: "ok", detail: "tcp" });
  });

  test("key-value operations keep text as text over the Upstash client API", async () => {
    const backend = createRedisBackend({ kind: "tcp", url, timeoutMs: 2000 });
    backends.push(backend);
    const key = (name: string) => `${namespace}:kv:${name}`;
    for (const value of ["123", '{"a":1}', "true", "plain", ""]) {
      await backend.kv.set(key("text"), value, 10_000);
      expect(await backend.kv.get(key("text"))).toBe(value);
    }
    expect(await backend.kv.incr(key("n"), 10_000)).toBe(1);
    expect(await backend.kv.incr(key("n"), 10_000)).toBe(2);
    await backend.kv.del([key("text"), key("n")]);
    expect(await backend.kv.get(key("text"))).toBeNull();
    // Redis's own errors reach the caller as Upstash errors, as over REST.
    await expect(backend.client?.eval("return redis.call('NOPE')", [], [])).rejects.toMatchObject({
      name: "UpstashError",
    });
  });

  test("user B never gets user A's value for the same scope and params", async () => {
    const cache = processCache();
    const other = processCache();
    expect(await cache.cached("user-a", "todos:list", { page: 1 }, async () => ["a's todo"])).toEqual([
      "a's todo",
    ]);
    expect(await cache.cached("user-b", "todos:list", { page: 1 }, async () => ["b's todo"])).toEqual([
      "b's todo",
    ]);
    expect(await other.cached("user-b", "todos:list", { page: 1 }, async () => ["reloaded"])).toEqual([
      "b's todo",
    ]);
    expect(await other.cached("user-a", "todos:list", { page: 1 }, async () => ["reloaded"])).toEqual([
      "a's todo",
    ]);
  });

  test("after a user's write, the next read loads fresh data in every process", async () => {
    const first = processCache();
    const second = processCache();
    const user = "user-writer";
    expect(await first.cached(user, "stats", {}, async () => ({ open: 3 }))).toEqual({ open: 3 });
    // Both processes now hold the value in their own in-process level.
    expect(await second.cached(user, "stats", {}, async () => ({ open: -1 }))).toEqual({ open: 3 });
    expect(await second.cached(user, "stats", {}, async () => ({ open: -1 }))).toEqual({ open: 3 });
    expect(second.stats()).toMatchObject({ l1: { hits: 1, misses: 1 }, l2: { hits: 1, misses: 0 } });

    // The write is handled by the first process; the next read lands on the second.
    await first.invalidateUser(user);
    expect(await second.cached(user, "stats", {}, async () => ({ open: 4 }))).toEqual({ open: 4 });
    expect(await first.cached(user, "stats", {}, async () => ({ open: -1 }))).toEqual({ open: 4 });
  });

  test("invalidating one user leaves the others cached", async () => {
    const cache = processCache();
    await cache.cached("keep", "todos:list", {}, async () => "kept");
    await cache.cached("drop", "todos:list", {}, async () => "dropped");
    await cache.invalidateUsers(["drop"]);
    expect(await cache.cached("keep", "todos:list", {}, async () => "reloaded")).toBe("kept");
    expect(await cache.cached("drop", "todos:list", {}, async () => "reloaded")).toBe("reloaded");
  });

  test("a read keeps the data it loaded out of the new generation if a write lands meanwhile", async () => {
    const cache = processCache();
    const user = "user-race";
    let release: () => void = () => undefined;
    const slowRead = cache.cached(user, "todos:list", {}, async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return "read before the write";
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    await processCache().invalidateUser(user);
    release();
    expect(await slowRead).toBe("read before the write");
    expect(await cache.cached(user, "todos:list", {}, async () => "after the write")).toBe("after the write");
  });
});
