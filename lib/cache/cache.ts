import { LRUCache } from "lru-cache";
import { errorMessage, warnThrottled } from "../redis/guard";
import type { RedisBackend } from "../redis/index";
import { generationKey, newGeneration, valueKey } from "./keys";

export type CacheStats = {
  l1: { hits: number; misses: number };
  l2: { hits: number; misses: number };
  /** Reads served straight from load(): caching off, Redis unavailable, or a failed invalidation. */
  bypassed: number;
  errors: number;
};

export type CacheOptions = {
  backend: RedisBackend;
  /** Lifetime of an entry in Redis; 0 turns caching off. */
  ttlSeconds: number;
  /** Key prefix in Redis, "vt:cache" by default. */
  namespace?: string;
  l1MaxEntries?: number;
  /** Lifetime in the in-process level; at most ttlSeconds. */
  l1TtlMs?: number;
};

export type Cache = {
  cached<T>(userId: string, scope: string, params: unknown, load: () => Promise<T>): Promise<T>;
  invalidateUser(userId: string): Promise<void>;
  invalidateUsers(userIds: readonly string[]): Promise<void>;
  stats(): CacheStats;
  resetStats(): void;
};

const emptyStats = (): CacheStats => ({
  l1: { hits: 0, misses: 0 },
  l2: { hits: 0, misses: 0 },
  bypassed: 0,
  errors: 0,
});

/**
 * Two levels, per user: a small LRU in the process in front of Redis (or the
 * memory store). Every key includes the user's generation, which every read
 * fetches from Redis (one GET) and every write replaces (invalidateUser), so
 * one SET retires all of a user's entries in every process at once: after
 * their own change a user never sees the old data, whichever process serves
 * the next request. When the generation can't be read, nothing is cached or
 * served from cache: the read goes to PostgreSQL rather than risk staleness.
 *
 * Values must be JSON-serialisable; callers get the JSON round trip (a Date
 * comes back as a string) whether or not the value came from the cache, so
 * behaviour doesn't change when Redis does.
 */
export function createCache(options: CacheOptions): Cache {
  const { backend, namespace = "vt:cache" } = options;
  const ttlMs = Math.max(0, options.ttlSeconds * 1000);
  // A generation must outlive the entries cached under the value it replaced
  // (see newGeneration); twice the entry TTL plus a minute does.
  const generationTtlMs = ttlMs * 2 + 60_000;
  const l1 = new LRUCache<string, string>({
    max: options.l1MaxEntries ?? 1000,
    ttl: Math.max(1, Math.min(options.l1TtlMs ?? 5000, ttlMs)),
    // Entries are JSON text; skip any single one above ~1 MB rather than let
    // it push out hundreds of small ones.
    maxEntrySize: 1_000_000,
    sizeCalculation: (text) => text.length || 1,
    maxSize: 32_000_000,
  });
  // Users whose invalidation failed: until their entries expire anywhere, this
  // process reads them from PostgreSQL. (Other processes keep serving the old
  // entries until the TTL ends them; logged as a warning.)
  const uncertain = new LRUCache<string, true>({ max: 10_000, ttl: Math.max(1, ttlMs) });
  // One load per key at a time in this process: a burst of identical reads
  // after an invalidation queries PostgreSQL once.
  const inflight = new Map<string, Promise<string>>();
  let stats = emptyStats();

  function fail(event: string, error: unknown): void {
    stats.errors += 1;
    warnThrottled(event, { backend: backend.kind, error: errorMessage(error) });
  }

  async function bypass<T>(load: () => Promise<T>): Promise<T> {
    stats.bypassed += 1;
    return JSON.parse(JSON.stringify(await load()) ?? "null") as T;
  }

  async function loadAndStore<T>(key: string, load: () => Promise<T>): Promise<string> {
    let remote: string | null = null;
    try {
      remote = await backend.kv.get(key);
    } catch (error) {
      fail("cache read failed: redis unavailable", error);
    }
    if (remote !== null) {
      stats.l2.hits += 1;
      l1.set(key, remote);
      return remote;
    }
    stats.l2.misses += 1;
    const text = JSON.stringify(await load()) ?? "null";
    l1.set(key, text);
    try {
      await backend.kv.set(key, text, ttlMs);
    } catch (error) {
      fail("cache write failed: redis unavailable", error);
    }
    return text;
  }

  async function cached<T>(
    userId: string,
    scope: string,
    params: unknown,
    load: () => Promise<T>,
  ): Promise<T> {
    if (ttlMs === 0 || uncertain.has(userId)) return bypass(load);
    let generation: string;
    try {
      generation = (await backend.kv.get(generationKey(namespace, userId))) ?? "0";
    } catch (error) {
      fail("cache bypassed: redis unavailable", error);
      return bypass(load);
    }
    const key = valueKey(namespace, userId, generation, scope, params);
    const local = l1.get(key);
    if (local !== undefined) {
      stats.l1.hits += 1;
      return JSON.parse(local) as T;
    }
    stats.l1.misses += 1;
    let pending = inflight.get(key);
    if (!pending) {
      pending = loadAndStore(key, load).finally(() => inflight.delete(key));
      inflight.set(key, pending);
    }
    return JSON.parse(await pending) as T;
  }

  async function invalidateUser(userId: string): Promise<void> {
    try {
      await backend.kv.set(generationKey(namespace, userId), newGeneration(), generationTtlMs);
    } catch (error) {
      // Never fails the write that called us: the change is committed. This
      // process stops caching the user (above); elsewhere, the stale entries
      // live until their TTL (CACHE_TTL_SECONDS) ends them.
      uncertain.set(userId, true);
      fail("cache invalidation failed: entries expire by TTL", error);
    }
  }

  return {
    cached,
    invalidateUser,
    async invalidateUsers(userIds) {
      await Promise.all([...new Set(userIds)].map((id) => invalidateUser(id)));
    },
    stats: () => structuredClone(stats),
    resetStats: () => {
      stats = emptyStats();
    },
  };
}
