import { env } from "../env";
import { getRedis } from "../redis/index";
import { type Cache, type CacheStats, createCache } from "./cache";

export type { Cache, CacheOptions, CacheStats } from "./cache";
export { createCache } from "./cache";

const holder = globalThis as typeof globalThis & { __voiceTodoCache?: Cache };

function defaultCache(): Cache {
  holder.__voiceTodoCache ??= createCache({ backend: getRedis(), ttlSeconds: env().CACHE_TTL_SECONDS });
  return holder.__voiceTodoCache;
}

/**
 * `load()`'s result for this user, scope ("todos:list", "stats") and params,
 * from cache when the user has not written since it was stored. Never throws
 * because of Redis; errors from load() propagate.
 */
export function cached<T>(
  userId: string,
  scope: string,
  params: unknown,
  load: () => Promise<T>,
): Promise<T> {
  return defaultCache().cached(userId, scope, params, load);
}

/** Call after every committed write that changes what this user's cached reads return. */
export function invalidateUser(userId: string): Promise<void> {
  return defaultCache().invalidateUser(userId);
}

/** For writes seen by several users (a shared list): every member whose reads change. */
export function invalidateUsers(userIds: readonly string[]): Promise<void> {
  return defaultCache().invalidateUsers(userIds);
}

export function cacheStats(): CacheStats {
  return defaultCache().stats();
}

export function resetCacheStats(): void {
  defaultCache().resetStats();
}
