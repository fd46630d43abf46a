import { type Check, checkDatabase } from "@/lib/db/readiness";
import { env } from "@/lib/env";
import { checkRedis } from "@/lib/redis";
import { checkAbly, checkUnleash } from "@/lib/telemetry/reachability";

export const dynamic = "force-dynamic";

const notConfigured: Promise<Check | undefined> = Promise.resolve(undefined);

// GET /api/ready - readiness: database reachable and migrations applied (503 otherwise);
// Redis, Unleash and Ably (when configured) reported for operators, "degraded" at worst
export async function GET() {
  const e = env();
  const [database, redis, unleash, ably] = await Promise.all([
    checkDatabase(),
    checkRedis(),
    e.UNLEASH_URL ? checkUnleash(e.UNLEASH_URL) : notConfigured,
    e.ABLY_API_KEY ? checkAbly(e.ABLY_API_KEY) : notConfigured,
  ]);
  // Only the database decides readiness: without Redis, Unleash or Ably the app still serves, degraded.
  const ready = database.status !== "failed";
  const optional = [redis, unleash, ably].filter((c): c is Check => c !== undefined);
  return Response.json(
    {
      status: ready ? (optional.every((c) => c.status === "ok") ? "ready" : "degraded") : "not_ready",
      checks: { database, redis, ...(unleash ? { unleash } : {}), ...(ably ? { ably } : {}) },
    },
    { status: ready ? 200 : 503, headers: { "cache-control": "no-store" } },
  );
}
