import { env } from "@/lib/env";

/** Postgres NOTIFY and Redis PUBLISH share one topic; tests pass their own so runs never cross. */
export const DEFAULT_TOPIC = "voice_todo_events";

export type BusConfig =
  | { kind: "postgres"; url: string; topic?: string }
  | { kind: "redis"; url: string; topic?: string }
  | { kind: "memory"; warning?: string };

export type RealtimeConfig =
  | { transport: "ably"; ablyKey: string }
  | { transport: "builtin"; bus: BusConfig };

export type RealtimeEnv = {
  ABLY_API_KEY?: string;
  DATABASE_URL?: string;
  POSTGRES_URL?: string;
  REDIS_URL?: string;
};

// "appId.keyId:secret", as Ably's dashboard shows it.
const ABLY_KEY = /^[^.:\s]+\.[^.:\s]+:\S+$/;

/**
 * Which transport the environment asks for: Ably when a key is set (Vercel,
 * where requests cannot hold a stream open for long); otherwise the built-in
 * Server-Sent Events fed by a bus that every server process shares.
 */
export function chooseRealtimeConfig(e: RealtimeEnv): RealtimeConfig {
  const key = e.ABLY_API_KEY?.trim();
  if (key) {
    if (!ABLY_KEY.test(key)) throw new Error('ABLY_API_KEY must look like "appId.keyId:secret"');
    return { transport: "ably", ablyKey: key };
  }
  return { transport: "builtin", bus: chooseBus(e) };
}

function chooseBus(e: RealtimeEnv): BusConfig {
  // The same precedence as lib/db: DATABASE_URL is a PostgreSQL server we can LISTEN on.
  if (e.DATABASE_URL) return { kind: "postgres", url: e.DATABASE_URL };
  if (e.POSTGRES_URL) {
    // Neon's serverless driver cannot LISTEN: Redis pub/sub joins the instances when there is one.
    if (e.REDIS_URL) return { kind: "redis", url: e.REDIS_URL };
    // Serverless instances share no memory: events would reach only the clients
    // of the instance that made the change. Works, degraded; said once at start.
    return {
      kind: "memory",
      warning: "real-time events stay inside one server instance: set ABLY_API_KEY (or REDIS_URL)",
    };
  }
  // PGlite is one process by design (STACK.md), so memory reaches everyone.
  return { kind: "memory" };
}

/**
 * The configuration from the environment. ABLY_API_KEY is read from
 * process.env until lib/env.ts declares it; then this should read env().ABLY_API_KEY.
 */
export function realtimeConfigFromEnv(): RealtimeConfig {
  const e = env();
  return chooseRealtimeConfig({
    ABLY_API_KEY: process.env.ABLY_API_KEY,
    DATABASE_URL: e.DATABASE_URL,
    POSTGRES_URL: e.POSTGRES_URL,
    REDIS_URL: e.REDIS_URL,
  });
}
