import type { Check } from "../db/readiness";
import { type Env, env } from "../env";
import { createRedisBackend, type RedisBackend, type RedisConfig } from "./backend";
import { errorMessage } from "./guard";

export type { KeyValue, RedisBackend, RedisConfig, RedisKind } from "./backend";
export { createRedisBackend } from "./backend";
export { MemoryStore } from "./memory-store";

/**
 * Upstash when its REST URL and token are set (Vercel), a TCP Redis when
 * REDIS_URL is set (self-hosting, CI), otherwise memory (local development).
 */
export function redisConfigFromEnv(e: Env = env()): RedisConfig {
  const url = e.UPSTASH_REDIS_REST_URL;
  const token = e.UPSTASH_REDIS_REST_TOKEN;
  if (url !== undefined || token !== undefined) {
    if (url === undefined || token === undefined) {
      throw new Error("UPSTASH_REDIS_REST_URL and UPSTASH_REDIS_REST_TOKEN must be set together");
    }
    return { kind: "upstash", url, token, timeoutMs: e.REDIS_TIMEOUT_MS };
  }
  if (e.REDIS_URL !== undefined) return { kind: "tcp", url: e.REDIS_URL, timeoutMs: e.REDIS_TIMEOUT_MS };
  return { kind: "memory" };
}

// Kept on globalThis so that `next dev` module reloads reuse one connection
// (and one memory store) instead of opening another on every edit.
const holder = globalThis as typeof globalThis & { __voiceTodoRedis?: RedisBackend };

/** The process's Redis backend, created on first use from the environment. */
export function getRedis(): RedisBackend {
  holder.__voiceTodoRedis ??= createRedisBackend(redisConfigFromEnv());
  return holder.__voiceTodoRedis;
}

/**
 * For /api/ready. Redis only speeds things up and guards against abuse; the app
 * serves from PostgreSQL without it, so unreachable is "degraded", never "failed".
 */
export async function checkRedis(backend: RedisBackend = getRedis()): Promise<Check> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  if (backend.kind === "memory") return { status: "ok", ms: ms(), detail: "memory" };
  try {
    await backend.ping();
    return { status: "ok", ms: ms(), detail: backend.kind };
  } catch (error) {
    return { status: "degraded", ms: ms(), detail: `${backend.kind}: ${errorMessage(error)}` };
  }
}
