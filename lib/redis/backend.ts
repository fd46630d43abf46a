import { Redis } from "@upstash/redis";
import IORedis from "ioredis";
import { errorMessage, warnThrottled, withTimeout } from "./guard";
import { createIoredisRequester } from "./ioredis-requester";
import { MemoryStore } from "./memory-store";

export type RedisKind = "upstash" | "tcp" | "memory";

export type RedisConfig =
  | { kind: "upstash"; url: string; token: string; timeoutMs: number }
  | { kind: "tcp"; url: string; timeoutMs: number }
  | { kind: "memory" };

/**
 * The few Redis operations the app needs beyond the rate limiter. Every call
 * is bounded by the backend's timeout and rejects on failure: callers decide
 * how to degrade (they serve from PostgreSQL).
 */
export type KeyValue = {
  /** A value written by `set`, or null when missing or expired. */
  get(key: string): Promise<string | null>;
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** INCR; the expiry is set when the counter is created. */
  incr(key: string, ttlMs: number): Promise<number>;
  del(keys: string[]): Promise<void>;
};

export type RedisBackend = {
  kind: RedisKind;
  /** The @upstash/redis API (upstash and tcp kinds): what @upstash/ratelimit runs on. */
  client: Redis | null;
  /** The in-process store (memory kind). */
  memory: MemoryStore | null;
  /** Budget for one call; past it, rate limiting and caching degrade. */
  timeoutMs: number;
  kv: KeyValue;
  ping(): Promise<void>;
  close(): Promise<void>;
};

// @upstash/redis JSON-parses whatever GET returns ("123" comes back as the
// number 123, '{"a":1}' as an object). A prefix that is never valid JSON keeps
// our text values text, the same over REST and over TCP.
const TEXT_PREFIX = "t:";

const INCR_WITH_EXPIRY = `local n = redis.call("INCR", KEYS[1])
if n == 1 then redis.call("PEXPIRE", KEYS[1], ARGV[1]) end
return n`;

function upstashKeyValue(client: Redis, timeoutMs: number): KeyValue {
  const bounded = <T>(promise: Promise<T>) => withTimeout(promise, timeoutMs);
  return {
    async get(key) {
      const value = await bounded(client.get<unknown>(key));
      return typeof value === "string" && value.startsWith(TEXT_PREFIX)
        ? value.slice(TEXT_PREFIX.length)
        : null;
    },
    async set(key, value, ttlMs) {
      await bounded(client.set(key, `${TEXT_PREFIX}${value}`, { px: Math.max(1, Math.round(ttlMs)) }));
    },
    async incr(key, ttlMs) {
      const n = await bounded(
        client.eval<[string], unknown>(INCR_WITH_EXPIRY, [key], [String(Math.round(ttlMs))]),
      );
      return Number(n);
    },
    async del(keys) {
      if (keys.length > 0) await bounded(client.del(...keys));
    },
  };
}

function memoryKeyValue(store: MemoryStore): KeyValue {
  return {
    get: async (key) => store.get(key),
    set: async (key, value, ttlMs) => store.set(key, value, ttlMs),
    incr: async (key, ttlMs) => store.incr(key, ttlMs),
    del: async (keys) => store.del(keys),
  };
}

function createMemoryBackend(): RedisBackend {
  const memory = new MemoryStore();
  return {
    kind: "memory",
    client: null,
    memory,
    timeoutMs: 0,
    kv: memoryKeyValue(memory),
    ping: async () => undefined,
    close: async () => memory.clear(),
  };
}

function createUpstashBackend(url: string, token: string, timeoutMs: number): RedisBackend {
  // No retries: a call that misses its budget is abandoned anyway, and
  // retrying in the background would only add load to a struggling Redis.
  const client = new Redis({ url, token, retry: false, enableTelemetry: false });
  return {
    kind: "upstash",
    client,
    memory: null,
    timeoutMs,
    kv: upstashKeyValue(client, timeoutMs),
    ping: async () => {
      await withTimeout(client.ping(), timeoutMs);
    },
    close: async () => undefined,
  };
}

function createTcpBackend(url: string, timeoutMs: number): RedisBackend {
  const io = new IORedis(url, {
    lazyConnect: true,
    // A down Redis must fail a command at once, not queue it until reconnection.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: timeoutMs,
    // Establishing a connection (TLS to a managed Redis) may take longer than
    // one command; requests never wait for it beyond `timeoutMs` (see below).
    connectTimeout: Math.max(1000, timeoutMs),
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  });
  io.on("error", (error: unknown) => warnThrottled("redis connection error", { error: errorMessage(error) }));

  // The first requests of a process arrive while the connection is still being
  // made: let them wait for it, within the budget. Once that attempt settled,
  // nothing waits: while Redis is down, commands fail at once and ioredis
  // reconnects in the background.
  let firstConnect: Promise<void> | undefined;
  const beforeRequest = async () => {
    if (io.status === "ready") return;
    firstConnect ??= io.connect().catch((error: unknown) => {
      warnThrottled("redis connect failed", { error: errorMessage(error) });
    });
    await withTimeout(firstConnect, timeoutMs).catch(() => undefined);
  };

  const client = new Redis(createIoredisRequester(io, { beforeRequest }));
  return {
    kind: "tcp",
    client,
    memory: null,
    timeoutMs,
    kv: upstashKeyValue(client, timeoutMs),
    ping: async () => {
      await withTimeout(client.ping(), timeoutMs);
    },
    close: async () => {
      if (io.status === "ready") await io.quit().catch(() => io.disconnect());
      else io.disconnect();
    },
  };
}

/** A backend for the given configuration, independent of process.env (tests build their own). */
export function createRedisBackend(config: RedisConfig): RedisBackend {
  switch (config.kind) {
    case "upstash":
      return createUpstashBackend(config.url, config.token, config.timeoutMs);
    case "tcp":
      return createTcpBackend(config.url, config.timeoutMs);
    case "memory":
      return createMemoryBackend();
  }
}
