import { randomBytes } from "node:crypto";
import IORedis from "ioredis";

// Support for the integration tests (tests/integration/redis-*.test.ts); not
// used by the app.

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);

/** REDIS_URL, or the local default; refuses anything but this machine, since tests write and delete keys. */
export function localRedisUrl(): string {
  const url = process.env.REDIS_URL || "redis://127.0.0.1:6379";
  const host = new URL(url).hostname;
  if (!LOCAL_HOSTS.has(host)) throw new Error(`refusing to run Redis tests against non-local host ${host}`);
  return url;
}

/** A key prefix no other test run shares. */
export function testPrefix(name: string): string {
  return `test:${name}:${Date.now().toString(36)}${randomBytes(3).toString("hex")}`;
}

/** Deletes every key under `prefix` (SCAN, not KEYS, so a shared server is not blocked). */
export async function deleteKeys(url: string, prefix: string): Promise<number> {
  const redis = new IORedis(url, { lazyConnect: true, maxRetriesPerRequest: 1 });
  let deleted = 0;
  try {
    await redis.connect();
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}*`, "COUNT", 500);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
  return deleted;
}
