import { LRUCache } from "lru-cache";

export type SlidingWindowOutcome = { allowed: boolean; limit: number; remaining: number; resetAt: number };

/**
 * Redis stand-in for one process (local development, tests, a single
 * self-hosted instance): text values with expiry, counters, and the rate
 * limiter's sliding window. Bounded, so an unbounded stream of identifiers
 * (one per client IP) cannot grow memory without limit; least recently used
 * keys go first.
 */
export class MemoryStore {
  private readonly entries: LRUCache<string, string>;

  constructor(maxKeys = 100_000) {
    this.entries = new LRUCache<string, string>({ max: maxKeys, ttlAutopurge: false });
  }

  get(key: string): string | null {
    return this.entries.get(key) ?? null;
  }

  set(key: string, value: string, ttlMs: number): void {
    this.entries.set(key, value, { ttl: ttlMs });
  }

  /** Like INCRBY + PEXPIRE on first write: the expiry is set when the key is created. */
  incr(key: string, ttlMs: number, by = 1): number {
    const current = this.entries.get(key);
    const next = (current === undefined ? 0 : Number(current)) + by;
    if (current === undefined) this.entries.set(key, String(next), { ttl: ttlMs });
    else this.entries.set(key, String(next), { noUpdateTTL: true });
    return next;
  }

  del(keys: string[]): void {
    for (const key of keys) this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }

  /**
   * The same algorithm as @upstash/ratelimit's slidingWindow (its Lua script,
   * line for line), so that the memory backend allows and refuses exactly what
   * Redis would: the count in the current fixed window plus the previous
   * window's count weighted by how much of it still overlaps the sliding
   * window. JavaScript runs this synchronously, so it is exact under
   * concurrency within the process, as the script is in Redis.
   */
  slidingWindow(prefix: string, identifier: string, limit: number, windowMs: number, now = Date.now()) {
    const currentWindow = Math.floor(now / windowMs);
    const currentKey = `${prefix}:${identifier}:${currentWindow}`;
    const previousKey = `${prefix}:${identifier}:${currentWindow - 1}`;
    const resetAt = (currentWindow + 1) * windowMs;
    const current = Number(this.entries.get(currentKey) ?? 0);
    const previous = Number(this.entries.get(previousKey) ?? 0);
    const weightedPrevious = Math.floor((1 - (now % windowMs) / windowMs) * previous);
    if (weightedPrevious + current >= limit) {
      return { allowed: false, limit, remaining: 0, resetAt } satisfies SlidingWindowOutcome;
    }
    const used = this.incr(currentKey, windowMs * 2 + 1000) + weightedPrevious;
    return {
      allowed: true,
      limit,
      remaining: Math.max(0, limit - used),
      resetAt,
    } satisfies SlidingWindowOutcome;
  }
}
